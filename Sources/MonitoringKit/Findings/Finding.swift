/// One problem found in the input, addressed to the curator.
///
/// Findings are values collected into `check`, the report and `rejects.csv`; they are never
/// thrown. The text is produced from `message` by a `Catalog` in the reader's language.
public struct Finding: Sendable, Equatable, Codable {
  /// How bad it is.
  public enum Severity: String, Sendable, Codable, Comparable {
    /// The file (or part of it) could not be read.
    case error
    /// Something was read but may be wrong or was left out.
    case warning
    /// Worth knowing; nothing was lost.
    case note

    /// Errors sort first.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs.rank < rhs.rank
    }

    private var rank: Int {
      switch self {
      case .error: 0
      case .warning: 1
      case .note: 2
      }
    }
  }

  /// How bad it is.
  public var severity: Severity
  /// The file, relative to the input folder.
  public var file: String
  /// Where in the file, when it is about a place.
  public var location: SourceLocation?
  /// What happened (rendered by a `Catalog`).
  public var message: Message

  /// Creates a finding.
  public init(severity: Severity, file: String, location: SourceLocation? = nil, message: Message) {
    self.severity = severity
    self.file = file
    self.location = location
    self.message = message
  }

  /// The stable reason code (`parse-error`, `empty-file`…) used in JSON and `rejects.csv`.
  public var code: String { message.code }
}
