extension TableReader {
  /// The first `rows` non-blank rows (the header first), decoded, from the chunk read at opening.
  ///
  /// For recognising a file before reading it: nothing is consumed, and `read` still delivers
  /// every row. Rows cut by the end of the first chunk are left out.
  public func peek(rows limit: Int) -> [[String]] {
    let parser = LibCSVParser(
      delimiter: dialect.delimiter, strict: false, chunkSize: max(firstChunkBytes.count, 4096),
      fieldLimit: options.fieldLimit, decoder: CellDecoder(encoding: encoding))
    var result: [[String]] = []
    let collect: (borrowing CSVRow) -> Void = { row in
      if result.count < limit { result.append(row.strings()) }
    }
    firstChunkBytes.withUnsafeBytes { _ = parser.parse($0, deliver: collect) }
    if firstChunkIsWholeFile { _ = parser.finish(deliver: collect) }
    return result
  }
}
