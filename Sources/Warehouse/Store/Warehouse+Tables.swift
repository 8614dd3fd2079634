import GRDB

/// Per-table readers, for the indicators that need one table without loading the year.
/// Each returns the rows of `year` in insertion order, empty when the year is not stored.
extension Warehouse {
  /// The input files of `year`.
  public func files(year: String) throws -> [FileRow] { try rows(year: year) }

  /// The persons of `year`.
  public func persons(year: String) throws -> [PersonRow] { try rows(year: year) }

  /// The matching decisions of `year`.
  public func matches(year: String) throws -> [MatchRow] { try rows(year: year) }

  /// The roles of `year`.
  public func roles(year: String) throws -> [RoleRow] { try rows(year: year) }

  /// The pairs of `year`.
  public func pairs(year: String) throws -> [PairRow] { try rows(year: year) }

  /// The pairs' mentees of `year`.
  public func pairMembers(year: String) throws -> [PairMemberRow] { try rows(year: year) }

  /// The grade cells of `year`.
  public func gradeCells(year: String) throws -> [GradeCellRow] { try rows(year: year) }

  /// The survey answers of `year`.
  public func surveyAnswers(year: String) throws -> [SurveyAnswerRow] { try rows(year: year) }

  /// The club attendance rows of `year`.
  public func clubs(year: String) throws -> [ClubRow] { try rows(year: year) }

  /// The registry entries of `year`.
  public func registries(year: String) throws -> [RegistryRow] { try rows(year: year) }

  /// The meetings of `year`.
  public func meetings(year: String) throws -> [MeetingRow] { try rows(year: year) }

  /// The rejected rows and cells of `year`.
  public func rejects(year: String) throws -> [RejectRow] { try rows(year: year) }

  /// Reads one table's rows of `year`.
  private func rows<Record: StoredRecord>(year: String) throws -> [Record] {
    try dbQueue.read { db in try Self.fetchAll(year: year, in: db) }
  }
}
