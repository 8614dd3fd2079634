/// Every word of the report in one language: headings, labels and sentence templates.
///
/// One table per language (``russian``, ``english``) with the same entries, so `--lang en` is a
/// second table, not a rewrite. Templates return ``Sentence``s so numbers stay quantities.
public struct ReportWords: Sendable {
  // Title and frame.
  public var languageCode: String
  public var title: String
  public var programmeDates: @Sendable (String, String) -> String
  public var generatedOn: @Sendable (String) -> String
  public var publicEdition: String
  public var internalEdition: String
  public var contents: String
  public var lessThanFive: String
  public var hiddenSmallGroup: String
  public var notComputable: String
  public var noData: String
  public var before: String
  public var after: String
  public var change: String
  public var indicator: String
  public var value: String
  public var total: String
  public var n: String
  public var yes: String
  public var no: String
  public var chartTableSummary: String

  // Section titles and empty reasons.
  public var sectionTitles: [String: String]
  public var sectionEmpty: [String: String]

  // Tiles and summary.
  public var tileCoverage: String
  public var tileGrades: String
  public var tileAnxiety: String
  public var tileSatisfaction: String
  public var tileClubs: String
  public var tileRegistry: String
  public var measureCoverage: String
  public var measureGrades: String
  public var measureAnxiety: String
  public var measureSatisfaction: String
  public var measureClubs: String
  public var measureRegistry: String
  public var trendWords: [Tile.Trend: String]
  public var coverageVerdict: @Sendable (Quantity, Quantity) -> Sentence
  public var summaryCounts: @Sendable (Int, Int, Int, Int) -> Sentence
  public var summaryPairs: @Sendable (Quantity, Quantity, Quantity, Quantity) -> Sentence
  public var summaryQuality: @Sendable (Quantity, Quantity, Quantity) -> Sentence

  // Verdicts (mirroring indicators.md and MonitoringKit's `Verdict`).
  public var verdictGradesNA: String
  public var verdictGrades:
    @Sendable (Tile.Trend, Quantity, Quantity, Quantity, Quantity, Double?) -> Sentence
  public var verdictAnxietyNA: String
  public var verdictAnxiety:
    @Sendable (Tile.Trend, Quantity, Quantity, Quantity, Quantity, Quantity, Double?) -> Sentence
  public var verdictSatisfactionNA: String
  public var verdictSatisfaction: @Sendable (Bool, String, Quantity, Quantity, Quantity?) -> Sentence
  public var verdictClubsNA: String
  public var verdictClubs: @Sendable (Quantity, Quantity, String, Quantity, String, Double?) -> Sentence
  public var verdictRegistryNA: String
  public var verdictRegistry: @Sendable (Quantity, Quantity) -> Sentence
  public var testClause: @Sendable (Double?) -> String
  public var indexLevels: (high: String, medium: String, low: String)

  // Participants.
  public var participantsTable: String
  public var studentsTotal: String
  public var students1019: String
  public var ageProxyNote: String
  public var mentors: String
  public var mentees: String
  public var participants: String
  public var pairs: String
  public var groups: String
  public var involvedShare: String
  public var menteeShare: String
  public var coverageTarget: @Sendable (Quantity) -> Sentence
  public var pairsByModel: String
  public var pairsByStatus: String
  public var menteesByCategory: String
  public var menteesByClass: String
  public var model: String
  public var status: String
  public var category: String
  public var schoolClass: String
  public var meetingsTitle: String
  public var meetingsTotal: String
  public var meetingsPerPair: String
  public var pairsWithMeetings: String
  public var fullCyclePairs: String
  public var meetingsByType: String
  public var meetingType: String
  public var meetingsCount: String
  public var untypedMeetings: String

