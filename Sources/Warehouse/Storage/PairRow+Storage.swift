extension Warehouse.PairRow: StoredRecord {
  static var tableName: String { "pairs" }

  func bind(into binder: inout ColumnBinder) {
    binder.bind(pairKey)
    binder.bind(mentorID)
    binder.bind(model)
    binder.bind(modelRaw)
    binder.bind(status)
    binder.bind(startDate)
    binder.bind(endDate)
    binder.bind(fileIndex)
  }

  init(reading reader: inout ColumnReader) {
    self.init(
      pairKey: reader.string(),
      mentorID: reader.int(),
      model: reader.string(),
      modelRaw: reader.optionalString(),
      status: reader.optionalString(),
      startDate: reader.optionalString(),
      endDate: reader.optionalString(),
      fileIndex: reader.int()
    )
  }
}
