/// A value to draw plus the text printed for it (already formatted by the caller, e.g. "3,26" or
/// "менее 5"); value nil = not drawn (suppressed or missing), label still shown.
public struct ChartValue: Sendable, Equatable {
  /// The number that sets the bar length or point position; nil draws nothing.
  public var value: Double?
  /// The text printed on or next to the mark and in the chart's table.
  public var label: String

  /// Creates a value with its printed label.
  public init(_ value: Double?, label: String) {
    self.value = value
    self.label = label
  }

  /// The value when it is present and finite (NaN and infinities count as missing).
  var drawable: Double? {
    guard let value, value.isFinite else { return nil }
    return value
  }
}
