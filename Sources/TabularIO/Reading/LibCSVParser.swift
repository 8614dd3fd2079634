import CLibCSV

/// Owns one libcsv parser and the sink its callbacks write into.
///
/// Feed it chunks with `parse`; complete rows are delivered to the caller after each chunk.
/// Rows delivered before an error are kept; the error says where parsing stopped.
final class LibCSVParser {
  private let parser: UnsafeMutablePointer<csv_parser>
  /// Sinks in rotation: one being filled while the other is read on another thread.
  private let sinks: [UnsafeMutablePointer<RowSink>]
  private var current = 0
  private let pool: SinkPool
  private let fieldLimit: Int
  private let chunkSize: Int
  private var sink: UnsafeMutablePointer<RowSink> { sinks[current] }
  /// One raw chunk buffer per sink, allocated on first use: a chunk read into the current sink's
  /// buffer travels with that sink's batch, so the reading thread can look at the bytes (hash
  /// them) while the next chunk is read into the other buffer.
  private var rawBuffers: [UnsafeMutableRawBufferPointer]
  /// Bytes handed to libcsv so far.
  private(set) var consumedBytes = 0
  /// Rows delivered so far.
  private(set) var deliveredRows = 0
  /// The encoding rows are decoded with; may be settled after the first rows (ASCII-only so far).
  var decoder: CellDecoder

  /// Creates a parser; `strict` selects `CSV_STRICT | CSV_STRICT_FINI` (the sniffer reads leniently).
  init(delimiter: UInt8, strict: Bool, chunkSize: Int, fieldLimit: Int, decoder: CellDecoder) {
    parser = .allocate(capacity: 1)
    let options = UInt8(CSV_REPALL_NL) | (strict ? UInt8(CSV_STRICT | CSV_STRICT_FINI) : 0)
    // csv_init fails only for a null pointer.
    _ = csv_init(parser, options)
    csv_set_delim(parser, delimiter)
    csv_set_realloc_func(parser, nastavnik_csv_limited_realloc)
    sinks = (0..<Self.sinkCount).map { _ in RowSink.allocate(chunkSize: chunkSize) }
    for sink in sinks { sink.pointee.parser = UnsafePointer(parser) }
    pool = SinkPool(count: Self.sinkCount, busy: 0)
    rawBuffers = Array(repeating: UnsafeMutableRawBufferPointer(start: nil, count: 0), count: Self.sinkCount)
    self.chunkSize = chunkSize
    self.fieldLimit = fieldLimit
    self.decoder = decoder
  }

  /// Starts the parser at a row boundary inside the file: `byte` text bytes, `lines` physical
  /// lines, `records` rows and `blankRows` blank rows lie before it (a sequential continuation
  /// after a segmented parse), so positions and counts read as if it had parsed from the start.
  func start(atByte byte: Int, lines: Int, records: Int, blankRows: Int) {
    consumedBytes = byte
    deliveredRows = records
    sink.pointee.line = lines + 1
    sink.pointee.rowStartLine = lines + 1
    sink.pointee.blankRows = blankRows
  }

  /// How many sinks rotate.
  static let sinkCount = 2

  deinit {
    csv_free(parser)
    parser.deallocate()
    for buffer in rawBuffers { buffer.deallocate() }
    for sink in sinks {
      sink.pointee.deallocateBuffers()
      sink.deinitialize(count: 1)
      sink.deallocate()
    }
  }

  /// Rows whose every field was empty, skipped so far.
  var blankRows: Int { sink.pointee.blankRows }

  /// Physical lines seen so far (the line the parser stands on).
  var currentLine: Int { sink.pointee.line }

  /// Parses `chunk`, hands every completed row to `deliver`, and reports an error if parsing stopped.
  func parse(_ chunk: UnsafeRawBufferPointer, deliver: (borrowing CSVRow) throws -> Void) rethrows
    -> CSVParseError?
  {
    let (parsed, status) = runParser(chunk)
    try deliverRows(deliver)
    return outcome(parsed: parsed, status: status, count: chunk.count)
  }

  /// The raw chunk buffer of the sink the next chunk is parsed into (`chunkSize` bytes); it is
  /// idle, since its sink is.
  /// Without `keepsRawChunks` nobody looks at a chunk after it is parsed, and one buffer serves.
  var currentRawBuffer: UnsafeMutableRawBufferPointer {
    let slot = keepsRawChunks ? current : 0
    if rawBuffers[slot].baseAddress == nil {
      rawBuffers[slot] = .allocate(byteCount: chunkSize, alignment: 16)
    }
    return rawBuffers[slot]
  }

  /// Whether a batch's raw chunk must stay intact until the batch is released (an observer
  /// reads it then).
  var keepsRawChunks = true

