extension Warehouse.PersonRow: StoredRecord {
  static var tableName: String { "persons" }

  func bind(into binder: inout ColumnBinder) {
    binder.bind(personID)
    binder.bind(displayName)
    binder.bind(className)
    binder.bind(grade)
    binder.bind(studentID)
    binder.bind(birthDate)
    binder.bind(sex)
    binder.bind(inStudents)
    binder.bind(firstFileIndex)
  }

  init(reading reader: inout ColumnReader) {
    self.init(
      personID: reader.int(),
      displayName: reader.string(),
      className: reader.optionalString(),
      grade: reader.optionalInt(),
      studentID: reader.optionalString(),
      birthDate: reader.optionalString(),
      sex: reader.optionalString(),
      inStudents: reader.bool(),
      firstFileIndex: reader.int()
    )
  }
}
