extension Warehouse {
  /// How many rows one year holds in each table.
  public struct RowCounts: Sendable, Equatable, Hashable, Codable {
    /// Rows in `files`.
    public var files: Int
    /// Rows in `persons`.
    public var persons: Int
    /// Rows in `matches`.
    public var matches: Int
    /// Rows in `roles`.
    public var roles: Int
    /// Rows in `pairs`.
    public var pairs: Int
    /// Rows in `pair_members`.
    public var pairMembers: Int
    /// Rows in `grade_cells`.
    public var gradeCells: Int
    /// Rows in `survey_answers`.
    public var surveyAnswers: Int
    /// Rows in `clubs`.
    public var clubs: Int
    /// Rows in `registries`.
    public var registries: Int
    /// Rows in `meetings`.
    public var meetings: Int
    /// Rows in `rejects`.
    public var rejects: Int

    /// Creates row counts; every count defaults to zero.
    public init(
      files: Int = 0,
      persons: Int = 0,
      matches: Int = 0,
      roles: Int = 0,
      pairs: Int = 0,
      pairMembers: Int = 0,
      gradeCells: Int = 0,
      surveyAnswers: Int = 0,
      clubs: Int = 0,
      registries: Int = 0,
      meetings: Int = 0,
      rejects: Int = 0
    ) {
      self.files = files
      self.persons = persons
      self.matches = matches
      self.roles = roles
      self.pairs = pairs
      self.pairMembers = pairMembers
      self.gradeCells = gradeCells
      self.surveyAnswers = surveyAnswers
      self.clubs = clubs
      self.registries = registries
      self.meetings = meetings
      self.rejects = rejects
    }

    /// The total number of rows over all tables (the year header not included).
    public var total: Int {
      files + persons + matches + roles + pairs + pairMembers + gradeCells + surveyAnswers + clubs
        + registries + meetings + rejects
    }
  }
}
