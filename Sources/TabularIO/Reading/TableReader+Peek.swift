extension TableReader {
  /// The first `rows` non-blank rows (the header first), decoded, from the chunk read at opening.
  ///
  /// For recognising a file before reading it: nothing is consumed, and `read` still delivers
  /// every row. Rows cut by the end of the first chunk are left out.
  public func peek(rows limit: Int) -> [[String]] {
    let bytes = firstChunkBytes
    let parser = LibCSVParser(
      delimiter: dialect.delimiter, strict: false, chunkSize: min(max(bytes.count, 4096), Self.peekSlice),
      fieldLimit: options.fieldLimit, decoder: CellDecoder(encoding: encoding))
    var result: [[String]] = []
    let collect: (borrowing CSVRow) -> Void = { row in
      if result.count < limit { result.append(row.strings()) }
    }
    // The chunk is parsed a slice at a time until enough rows are in: a journal's first chunk
    // holds some 20 000 rows, and recognising it needs 41.
    var start = 0
    var failed = false
    bytes.withUnsafeBytes { chunk in
      while start < chunk.count && result.count < limit && !failed {
        let end = min(start + Self.peekSlice, chunk.count)
        failed = parser.parse(UnsafeRawBufferPointer(rebasing: chunk[start..<end]), deliver: collect) != nil
        start = end
      }
    }
    if firstChunkIsWholeFile && (start == bytes.count || failed) { _ = parser.finish(deliver: collect) }
    return result
  }

  /// How many bytes `peek` parses at a time.
  static let peekSlice = 16 << 10
}
