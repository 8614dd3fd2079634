extension Warehouse.GradeCellRow: StoredRecord {
  static var tableName: String { "grade_cells" }

  func bind(into binder: inout ColumnBinder) {
    binder.bind(personID)
    binder.bind(subject)
    binder.bind(periodKind)
    binder.bind(periodIndex)
    binder.bind(numericCount)
    binder.bind(numericSum)
    binder.bind(n1)
    binder.bind(n2)
    binder.bind(n3)
    binder.bind(n4)
    binder.bind(n5)
    binder.bind(notAttested)
    binder.bind(exempt)
    binder.bind(passed)
    binder.bind(failed)
  }

  init(reading reader: inout ColumnReader) {
    self.init(
      personID: reader.int(),
      subject: reader.string(),
      periodKind: reader.string(),
      periodIndex: reader.int(),
      numericCount: reader.int(),
      numericSum: reader.double(),
      n1: reader.int(),
      n2: reader.int(),
      n3: reader.int(),
      n4: reader.int(),
      n5: reader.int(),
      notAttested: reader.int(),
      exempt: reader.int(),
      passed: reader.int(),
      failed: reader.int()
    )
  }
}
