import GRDBSQLite

/// Binds one row's values to a prepared statement's parameters, in order, through the
/// SQLite C API: no per-row allocation, strings copied once by SQLite.
///
/// The first failing bind is remembered in ``firstError`` rather than thrown, so record
/// code stays throw-free; the caller checks it once per row.
struct ColumnBinder {
  /// The statement being bound.
  let statement: OpaquePointer
  /// The next parameter's index (1-based).
  private(set) var index: CInt
  /// The result code of the first failing bind, or `SQLITE_OK`.
  private(set) var firstError: CInt = SQLITE_OK

  /// Tells SQLite to copy strings before the bind call returns.
  private static var transient: sqlite3_destructor_type {
    unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
  }

  /// Starts binding `statement` at parameter `index`.
  init(statement: OpaquePointer, startingAt index: CInt) {
    self.statement = statement
    self.index = index
  }

  /// The number of parameters bound so far, counting from parameter 1.
  var boundCount: Int { Int(index) - 1 }

  /// Binds an integer.
  mutating func bind(_ value: Int) {
    advance(sqlite3_bind_int64(statement, index, Int64(value)))
  }

  /// Binds an integer or NULL.
  mutating func bind(_ value: Int?) {
    if let value { bind(value) } else { bindNull() }
  }

  /// Binds a real number.
  mutating func bind(_ value: Double) {
    advance(sqlite3_bind_double(statement, index, value))
  }

  /// Binds a Boolean as 0 or 1.
  mutating func bind(_ value: Bool) {
    bind(value ? 1 : 0)
  }

  /// Binds a Boolean as 0 or 1, or NULL.
  mutating func bind(_ value: Bool?) {
    if let value { bind(value) } else { bindNull() }
  }

  /// Binds a string as UTF-8 text.
  mutating func bind(_ value: String) {
    var value = value
    let statement = statement
    let index = index
    let code = value.withUTF8 { buffer -> CInt in
      guard let base = buffer.baseAddress else {
        return sqlite3_bind_text(statement, index, "", 0, Self.transient)
      }
      let text = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
      return sqlite3_bind_text(statement, index, text, CInt(buffer.count), Self.transient)
    }
    advance(code)
  }

  /// Binds a string as UTF-8 text, or NULL.
  mutating func bind(_ value: String?) {
    if let value { bind(value) } else { bindNull() }
  }

  /// Binds NULL.
  mutating func bindNull() {
    advance(sqlite3_bind_null(statement, index))
  }

  /// Records a bind's result and moves to the next parameter.
  private mutating func advance(_ code: CInt) {
    if code != SQLITE_OK && firstError == SQLITE_OK {
      firstError = code
    }
    index += 1
  }
}