  /// Parses `chunk` and returns its complete rows as a batch (with the error that stopped it);
  /// the batch's sink is the caller's until it calls `release`. `raw` (the file's bytes behind
  /// the chunk, in `currentRawBuffer`) goes with the batch.
  func parseBatch(_ chunk: UnsafeRawBufferPointer, raw: UnsafeRawBufferPointer) -> RowBatch {
    let (parsed, status) = runParser(chunk)
    let error = outcome(parsed: parsed, status: status, count: chunk.count)
    let next = pool.take()
    sink.pointee.moveUnfinishedRow(to: sinks[next])
    var batch = handOver(error: error, next: next)
    batch.raw = raw
    return batch
  }

  /// Ends the input: delivers the last row and reports a quote left open at the end of the file.
  func finish(deliver: (borrowing CSVRow) throws -> Void) rethrows -> CSVParseError? {
    nastavnik_csv_set_field_limit(fieldLimit)
    if csv_fini(parser, rowSinkFieldCallback, rowSinkRowCallback, sink) != 0 {
      let position = position(at: consumedBytes)
      try deliverRows(deliver)
      return .malformedQuote(position: position, atEndOfFile: true)
    }
    try deliverRows(deliver)
    return nil
  }

  /// Ends the input and returns the last rows as a batch.
  func finishBatch() -> RowBatch {
    nastavnik_csv_set_field_limit(fieldLimit)
    var error: CSVParseError?
    if csv_fini(parser, rowSinkFieldCallback, rowSinkRowCallback, sink) != 0 {
      error = .malformedQuote(position: position(at: consumedBytes), atEndOfFile: true)
    }
    return handOver(error: error, next: nil)
  }

  /// The current sink's complete rows as a batch; parsing goes on in `next`.
  private func handOver(error: CSVParseError?, next: Int?) -> RowBatch {
    let state = sink.pointee
    let batch = RowBatch(
      bytes: state.bytes, fieldEnds: state.fieldEnds, rowFieldEnds: state.rowFieldEnds,
      rowLines: state.rowLines,
      rowCount: state.rowCount, firstRecord: deliveredRows + 1, decoder: decoder, error: error,
      sinkIndex: current,
      pool: pool)
    deliveredRows += state.rowCount
    if let next {
      current = next
    }
    return batch
  }

  /// Runs libcsv over a chunk; returns the bytes it consumed and its status (read before
  /// `csv_fini` could reset it).
  private func runParser(_ chunk: UnsafeRawBufferPointer) -> (Int, Int32) {
    guard let base = chunk.baseAddress, chunk.count > 0 else { return (0, CSV_SUCCESS) }
    nastavnik_csv_set_field_limit(fieldLimit)
    let parsed = csv_parse(parser, base, chunk.count, rowSinkFieldCallback, rowSinkRowCallback, sink)
    return (parsed, parsed < chunk.count ? csv_error(parser) : CSV_SUCCESS)
  }

  /// The error a parse ended with, if any; advances the consumed byte count.
  private func outcome(parsed: Int, status: Int32, count: Int) -> CSVParseError? {
    defer { consumedBytes += parsed }
    if sink.pointee.allocationFailed {
      return .outOfMemory(position: position(at: consumedBytes + parsed))
    }
    if parsed < count {
      return error(status: status, at: consumedBytes + parsed, atEndOfFile: false)
    }
    return nil
  }

  private func deliverRows(_ deliver: (borrowing CSVRow) throws -> Void) rethrows {
    let state = sink.pointee
    var firstField = 0
    for index in 0..<state.rowCount {
      let end = state.rowFieldEnds[index]
      let row = CSVRow(
        base: state.bytes, ends: state.fieldEnds + firstField,
        firstByte: firstField == 0 ? 0 : state.fieldEnds[firstField - 1],
        count: end - firstField, line: state.rowLines[index], record: deliveredRows + 1, decoder: decoder)
      deliveredRows += 1
      try deliver(row)
      firstField = end
    }
    sink.pointee.compact()
  }

  private func error(status: Int32, at offset: Int, atEndOfFile: Bool) -> CSVParseError {
    let position = position(at: offset)
    switch status {
    case CSV_ENOMEM, CSV_ETOOBIG:
      return parser.pointee.entry_size >= fieldLimit / 2
        ? .fieldTooLong(position: position, limit: fieldLimit) : .outOfMemory(position: position)
    default:
      return .malformedQuote(position: position, atEndOfFile: atEndOfFile)
    }
  }

  /// Where the parser stands: the unfinished row's start line, the detection line, the field.
  /// Complete rows still in the sink (not yet handed over) count towards the record number.
  private func position(at offset: Int) -> CSVPosition {
    let state = sink.pointee
    var detected = state.line + state.newlines(from: state.rowFirstByte, to: state.byteCount)
    if let entry = parser.pointee.entry_buf {
      let partial = UnsafeBufferPointer(start: entry, count: parser.pointee.entry_pos)
      detected += partial.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
    // Lines advance only when a row ends, so the unfinished row starts on the current line.
    return CSVPosition(
      line: state.line, detectedLine: detected,
      record: deliveredRows + state.rowCount + 1, column: state.fieldCount - state.rowFirstField + 1,
      byteOffset: offset)
  }
}
