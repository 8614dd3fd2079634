extension Warehouse.ClubRow: StoredRecord {
  static var tableName: String { "clubs" }

  func bind(into binder: inout ColumnBinder) {
    binder.bind(personID)
    binder.bind(club)
    binder.bind(month)
    binder.bind(periodLabel)
    binder.bind(attended)
    binder.bind(held)
    binder.bind(fileIndex)
    binder.bind(line)
  }

  init(reading reader: inout ColumnReader) {
    self.init(
      personID: reader.int(),
      club: reader.string(),
      month: reader.int(),
      periodLabel: reader.string(),
      attended: reader.optionalInt(),
      held: reader.optionalInt(),
      fileIndex: reader.int(),
      line: reader.int()
    )
  }
}
