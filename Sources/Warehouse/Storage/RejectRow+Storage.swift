extension Warehouse.RejectRow: StoredRecord {
  static var tableName: String { "rejects" }

  func bind(into binder: inout ColumnBinder) {
    binder.bind(fileIndex)
    binder.bind(path)
    binder.bind(line)
    binder.bind(columnName)
    binder.bind(value)
    binder.bind(reason)
    binder.bind(fix)
    binder.bind(cellLevel)
  }

  init(reading reader: inout ColumnReader) {
    self.init(
      fileIndex: reader.int(),
      path: reader.string(),
      line: reader.optionalInt(),
      columnName: reader.optionalString(),
      value: reader.optionalString(),
      reason: reader.string(),
      fix: reader.string(),
      cellLevel: reader.bool()
    )
  }
}
