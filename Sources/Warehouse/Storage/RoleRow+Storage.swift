extension Warehouse.RoleRow: StoredRecord {
  static var tableName: String { "roles" }

  func bind(into binder: inout ColumnBinder) {
    binder.bind(personID)
    binder.bind(role)
    binder.bind(category)
    binder.bind(specialNeeds)
    binder.bind(newcomer)
    binder.bind(fileIndex)
  }

  init(reading reader: inout ColumnReader) {
    self.init(
      personID: reader.int(),
      role: reader.string(),
      category: reader.optionalString(),
      specialNeeds: reader.optionalBool(),
      newcomer: reader.optionalBool(),
      fileIndex: reader.int()
    )
  }
}
