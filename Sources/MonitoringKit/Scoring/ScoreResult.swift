/// One score of one response: its value when valid, the level it falls in, and how many of
/// its items were answered.
public struct ScoreResult: Sendable, Equatable {
  /// The score's id in the instrument.
  public var scoreID: String
  /// The value; nil when too few items were answered (reported, never imputed).
  public var value: Double?
  /// Items of the score answered.
  public var answered: Int
  /// Items the score uses.
  public var itemCount: Int
  /// The level label, when the score has levels and a value.
  public var level: String?
  /// Whether the level is an elevated (problem) one; nil without a value or levels.
  public var elevated: Bool?

  /// Creates a result.
  public init(
    scoreID: String, value: Double?, answered: Int, itemCount: Int, level: String? = nil,
    elevated: Bool? = nil
  ) {
    self.scoreID = scoreID
    self.value = value
    self.answered = answered
    self.itemCount = itemCount
    self.level = level
    self.elevated = elevated
  }

  /// Whether the score could be computed.
  public var isValid: Bool { value != nil }
}
