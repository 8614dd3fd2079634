extension Warehouse.MatchRow: StoredRecord {
  static var tableName: String { "matches" }

  func bind(into binder: inout ColumnBinder) {
    binder.bind(fileIndex)
    binder.bind(line)
    binder.bind(personID)
    binder.bind(rule)
    binder.bind(rawName)
    binder.bind(rawClass)
    binder.bind(status)
    binder.bind(candidates)
  }

  init(reading reader: inout ColumnReader) {
    self.init(
      fileIndex: reader.int(),
      line: reader.int(),
      personID: reader.optionalInt(),
      rule: reader.optionalInt(),
      rawName: reader.string(),
      rawClass: reader.optionalString(),
      status: reader.string(),
      candidates: reader.optionalString()
    )
  }
}
