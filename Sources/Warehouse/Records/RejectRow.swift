extension Warehouse {
  /// One rejected row or cell, with the reason and the fix to suggest to the curator.
  ///
  /// Stored in the `rejects` table, in insertion order.
  public struct RejectRow: Sendable, Equatable, Hashable, Codable {
    /// The index of the file the rejected data came from.
    public var fileIndex: Int
    /// That file's path.
    public var path: String
    /// The line, when the reject concerns a line.
    public var line: Int?
    /// The column's name, when the reject concerns a cell.
    public var columnName: String?
    /// The rejected value, when there was one.
    public var value: String?
    /// The reason code, e.g. `"unknown-person"`.
    public var reason: String
    /// The suggested fix, in Russian.
    public var fix: String
    /// Whether only a cell was rejected (the rest of the row was used).
    public var cellLevel: Bool

    /// Creates a reject row.
    public init(
      fileIndex: Int,
      path: String,
      line: Int? = nil,
      columnName: String? = nil,
      value: String? = nil,
      reason: String,
      fix: String,
      cellLevel: Bool
    ) {
      self.fileIndex = fileIndex
      self.path = path
      self.line = line
      self.columnName = columnName
      self.value = value
      self.reason = reason
      self.fix = fix
      self.cellLevel = cellLevel
    }

    /// The column names, which are also the coding keys, in storage order.
    enum CodingKeys: String, CodingKey, CaseIterable {
      case fileIndex = "file_index"
      case path
      case line
      case columnName = "column_name"
      case value
      case reason
      case fix
      case cellLevel = "cell_level"
    }
  }
}
