import GRDB

extension Warehouse {
  /// The stored academic years, oldest first.
  public func years() throws -> [String] {
    try dbQueue.read { db in
      try String.fetchAll(db, sql: "SELECT academic_year FROM year_info ORDER BY academic_year")
    }
  }

  /// The latest stored year before `year` (e.g. `"2024/2025"` before `"2025/2026"`), if any.
  ///
  /// `year` itself need not be stored. Academic years sort chronologically as text.
  public func previousYear(of year: String) throws -> String? {
    try dbQueue.read { db in
      try String.fetchOne(
        db,
        sql: """
          SELECT academic_year FROM year_info WHERE academic_year < ?
          ORDER BY academic_year DESC LIMIT 1
          """,
        arguments: [year])
    }
  }

  /// The header of `year`, or `nil` when the year is not stored.
  public func yearInfo(year: String) throws -> YearInfo? {
    try dbQueue.read { db in try Self.yearInfo(year, in: db) }
  }

  /// Everything stored for `year`, or `nil` when the year is not stored.
  ///
  /// Rows come back in the order they were written, so `load` returns exactly the
  /// `YearData` given to ``replaceYear(_:)``. The read is one consistent snapshot.
  public func load(year: String) throws -> YearData? {
    try dbQueue.read { db in
      guard let info = try Self.yearInfo(year, in: db) else { return nil }
      return YearData(
        info: info,
        files: try Self.fetchAll(year: year, in: db),
        persons: try Self.fetchAll(year: year, in: db),
        matches: try Self.fetchAll(year: year, in: db),
        roles: try Self.fetchAll(year: year, in: db),
        pairs: try Self.fetchAll(year: year, in: db),
        pairMembers: try Self.fetchAll(year: year, in: db),
        gradeCells: try Self.fetchAll(year: year, in: db),
        surveyAnswers: try Self.fetchAll(year: year, in: db),
        clubs: try Self.fetchAll(year: year, in: db),
        registries: try Self.fetchAll(year: year, in: db),
        meetings: try Self.fetchAll(year: year, in: db),
        rejects: try Self.fetchAll(year: year, in: db)
      )
    }
  }

  /// How many rows `year` holds in each table, or `nil` when the year is not stored.
  public func rowCounts(year: String) throws -> RowCounts? {
    try dbQueue.read { db in
      guard try Self.yearInfo(year, in: db) != nil else { return nil }
      var counts: [Int] = []
      for table in Schema.yearScopedTables {
        let sql = "SELECT COUNT(*) FROM \(SQLIdentifier.quoted(table)) WHERE academic_year = ?"
        counts.append(try Int.fetchOne(db, sql: sql, arguments: [year]) ?? 0)
      }
      return RowCounts(
        files: counts[0], persons: counts[1], matches: counts[2], roles: counts[3],
        pairs: counts[4], pairMembers: counts[5], gradeCells: counts[6],
        surveyAnswers: counts[7], clubs: counts[8], registries: counts[9],
        meetings: counts[10], rejects: counts[11])
    }
  }

  /// Reads the header of `year`.
  static func yearInfo(_ year: String, in db: Database) throws -> YearInfo? {
    let sql = """
      SELECT academic_year, school, programme_start, programme_end, config_sha256, tool_version
      FROM year_info WHERE academic_year = ?
      """
    guard let row = try Row.fetchOne(db, sql: sql, arguments: [year]) else { return nil }
    return YearInfo(
      academicYear: row[0],
      school: row[1],
      programmeStart: row[2],
      programmeEnd: row[3],
      configSHA256: row[4],
      toolVersion: row[5])
  }

  /// Reads the rows of `year` from one table, in insertion order.
  ///
  /// GRDB steps the statement; each row is decoded straight from the C API.
  static func fetchAll<Record: StoredRecord>(
    _ type: Record.Type = Record.self, year: String, in db: Database
  ) throws -> [Record] {
    let statement = try db.cachedStatement(sql: Record.selectSQL)
    let cursor = try Row.fetchCursor(statement, arguments: [year])
    let raw = statement.sqliteStatement
    var records: [Record] = []
    while try cursor.next() != nil {
      var reader = ColumnReader(statement: raw)
      records.append(Record(reading: &reader))
    }
    return records
  }
}
