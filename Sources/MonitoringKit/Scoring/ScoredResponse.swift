/// One respondent's answers to one instrument in one wave, with the instrument's scores.
public struct ScoredResponse: Sendable, Equatable {
  /// Who answered: a matched person, or an anonymous row of a file.
  public enum Respondent: Hashable, Sendable {
    /// A person of the roster.
    case person(PersonID)
    /// An unmatched or anonymous row (file index, line): counted once, never paired.
    case anonymous(file: Int, line: Int)

    /// A sort key: persons by id first, then anonymous rows by file and line.
    public var sortKey: [Int] {
      switch self {
      case .person(let id): [0, id.rawValue, 0]
      case .anonymous(let file, let line): [1, file, line]
      }
    }

    /// The person, when known.
    public var person: PersonID? {
      if case .person(let id) = self { return id }
      return nil
    }
  }

  /// Who answered.
  public var respondent: Respondent
  /// The role written in the row or implied by the instrument, when known.
  public var role: Role?
  /// The instrument's id.
  public var instrumentID: String
  /// The wave; nil when the normalize stage could not settle it.
  public var wave: Wave?
  /// When the form was submitted, if the export says.
  public var submittedAt: SchoolDate?
  /// Where the row is (file index, line), for ordering duplicates.
  public var file: Int
  /// The row's line in that file.
  public var line: Int
  /// Item index → answer, for the items whose columns the file holds.
  public var answers: [Int: ItemAnswer]
  /// The instrument's scores, in the instrument's order.
  public var scores: [ScoreResult]

  /// Creates a response.
  public init(
    respondent: Respondent, role: Role?, instrumentID: String, wave: Wave?, submittedAt: SchoolDate? = nil,
    file: Int, line: Int, answers: [Int: ItemAnswer], scores: [ScoreResult]
  ) {
    self.respondent = respondent
    self.role = role
    self.instrumentID = instrumentID
    self.wave = wave
    self.submittedAt = submittedAt
    self.file = file
    self.line = line
    self.answers = answers
    self.scores = scores
  }

  /// The result of the score with `id`.
  public func score(_ id: String) -> ScoreResult? {
    scores.first { $0.scoreID == id }
  }
}
