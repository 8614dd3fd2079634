/// The complete rows of one parsed chunk, copied out of the parser so another thread can read
/// them while the parser goes on with the next chunk.
struct RowBatch: @unchecked Sendable {
  var bytes: [UInt8] = []
  /// End offset (into `bytes`) of every field.
  var fieldEnds: [Int] = []
  /// One past the last field index of every row.
  var rowFieldEnds: [Int] = []
  /// First physical line of every row.
  var rowLines: [Int] = []
  /// Record number of the first row.
  var firstRecord = 1
  var decoder: CellDecoder
  /// Why parsing stopped after these rows, if it did.
  var error: CSVParseError?

  init(decoder: CellDecoder) {
    self.decoder = decoder
  }

  /// Hands every row to `visit` as a view into this batch.
  func deliver(_ visit: (borrowing CSVRow) throws -> Void) rethrows {
    try bytes.withUnsafeBufferPointer { bytes in
      try fieldEnds.withUnsafeBufferPointer { ends in
        guard let base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1), let endBase = ends.baseAddress
        else { return }
        var firstField = 0
        for index in rowFieldEnds.indices {
          let end = rowFieldEnds[index]
          let row = CSVRow(
            base: base, ends: endBase + firstField, firstByte: firstField == 0 ? 0 : ends[firstField - 1],
            count: end - firstField, line: rowLines[index], record: firstRecord + index, decoder: decoder)
          try visit(row)
          firstField = end
        }
      }
    }
  }
}
