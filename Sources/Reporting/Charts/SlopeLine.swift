/// One line of a `SlopeChart`: a group (e.g. class «5А») with its value before and after.
public struct SlopeLine: Sendable, Equatable {
  /// The group label.
  public var label: String
  /// The value before the programme.
  public var before: ChartValue
  /// The value after the programme.
  public var after: ChartValue

  /// Creates a line.
  public init(label: String, before: ChartValue, after: ChartValue) {
    self.label = label
    self.before = before
    self.after = after
  }

  /// The direction of change when both values are drawable; equal printed labels count as
  /// unchanged even if the raw values differ slightly.
  var direction: SlopeDirection? {
    guard let b = before.drawable, let a = after.drawable else { return nil }
    if before.label == after.label || a == b { return .unchanged }
    return a > b ? .increase : .decrease
  }
}

/// The direction of a slope line, which sets its colour and dash pattern.
enum SlopeDirection: Sendable, Equatable, CaseIterable {
  case increase, decrease, unchanged

  /// The stroke colour.
  var color: String {
    switch self {
    case .increase: return ChartStyle.OkabeIto.blue
    case .decrease: return ChartStyle.OkabeIto.vermillion
    case .unchanged: return "#666666"
    }
  }

  /// The dash pattern (solid for an increase).
  var dash: String? {
    switch self {
    case .increase: return nil
    case .decrease: return "8 5"
    case .unchanged: return "2 4"
    }
  }
}
