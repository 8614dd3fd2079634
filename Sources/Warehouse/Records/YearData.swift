extension Warehouse {
  /// Everything stored for one academic year: its header and the rows of every table.
  ///
  /// ``Warehouse/replaceYear(_:)`` writes it whole and ``Warehouse/load(year:)`` reads it
  /// back equal: rows keep the order of these arrays.
  public struct YearData: Sendable, Equatable, Hashable, Codable {
    /// The year's header; its `academicYear` keys every row below.
    public var info: YearInfo
    /// The input files.
    public var files: [FileRow]
    /// The persons.
    public var persons: [PersonRow]
    /// The matching decisions for the curator.
    public var matches: [MatchRow]
    /// The roles.
    public var roles: [RoleRow]
    /// The pairs.
    public var pairs: [PairRow]
    /// The pairs' mentees.
    public var pairMembers: [PairMemberRow]
    /// The aggregated grade cells.
    public var gradeCells: [GradeCellRow]
    /// The survey answers.
    public var surveyAnswers: [SurveyAnswerRow]
    /// The club attendance rows.
    public var clubs: [ClubRow]
    /// The registry entries.
    public var registries: [RegistryRow]
    /// The pairs' meetings.
    public var meetings: [MeetingRow]
    /// The rejected rows and cells.
    public var rejects: [RejectRow]

    /// Creates the data of one year; every table defaults to empty.
    public init(
      info: YearInfo,
      files: [FileRow] = [],
      persons: [PersonRow] = [],
      matches: [MatchRow] = [],
      roles: [RoleRow] = [],
      pairs: [PairRow] = [],
      pairMembers: [PairMemberRow] = [],
      gradeCells: [GradeCellRow] = [],
      surveyAnswers: [SurveyAnswerRow] = [],
      clubs: [ClubRow] = [],
      registries: [RegistryRow] = [],
      meetings: [MeetingRow] = [],
      rejects: [RejectRow] = []
    ) {
      self.info = info
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

    /// How many rows each table of this year holds.
    public var rowCounts: RowCounts {
      RowCounts(
        files: files.count,
        persons: persons.count,
        matches: matches.count,
        roles: roles.count,
        pairs: pairs.count,
        pairMembers: pairMembers.count,
        gradeCells: gradeCells.count,
        surveyAnswers: surveyAnswers.count,
        clubs: clubs.count,
        registries: registries.count,
        meetings: meetings.count,
        rejects: rejects.count
      )
    }
  }
}
