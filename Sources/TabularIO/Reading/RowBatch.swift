/// The complete rows of one parsed chunk, as a view into the sink they were parsed into.
///
/// The parser moved the chunk's unfinished row to another sink, so these rows stay put while the
/// parser goes on with the next chunk on another thread. `release` gives the sink back.
struct RowBatch: @unchecked Sendable {
  let bytes: UnsafePointer<UInt8>
  let fieldEnds: UnsafePointer<Int>
  let rowFieldEnds: UnsafePointer<Int>
  let rowLines: UnsafePointer<Int>
  let rowCount: Int
  /// Record number of the first row.
  var firstRecord: Int
  /// Added to every row's line (rows parsed from a segment count lines from its start).
  var lineOffset = 0
  let decoder: CellDecoder
  /// Why parsing stopped after these rows, if it did.
  var error: CSVParseError?
  /// The file's bytes this chunk was parsed from, as read (before any transcoding); empty when
  /// they were already seen. Valid until `release`, like the rows.
  var raw = UnsafeRawBufferPointer(start: nil, count: 0)
  /// The sink the rows live in, and the pool to give it back to.
  let sinkIndex: Int
  let pool: SinkPool

  /// Hands every row to `visit` as a view into the sink.
  func deliver(_ visit: (borrowing CSVRow) throws -> Void) rethrows {
    var firstField = 0
    for index in 0..<rowCount {
      let end = rowFieldEnds[index]
      let row = CSVRow(
        base: bytes, ends: fieldEnds + firstField, firstByte: firstField == 0 ? 0 : fieldEnds[firstField - 1],
        count: end - firstField, line: rowLines[index] + lineOffset, record: firstRecord + index,
        decoder: decoder)
      try visit(row)
      firstField = end
    }
  }

  /// Gives the sink (and the raw chunk read into its slot) back to the parser; neither may be
  /// read after this.
  func release() {
    pool.give(sinkIndex)
  }
}