  // Grades.
  public var gradesTable: @Sendable (String, String) -> String
  public var meanMark: String
  public var successRate: String
  public var qualityRate: String
  public var sou: String
  public var failing: String
  public var notAttestedNote: @Sendable (Quantity, Quantity) -> Sentence
  public var gradesMovement: @Sendable (Quantity, Quantity, Quantity, String) -> Sentence
  public var wilcoxonSentence: @Sendable (Quantity, Quantity) -> Sentence
  public var ttestSentence: @Sendable (Quantity, Int, Quantity, Quantity, Quantity, Quantity) -> Sentence
  public var mcnemarFailing: @Sendable (Quantity, Quantity, Quantity) -> Sentence
  public var smallSampleNote: String
  public var insufficientTests: String
  public var histogramTitle: String
  public var histogramDescription: @Sendable (Int) -> String
  public var histogramX: String
  public var histogramY: String
  public var histogramNames: (negative: String, zero: String, positive: String)
  public var bySubjectTable: String
  public var bySubjectChart: String
  public var bySubjectDescription: String
  public var subject: String
  public var byClassChart: String
  public var byClassDescription: String
  public var comparisonTitle: String
  public var comparisonTable: String
  public var menteesGroup: String
  public var comparisonGroup: String
  public var didSentence: @Sendable (Quantity, Quantity) -> Sentence
  public var comparisonMissing: String
  public var regressionNote: @Sendable (Quantity) -> Sentence

  // Anxiety.
  public var anxietyInstrument: @Sendable (String) -> String
  public var levelsChart: String
  public var levelsDescription: String
  public var level: String
  public var elevated: String
  public var transitions: @Sendable (Quantity, Quantity, Quantity) -> Sentence
  public var scoresTable: String
  public var meanScore: String
  public var factorsTable: String
  public var factor: String

  // Satisfaction.
  public var roleMentees: String
  public var roleMentors: String
  public var satisfactionTable: @Sendable (String) -> String
  public var satisfactionIndex: String
  public var indexLevel: String
  public var respondents: String
  public var responseRate: String
  public var satisfiedShare: String
  public var continueShare: String
  public var becomeMentorShare: String
  public var itemsChart: @Sendable (String) -> String
  public var itemsDescription: String
  public var itemMeansChart: @Sendable (String) -> String
  public var itemMeansDescription: String
  public var meanOfTen: String
  public var expectationsTable: @Sendable (String) -> String
  public var item: String
  public var expectedBefore: String
  public var gotAfter: String
  public var freeTextTitle: String

  // Clubs.
  public var clubsTable: @Sendable (String, String) -> String
  public var enrolled: String
  public var newlyEnrolled: String
  public var dropped: String
  public var memberships: String
  public var attendanceRate: String
  public var mcnemarClubs: @Sendable (Quantity) -> Sentence
  public var byClubTable: String
  public var club: String

  // Registry.
  public var registryTable: String
  public var onStart: @Sendable (String) -> String
  public var onEnd: @Sendable (String) -> String
  public var schoolWide: String
  public var amongMentees: String
  public var addedDuring: String
  public var removedDuring: String
  public var byTypeTable: String
  public var registryType: String
  public var previousYear: @Sendable (Quantity) -> Sentence
  public var previousYearUnknown: String

  // Data quality.
  public var flowTable: String
  public var file: String
  public var dataset: String
  public var encoding: String
  public var delimiter: String
  public var rowsRead: String
  public var rowsUsed: String
  public var rowsRejected: String
  public var allFiles: String
  public var datasetNames: [String: String]
  public var notRecognized: String
  public var rejectsTable: String
  public var reason: String
  public var howToFix: String
  public var noRejects: String
  public var flowSentence: @Sendable (Quantity, Quantity, Quantity, Quantity) -> Sentence
  public var unmatchedTitle: String
  public var ambiguousTitle: String
  public var fuzzyTitle: String
  public var personIssue: @Sendable (PersonIssue) -> Sentence
  public var moreNotShown: @Sendable (Int) -> String
  public var unclaimedColumns: @Sendable (String, [String]) -> Sentence
  public var peopleCounts: @Sendable (Quantity, Quantity, Quantity, Quantity) -> Sentence

  // Methodology.
  public var methodology: [String]
  public var instrumentLine: @Sendable (InstrumentSummary) -> String
  public var thresholdLine: @Sendable (String, String) -> String

  // Appendix.
  public var appendixIntro: String
  public var appendixPublic: String
  public var pairCardTitle: @Sendable (String) -> String
  public var mentor: String
  public var mentee: String
  public var meetingsLabel: String
  public var fullCycle: String
  public var gradeColumn: String
  public var anxietyColumn: String
}
