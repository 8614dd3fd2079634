/// One reject reason with its count, its sentence and how to fix it.
public struct RejectReasonSummary: Sendable, Equatable {
  /// The fixed code (`unknown-person`).
  public var code: String
  /// Rows and cells rejected for it.
  public var count: Int
  /// What it means.
  public var text: String
  /// How to fix it.
  public var fix: String

  /// A summary.
  public init(code: String, count: Int, text: String, fix: String) {
    self.code = code
    self.count = count
    self.text = text
    self.fix = fix
  }
}
