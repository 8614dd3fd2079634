import CLibCSV
import Foundation

/// Parsing a long file in row-aligned segments on two threads.
///
/// One libcsv stream is the floor of a single core; with two cores and the rows consumed on the
/// caller's thread, the parse itself becomes the bottleneck. A `SegmentFeed` cuts the text at
/// row boundaries, two workers parse segments with parsers of their own into sinks of a shared
/// pool, and the caller takes the segments' rows in order, adding the lines and records of the
/// segments before. Rows, lines, records, blank rows and errors are those of one sequential
/// parse: a segment that does not end cleanly (a parse error, a quote left open) is thrown away
/// and the rest of the file is parsed sequentially from its start.
extension TableReader {
  /// Segments in flight at once: one per worker and one whose rows are being read. Each holds
  /// a sink until its rows are read.
  static let segmentSinks = 3

  /// The length segments are cut to: a quarter chunk, so that three in flight cost less than the
  /// sequential reader's two sinks cost.
  var segmentLength: Int { max(options.chunkSize / 4, 1) }

  /// Whether `read` parses this file in segments.
  var canParseInSegments: Bool {
    options.parsesInSegments && !firstChunkIsWholeFile && transcoder == nil && encodingSettled
      && undecidedTail.isEmpty && file.size >= 4 * options.chunkSize
  }

  /// What a worker made of one segment.
  struct ParsedSegment: @unchecked Sendable {
    var segment: SegmentFeed.Segment
    var sinkIndex: Int
    /// The rows parsed, and whether they are exactly those of a sequential parse.
    var clean: Bool
  }

  /// Reads the file in segments, handing every row to `visit` in order.
  func readSegments(_ visit: (borrowing CSVRow) throws -> Void) throws -> TableReadSummary {
    let feed = SegmentFeed(
      file: file, first: firstChunk, chunkSize: segmentLength, atEnd: reachedEnd)
    let observedText = firstChunk.count  // shown to the observer when the file was opened
    firstChunk = []
    let pool = SinkPool(count: Self.segmentSinks, busy: -1)
    let sinks = (0..<Self.segmentSinks).map { _ in RowSink.allocate(chunkSize: segmentLength) }
    defer {
      for sink in sinks {
        sink.pointee.deallocateBuffers()
        sink.deinitialize(count: 1)
        sink.deallocate()
      }
    }
    let results = SegmentResults()
    let transfer = UncheckedTransfer((feed, pool, sinks, results))
    let delimiter = dialect.delimiter
    let fieldLimit = options.fieldLimit
    for _ in 0..<2 {
      Thread {
        let (feed, pool, sinks, results) = transfer.value
        Self.work(
          feed: feed, pool: pool, sinks: sinks, results: results, delimiter: delimiter, fieldLimit: fieldLimit
        )
        results.workerEnded()
      }.start()
    }
    // Stops the workers and waits for them, giving back the sinks of rows nobody will read.
    func stop() {
      feed.cancel()
      results.drain { pool.give($0.sinkIndex) }
    }

    let decoder = CellDecoder(encoding: encoding)
    var records = 0
    var lines = 0
    var blankRows = 0
    var observed = observedText
    var index = 0
    while true {
      guard let parsed = results.take(index, total: { feed.count }) else { break }
      let segment = parsed.segment
      guard parsed.clean, !segment.sequential else {
        pool.give(parsed.sinkIndex)
        stop()
        return try readSequentially(
          from: segment.textStart, lines: lines, records: records, blankRows: blankRows, observed: observed,
          visit)
      }
      let state = sinks[parsed.sinkIndex].pointee
      var batch = RowBatch(
        bytes: state.bytes, fieldEnds: state.fieldEnds, rowFieldEnds: state.rowFieldEnds,
        rowLines: state.rowLines, rowCount: state.rowCount, firstRecord: records + 1, decoder: decoder,
        error: nil, sinkIndex: parsed.sinkIndex, pool: pool)
      batch.lineOffset = lines
      do {
        try batch.deliver(visit)
      } catch {
        batch.release()
        stop()
        throw error
      }
      if let observer, segment.textStart + segment.bytes.count > observed {
        segment.bytes.withUnsafeBytes { bytes in
          observer(UnsafeRawBufferPointer(rebasing: bytes[max(observed - segment.textStart, 0)...]))
        }
        observed = segment.textStart + segment.bytes.count
      }
      records += state.rowCount
      lines += state.line - 1
      blankRows += state.blankRows
      batch.release()
      feed.recycle(segment.bytes)
      index += 1
    }
    results.drain { pool.give($0.sinkIndex) }
    if let failure = feed.failure { throw failure }
    reachedEnd = true
    return TableReadSummary(
      encoding: encoding, encodingForced: options.encoding != nil, hadByteOrderMark: hadByteOrderMark,
      dialect: dialect, records: records, blankRows: blankRows, fileBytes: file.size, parseError: nil)
  }

