extension Warehouse.RegistryRow: StoredRecord {
  static var tableName: String { "registries" }

  func bind(into binder: inout ColumnBinder) {
    binder.bind(personID)
    binder.bind(registryType)
    binder.bind(dateOn)
    binder.bind(dateOff)
    binder.bind(fileIndex)
    binder.bind(line)
  }

  init(reading reader: inout ColumnReader) {
    self.init(
      personID: reader.int(),
      registryType: reader.string(),
      dateOn: reader.string(),
      dateOff: reader.optionalString(),
      fileIndex: reader.int(),
      line: reader.int()
    )
  }
}
