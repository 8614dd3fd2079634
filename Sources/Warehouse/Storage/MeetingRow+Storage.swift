extension Warehouse.MeetingRow: StoredRecord {
  static var tableName: String { "meetings" }

  func bind(into binder: inout ColumnBinder) {
    binder.bind(pairKey)
    binder.bind(date)
    binder.bind(meetingType)
    binder.bind(durationMinutes)
    binder.bind(format)
    binder.bind(fileIndex)
    binder.bind(line)
  }

  init(reading reader: inout ColumnReader) {
    self.init(
      pairKey: reader.string(),
      date: reader.optionalString(),
      meetingType: reader.string(),
      durationMinutes: reader.optionalInt(),
      format: reader.optionalString(),
      fileIndex: reader.int(),
      line: reader.int()
    )
  }
}