  /// A worker: takes a free sink, then the next segment, parses it, publishes it; until the
  /// feed ends.
  private static func work(
    feed: SegmentFeed, pool: SinkPool, sinks: [UnsafeMutablePointer<RowSink>], results: SegmentResults,
    delimiter: UInt8, fieldLimit: Int
  ) {
    let parser = UnsafeMutablePointer<csv_parser>.allocate(capacity: 1)
    func initialize() {
      _ = csv_init(parser, UInt8(CSV_REPALL_NL) | UInt8(CSV_STRICT | CSV_STRICT_FINI))
      csv_set_delim(parser, delimiter)
      csv_set_realloc_func(parser, nastavnik_csv_limited_realloc)
    }
    initialize()
    nastavnik_csv_set_field_limit(fieldLimit)  // per thread
    // Two workers and the reading thread share two cores: the reader, which takes the rows in
    // order, must not wait behind a worker that is only getting ahead.
    nastavnik_lower_thread_priority(5)
    defer {
      csv_free(parser)
      parser.deallocate()
    }
    while true {
      let sinkIndex = pool.take()
      guard let segment = feed.next() else {
        pool.give(sinkIndex)
        return
      }
      let sink = sinks[sinkIndex]
      sink.pointee.reset()
      sink.pointee.parser = UnsafePointer(parser)
      var clean = segment.sequential
      if !segment.sequential {
        let parsed = segment.bytes.withUnsafeBytes { bytes in
          bytes.baseAddress.map {
            sink.pointee.quoteFree = memchr($0, 0x22, bytes.count) == nil
            return csv_parse(parser, $0, bytes.count, rowSinkFieldCallback, rowSinkRowCallback, sink)
          } ?? 0
        }
        let rows = sink.pointee.rowCount
        let fields = sink.pointee.fieldCount
        // Also resets the parser for the next segment.
        let finished = csv_fini(parser, rowSinkFieldCallback, rowSinkRowCallback, sink) == 0
        let flushed = sink.pointee.rowCount != rows || sink.pointee.fieldCount != fields
        clean =
          parsed == segment.bytes.count && finished && !sink.pointee.allocationFailed
          && (segment.isLast || !flushed)
        if !finished {
          // csv_fini stopped inside a quoted field without resetting the parser.
          csv_free(parser)
          initialize()
        }
        // The reader goes sequential at this segment: later ones would be thrown away.
        if !clean { feed.cancel() }
      }
      results.publish(ParsedSegment(segment: segment, sinkIndex: sinkIndex, clean: clean))
    }
  }

  /// Parses the rest of the file in one stream from text offset `start`, a row boundary after
  /// `lines` lines, `records` records and `blankRows` blank rows.
  private func readSequentially(
    from start: Int, lines: Int, records: Int, blankRows: Int, observed: Int,
    _ visit: (borrowing CSVRow) throws -> Void
  ) throws -> TableReadSummary {
    try file.seek(to: byteOrderMarkLength + start)
    let parser = LibCSVParser(
      delimiter: dialect.delimiter, strict: true, chunkSize: options.chunkSize,
      fieldLimit: options.fieldLimit,
      decoder: CellDecoder(encoding: encoding))
    parser.start(atByte: start, lines: lines, records: records, blankRows: blankRows)
    var buffer = [UInt8](repeating: 0, count: options.chunkSize)
    var offset = start
    var parseError: CSVParseError?
    while true {
      let count = try buffer.withUnsafeMutableBytes { bytes throws(TableOpenError) in
        try file.read(into: bytes)
      }
      try buffer.withUnsafeBytes { bytes in
        let chunk = UnsafeRawBufferPointer(rebasing: bytes[0..<count])
        if let observer, offset + count > observed {
          observer(UnsafeRawBufferPointer(rebasing: chunk[max(observed - offset, 0)...]))
        }
        parseError = try parser.parse(chunk, deliver: visit)
      }
      offset += count
      if parseError != nil {
        // The observer already saw the file up to `observed` (the chunk read at opening may be
        // longer than a chunk): what `drainForObserver` reads next must start after that.
        if observed > offset { try file.seek(to: byteOrderMarkLength + observed) }
        break
      }
      if count < buffer.count {
        reachedEnd = true
        parseError = try parser.finish(deliver: visit)
        break
      }
    }
    return TableReadSummary(
      encoding: encoding, encodingForced: options.encoding != nil, hadByteOrderMark: hadByteOrderMark,
      dialect: dialect, records: parser.deliveredRows, blankRows: parser.blankRows, fileBytes: file.size,
      parseError: parseError)
  }
}

extension RowSink {
  /// Empties the sink for a segment parsed from its start.
  mutating func reset() {
    byteCount = 0
    fieldCount = 0
    rowCount = 0
    rowFirstField = 0
    rowFirstByte = 0
    line = 1
    rowStartLine = 1
    blankRows = 0
    pendingCarriageReturn = false
    allocationFailed = false
    quoteFree = false
  }
}

/// The parsed segments waiting for the reading thread, by index.
final class SegmentResults: @unchecked Sendable {
  private let condition = NSCondition()
  private var ready: [Int: TableReader.ParsedSegment] = [:]
  private var workersRunning = 2

  /// Adds a parsed segment.
  func publish(_ parsed: TableReader.ParsedSegment) {
    condition.lock()
    ready[parsed.segment.index] = parsed
    condition.broadcast()
    condition.unlock()
  }

  /// Notes that a worker stopped.
  func workerEnded() {
    condition.lock()
    workersRunning -= 1
    condition.broadcast()
    condition.unlock()
  }

  /// Segment `index`, waiting for it; nil once the feed's `total` says there is none.
  func take(_ index: Int, total: () -> Int?) -> TableReader.ParsedSegment? {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let parsed = ready.removeValue(forKey: index) { return parsed }
      if workersRunning == 0 { return nil }
      if let total = total(), index >= total { return nil }
      condition.wait()
    }
  }

  /// Waits for the workers to stop, handing every segment still published to `release`.
  func drain(_ release: (TableReader.ParsedSegment) -> Void) {
    condition.lock()
    defer { condition.unlock() }
    while true {
      for (_, parsed) in ready { release(parsed) }
      ready.removeAll()
      if workersRunning == 0 { return }
      condition.wait()
    }
  }
}
