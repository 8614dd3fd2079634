/// One pair of the appendix: mentor, mentees, model, meetings and each mentee's values.
public struct PairCard: Sendable, Equatable {
  /// A mentee of the pair with their values.
  public struct Mentee: Sendable, Equatable {
    /// «Фамилия Имя».
    public var name: String
    /// The mentee's values.
    public var outcome: MenteeOutcome

    /// A mentee.
    public init(name: String, outcome: MenteeOutcome) {
      self.name = name
      self.outcome = outcome
    }
  }

  /// The pair's id as written in the pairs file.
  public var key: String
  /// The mentor's name.
  public var mentor: String
  /// The mentor's class, when known.
  public var mentorClass: String?
  /// The mentees.
  public var mentees: [Mentee]
  /// The interaction model («лидер – пассивный»).
  public var model: String?
  /// The status («действует»).
  public var status: String?
  /// Meetings logged.
  public var meetings: Int
  /// Whether the meetings cover the full cycle (знакомство … итоговая).
  public var fullCycle: Bool

  /// A card.
  public init(
    key: String, mentor: String, mentorClass: String?, mentees: [Mentee], model: String?, status: String?,
    meetings: Int, fullCycle: Bool
  ) {
    self.key = key
    self.mentor = mentor
    self.mentorClass = mentorClass
    self.mentees = mentees
    self.model = model
    self.status = status
    self.meetings = meetings
    self.fullCycle = fullCycle
  }
}
