/// A row type stored in one year-scoped table: every table but `year_info`.
///
/// Each row is stored with an `academic_year` column in front of the record's own columns,
/// which are named by the record's `CodingKeys`, in that order. ``bind(into:)`` and
/// ``init(reading:)`` must walk the columns in the same order.
protocol StoredRecord: Sendable {
  /// The record's column names, in storage order.
  associatedtype CodingKeys: CodingKey, CaseIterable, RawRepresentable<String>

  /// The table's name.
  static var tableName: String { get }

  /// Binds the record's columns, in storage order.
  func bind(into binder: inout ColumnBinder)

  /// Reads a record from the current row, in storage order.
  init(reading reader: inout ColumnReader)
}

extension StoredRecord {
  /// The record's column names, in storage order (without `academic_year`).
  static var columnNames: [String] { CodingKeys.allCases.map(\.rawValue) }

  /// Inserts one row: `academic_year` is parameter 1, the record's columns follow.
  static var insertSQL: String { insertSQL(rows: 1) }

  /// Inserts `rows` rows: every row's `academic_year` is parameter 1 (`?1`), and the records'
  /// columns follow in order as parameters 2, 3, ….
  static func insertSQL(rows: Int) -> String {
    let columns = (["academic_year"] + columnNames).map(SQLIdentifier.quoted).joined(separator: ", ")
    let row = "(" + (["?1"] + Array(repeating: "?", count: columnNames.count)).joined(separator: ", ") + ")"
    let values = Array(repeating: row, count: rows).joined(separator: ", ")
    return "INSERT INTO \(SQLIdentifier.quoted(tableName)) (\(columns)) VALUES \(values)"
  }

  /// Selects the rows of one year (parameter 1), in insertion order.
  static var selectSQL: String {
    let columns = columnNames.map(SQLIdentifier.quoted).joined(separator: ", ")
    return
      "SELECT \(columns) FROM \(SQLIdentifier.quoted(tableName)) WHERE \"academic_year\" = ? ORDER BY rowid"
  }
}
