extension Warehouse.PairMemberRow: StoredRecord {
  static var tableName: String { "pair_members" }

  func bind(into binder: inout ColumnBinder) {
    binder.bind(pairKey)
    binder.bind(menteeID)
  }

  init(reading reader: inout ColumnReader) {
    self.init(pairKey: reader.string(), menteeID: reader.int())
  }
}
