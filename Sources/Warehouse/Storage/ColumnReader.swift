import GRDBSQLite

/// Reads the current row of a stepped statement, column by column, through the SQLite
/// C API.
///
/// The schema guarantees the storage classes: NOT NULL columns are never NULL, integer
/// and real columns hold numbers, text columns hold text.
struct ColumnReader {
  /// The statement positioned on a row.
  let statement: OpaquePointer
  /// The next column's index (0-based).
  private(set) var index: CInt = 0

  /// Starts reading the current row of `statement` at column 0.
  init(statement: OpaquePointer) {
    self.statement = statement
  }

  /// Whether the next column is NULL.
  private var nextIsNull: Bool {
    sqlite3_column_type(statement, index) == SQLITE_NULL
  }

  /// Reads an integer.
  mutating func int() -> Int {
    defer { index += 1 }
    return Int(sqlite3_column_int64(statement, index))
  }

  /// Reads an integer or NULL.
  mutating func optionalInt() -> Int? {
    if nextIsNull {
      index += 1
      return nil
    }
    return int()
  }

  /// Reads a real number.
  mutating func double() -> Double {
    defer { index += 1 }
    return sqlite3_column_double(statement, index)
  }

  /// Reads a Boolean stored as 0 or 1.
  mutating func bool() -> Bool {
    int() != 0
  }

  /// Reads a Boolean stored as 0 or 1, or NULL.
  mutating func optionalBool() -> Bool? {
    optionalInt().map { $0 != 0 }
  }

  /// Reads UTF-8 text.
  mutating func string() -> String {
    defer { index += 1 }
    // `sqlite3_column_text` must come before `sqlite3_column_bytes`.
    guard let text = sqlite3_column_text(statement, index) else { return "" }
    let count = Int(sqlite3_column_bytes(statement, index))
    return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
  }

  /// Reads UTF-8 text or NULL.
  mutating func optionalString() -> String? {
    if nextIsNull {
      index += 1
      return nil
    }
    return string()
  }
}
