extension Warehouse.FileRow: StoredRecord {
  static var tableName: String { "files" }

  func bind(into binder: inout ColumnBinder) {
    binder.bind(fileIndex)
    binder.bind(path)
    binder.bind(dataset)
    binder.bind(encoding)
    binder.bind(delimiter)
    binder.bind(sha256)
    binder.bind(rowsRead)
    binder.bind(rowsUsed)
    binder.bind(rowsRejected)
    binder.bind(cellsRejected)
    binder.bind(blankRows)
    binder.bind(details)
  }

  init(reading reader: inout ColumnReader) {
    self.init(
      fileIndex: reader.int(),
      path: reader.string(),
      dataset: reader.optionalString(),
      encoding: reader.string(),
      delimiter: reader.string(),
      sha256: reader.string(),
      rowsRead: reader.int(),
      rowsUsed: reader.int(),
      rowsRejected: reader.int(),
      cellsRejected: reader.int(),
      blankRows: reader.int(),
      details: reader.string()
    )
  }
}
