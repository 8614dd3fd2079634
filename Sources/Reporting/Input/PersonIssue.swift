/// A person the matcher could not place or placed by a fuzzy rule, with where they were seen.
public struct PersonIssue: Sendable, Equatable {
  /// The name as written in the file.
  public var name: String
  /// The file (relative path) and line.
  public var file: String
  /// The physical line.
  public var line: Int
  /// What happened («сопоставлен с …, правило 3»).
  public var detail: String

  /// An issue.
  public init(name: String, file: String, line: Int, detail: String) {
    self.name = name
    self.file = file
    self.line = line
    self.detail = detail
  }
}
