/// What the compute stage needs from the pipeline config (and the warehouse) besides the data.
public struct IndicatorSettings: Sendable, Equatable {
  /// Programme start (default 1 September of the academic year).
  public var programmeStart: SchoolDate
  /// Programme end (default 31 May).
  public var programmeEnd: SchoolDate
  /// Grades baseline period; nil = period 1 of each person's period kind.
  public var gradesBaseline: Period?
  /// Grades final period; nil = «год» when the person has year marks, else their last period.
  public var gradesFinal: Period?
  /// Improvement threshold t for `mean_change` and per-person change (0.1).
  public var gradesThreshold: Double
  /// Clubs baseline month; nil = the earliest month in the data.
  public var clubsBaseline: AcademicMonth?
  /// Clubs final month; nil = the latest month in the data.
  public var clubsFinal: AcademicMonth?
  /// The anxiety instrument's id (`phillips`).
  public var anxietyInstrument: String
  /// The anxiety headline score's id; nil = the instrument's first non-factor score.
  public var anxietyScore: String?
  /// The mentees' satisfaction instrument (`satisfaction-mentee`).
  public var menteeSatisfactionInstrument: String
  /// The mentors' satisfaction instrument (`satisfaction-mentor`).
  public var mentorSatisfactionInstrument: String
  /// `school_on_end` of the previous academic year, from the warehouse; nil when unknown.
  public var previousYearRegistryOnEnd: Int?

  /// Settings with the defaults of indicators.md for `academicYear`.
  public init(
    academicYear: AcademicYear, programmeStart: SchoolDate? = nil, programmeEnd: SchoolDate? = nil,
    gradesBaseline: Period? = nil, gradesFinal: Period? = nil, gradesThreshold: Double = 0.1,
    clubsBaseline: AcademicMonth? = nil, clubsFinal: AcademicMonth? = nil,
    anxietyInstrument: String = "phillips",
    anxietyScore: String? = nil, menteeSatisfactionInstrument: String = "satisfaction-mentee",
    mentorSatisfactionInstrument: String = "satisfaction-mentor", previousYearRegistryOnEnd: Int? = nil
  ) {
    let start = academicYear.defaultStart
    let end = academicYear.defaultEnd
    self.programmeStart = programmeStart ?? SchoolDate(year: start.year, month: start.month, day: start.day)!
    self.programmeEnd = programmeEnd ?? SchoolDate(year: end.year, month: end.month, day: end.day)!
    self.gradesBaseline = gradesBaseline
    self.gradesFinal = gradesFinal
    self.gradesThreshold = gradesThreshold
    self.clubsBaseline = clubsBaseline
    self.clubsFinal = clubsFinal
    self.anxietyInstrument = anxietyInstrument
    self.anxietyScore = anxietyScore
    self.menteeSatisfactionInstrument = menteeSatisfactionInstrument
    self.mentorSatisfactionInstrument = mentorSatisfactionInstrument
    self.previousYearRegistryOnEnd = previousYearRegistryOnEnd
  }
}
