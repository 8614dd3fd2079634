/// One mentee's values before and after, as the indicators pair them (nil when not paired).
public struct MenteeOutcome: Sendable, Equatable {
  /// The mentee's class («5А»), when known.
  public var schoolClass: String?
  /// Mean mark over the common subjects in the baseline period.
  public var gradeBefore: Double?
  /// Mean mark over the common subjects in the final period.
  public var gradeAfter: Double?
  /// The anxiety headline score before.
  public var anxietyBefore: Double?
  /// The anxiety headline score after.
  public var anxietyAfter: Double?
  /// The anxiety level name before («повышенная»).
  public var anxietyLevelBefore: String?
  /// The anxiety level name after.
  public var anxietyLevelAfter: String?

  /// An outcome.
  public init(
    schoolClass: String?, gradeBefore: Double? = nil, gradeAfter: Double? = nil,
    anxietyBefore: Double? = nil, anxietyAfter: Double? = nil, anxietyLevelBefore: String? = nil,
    anxietyLevelAfter: String? = nil
  ) {
    self.schoolClass = schoolClass
    self.gradeBefore = gradeBefore
    self.gradeAfter = gradeAfter
    self.anxietyBefore = anxietyBefore
    self.anxietyAfter = anxietyAfter
    self.anxietyLevelBefore = anxietyLevelBefore
    self.anxietyLevelAfter = anxietyLevelAfter
  }

  /// The grade change, when both values exist.
  public var gradeChange: Double? {
    guard let gradeBefore, let gradeAfter else { return nil }
    return gradeAfter - gradeBefore
  }
}
