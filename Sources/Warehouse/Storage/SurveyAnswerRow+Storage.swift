extension Warehouse.SurveyAnswerRow: StoredRecord {
  static var tableName: String { "survey_answers" }

  func bind(into binder: inout ColumnBinder) {
    binder.bind(fileIndex)
    binder.bind(line)
    binder.bind(personID)
    binder.bind(role)
    binder.bind(wave)
    binder.bind(submittedAt)
    binder.bind(columnIndex)
    binder.bind(header)
    binder.bind(value)
  }

  init(reading reader: inout ColumnReader) {
    self.init(
      fileIndex: reader.int(),
      line: reader.int(),
      personID: reader.optionalInt(),
      role: reader.optionalString(),
      wave: reader.optionalString(),
      submittedAt: reader.optionalString(),
      columnIndex: reader.int(),
      header: reader.string(),
      value: reader.string()
    )
  }
}
