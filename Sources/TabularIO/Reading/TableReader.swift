import Foundation

/// Streams the rows of one delimited text file: encoding detection, dialect sniffing, libcsv.
///
/// Opening reads the first chunk to settle the byte-order mark, the encoding (when the chunk is
/// not pure ASCII) and the delimiter, and to refuse binary files. `read` then parses the file
/// chunk by chunk in strict mode and hands every non-blank row — the header first — to the
/// caller as a byte view. Memory stays at a few chunks whatever the file's size.
public final class TableReader {
  /// The file being read.
  public let path: String
  /// The options it is read with.
  public let options: TableReadOptions
  /// The dialect the file is parsed with.
  public let dialect: Dialect
  /// The encoding as known so far; ASCII-only prefixes leave it as UTF-8 until a later chunk
  /// settles it (rows delivered before that are ASCII and read the same in every candidate).
  public private(set) var encoding: TextEncoding
  /// Whether the file started with a byte-order mark.
  public let hadByteOrderMark: Bool
  /// The length of that mark: the text (what libcsv parses) starts this far into the file.
  let byteOrderMarkLength: Int

  let file: FileChunkReader
  var firstChunk: [UInt8]
  var encodingSettled: Bool
  var transcoder: UTF16Transcoder?
  /// A UTF-8 sequence cut at the end of the last undecided chunk, examined with the next one.
  var undecidedTail: [UInt8] = []
  /// The last read returned less than asked: the file has no more bytes.
  var reachedEnd = false
  /// The text of the first chunk, kept for `peek` until `read` starts.
  var firstChunkBytes: [UInt8] { firstChunk }
  /// Whether the first chunk is the whole file.
  private(set) var firstChunkIsWholeFile = false

  /// Sees every raw byte of the file once, in order (e.g. to hash it): the first chunk when the
  /// file is opened, each later chunk on the reading thread after its rows were handed on, and
  /// whatever parsing left unread in `drainForObserver`.
  public typealias RawObserver = (UnsafeRawBufferPointer) -> Void
  let observer: RawObserver?

  /// Opens `path` and inspects its first chunk; `observer` sees the raw bytes as they are read.
  public init(path: String, options: TableReadOptions = TableReadOptions(), observer: RawObserver? = nil)
    throws(TableOpenError)
  {
    self.path = path
    self.options = options
    self.observer = observer
    file = try FileChunkReader(path: path)
    // The first read is large enough to detect and sniff whatever the chunk size; a smaller
    // file is read whole into a buffer of its size (plus the byte that proves the end), not
    // into a zeroed chunk: many small files are open at once before they are parsed.
    let firstReadSize = min(max(options.chunkSize, options.sniffBytes, 4), file.size + 1)
    var chunk = [UInt8](unsafeUninitializedCapacity: firstReadSize) { _, count in count = firstReadSize }
    let count = try Self.fill(&chunk, from: file, observer: observer)
    if count < chunk.count { chunk.removeSubrange(count...) }
    let isWholeFile = count < firstReadSize

    // Byte-order mark and UTF-16.
    var bomLength = 0
    var encoding = TextEncoding.utf8
    var settled = false
    let mark = chunk.withUnsafeBytes { EncodingDetector.byteOrderMark($0) }
    if let (marked, length) = mark {
      bomLength = length
      encoding = marked
      settled = true
    } else if let unmarked = chunk.withUnsafeBytes({ EncodingDetector.unmarkedUTF16($0) }) {
      encoding = unmarked
      settled = true
    }
    if let forced = options.encoding {
      if forced != encoding { bomLength = forced == mark?.0 ? bomLength : 0 }
      encoding = forced
      settled = true
    }
    hadByteOrderMark = bomLength > 0
    byteOrderMarkLength = bomLength
    chunk.removeFirst(bomLength)

    var text: [UInt8]
    if encoding.isASCIICompatible {
      if let offset = Self.binaryOffset(chunk) { throw .binary(offset: offset + bomLength) }
      if !settled {
        let (verdict, tail) = chunk.withUnsafeBytes {
          EncodingDetector.classifyWithTail($0, isComplete: isWholeFile)
        }
        if case .decided(let detected) = verdict {
          encoding = detected
          settled = true
        } else if let tail {
          undecidedTail = Array(chunk[tail...])
        }
      }
      text = chunk
    } else {
      var transcoder = UTF16Transcoder(bigEndian: encoding == .utf16be)
      text = []
      chunk.withUnsafeBytes { transcoder.transcode($0, into: &text) }
      if isWholeFile { transcoder.finish(into: &text) }
      self.transcoder = transcoder
      if let offset = Self.binaryOffset(text) { throw .binary(offset: offset) }
    }
    self.encoding = encoding
    encodingSettled = settled || isWholeFile
    firstChunk = text
    reachedEnd = isWholeFile
    firstChunkIsWholeFile = isWholeFile

    if let delimiter = options.delimiter {
      dialect = Dialect(delimiter: delimiter)
    } else {
      let sampleLength = min(text.count, options.sniffBytes)
      dialect = text.withUnsafeBytes { bytes in
        DialectSniffer.sniff(
          UnsafeRawBufferPointer(rebasing: bytes[0..<sampleLength]),
          isComplete: isWholeFile && sampleLength == text.count)
      }
    }
  }

  /// How many example lines of misshapen rows a summary keeps.
  public static let misshapenExamples = 5

  /// Parses the whole file, handing each non-blank row (the header first) to `visit`.
  ///
  /// Also counts data rows whose shape differs from the header's: fewer fields, or non-empty
  /// fields beyond the header (trailing empty fields, as Excel writes them, are fine).
  public func read(_ visit: (borrowing CSVRow) throws -> Void) throws -> TableReadSummary {
    var headerFields = 0
    var misshapen = 0
    var examples: [Int] = []
    var summary = try readRows { row in
      if row.record == 1 {
        headerFields = row.count
      } else if row.count != headerFields, Self.isMisshapen(row, headerFields: headerFields) {
        misshapen += 1
        if examples.count < Self.misshapenExamples { examples.append(row.line) }
      }
      try visit(row)
    }
    summary.headerFields = headerFields
    summary.misshapenRows = misshapen
    summary.misshapenLines = examples
    return summary
  }

  static func isMisshapen(_ row: borrowing CSVRow, headerFields: Int) -> Bool {
    if row.count < headerFields { return true }
    var index = headerFields
    while index < row.count {
      if row.hasValue(at: index) { return true }
      index += 1
    }
    return false
  }

  /// Parses the file into row batches and hands their rows to `visit`, in order.
  ///
  /// A file of one chunk is parsed inline. A longer one is parsed on a second thread that stays
  /// at most one chunk ahead, so libcsv and the caller's row processing use both cores; the
  /// rows, their order and every number are the same either way.
  private func readRows(_ visit: (borrowing CSVRow) throws -> Void) throws -> TableReadSummary {
    if canParseInSegments { return try readSegments(visit) }
    let parser = LibCSVParser(
      delimiter: dialect.delimiter, strict: true, chunkSize: options.chunkSize,
      fieldLimit: options.fieldLimit,
      decoder: CellDecoder(encoding: encoding))
    parser.keepsRawChunks = observer != nil
    var parseError: CSVParseError?
    if firstChunkIsWholeFile {
      try produceBatches(parser) { batch in
        defer { batch.release() }
        try batch.deliver(visit)
        if let observer, batch.raw.count > 0 { observer(batch.raw) }
        parseError = parseError ?? batch.error
        return true
      }
    } else {
      let channel = BatchChannel(capacity: 1)
      let done = DispatchSemaphore(value: 0)
      let transfer = UncheckedTransfer((self, parser, channel))
      Thread {
        let (reader, parser, channel) = transfer.value
        do {
          try reader.produceBatches(parser) { channel.send($0) }
          channel.close()
        } catch {
          channel.close(failure: error)
        }
        done.signal()
      }.start()
      defer { done.wait() }
      do {
        while let batch = try channel.receive() {
          defer { batch.release() }
          try batch.deliver(visit)
          if let observer, batch.raw.count > 0 { observer(batch.raw) }
          parseError = parseError ?? batch.error
        }
      } catch {
        channel.cancel()
        throw error
      }
    }
    if !encodingSettled {
      encodingSettled = true  // the whole file was ASCII: UTF-8 reads it
    }
    return TableReadSummary(
      encoding: encoding, encodingForced: options.encoding != nil, hadByteOrderMark: hadByteOrderMark,
      dialect: dialect, records: parser.deliveredRows, blankRows: parser.blankRows, fileBytes: file.size,
      parseError: parseError)
  }

  /// Reads and parses chunk after chunk, handing each chunk's rows to `send` (false: stop).
  ///
  /// The first chunk was read (and shown to the observer) when the file was opened. Every later
  /// chunk is read into the parser's current raw buffer and travels with its batch, so the
  /// reading thread shows it to the observer after the rows: hashing runs beside parsing, not
  /// on this thread, and without a copy.
  private func produceBatches(_ parser: LibCSVParser, send: (RowBatch) throws -> Bool) throws {
    let seen = UnsafeRawBufferPointer(start: nil, count: 0)
    var batch = firstChunk.withUnsafeBytes { parser.parseBatch($0, raw: seen) }
    firstChunk = []
    var text: [UInt8] = []
    while true {
      let stopped = batch.error != nil
      guard try send(batch), !stopped else { return }
      if reachedEnd { break }
      let buffer = parser.currentRawBuffer
      let count = try file.read(into: buffer)
      let raw = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
      if count < buffer.count { reachedEnd = true }
      if var transcoder {
        text.removeAll(keepingCapacity: true)
        transcoder.transcode(raw, into: &text)
        if reachedEnd { transcoder.finish(into: &text) }
        self.transcoder = transcoder
        batch = text.withUnsafeBytes { parser.parseBatch($0, raw: raw) }
      } else {
        settleEncoding(with: raw, isLast: false, parser: parser)
        batch = parser.parseBatch(raw, raw: raw)
      }
    }
    if !undecidedTail.isEmpty {
      settleEncoding(with: UnsafeRawBufferPointer(start: nil, count: 0), isLast: true, parser: parser)
    }
    _ = try send(parser.finishBatch())
  }

  private func settleEncoding(with chunk: UnsafeRawBufferPointer, isLast: Bool, parser: LibCSVParser) {
    guard !encodingSettled else { return }
    let stretch = undecidedTail + Array(chunk)
    let (verdict, tail) = stretch.withUnsafeBytes {
      EncodingDetector.classifyWithTail($0, isComplete: isLast)
    }
    undecidedTail = []
    if case .decided(let detected) = verdict {
      encoding = detected
      encodingSettled = true
      parser.decoder = CellDecoder(encoding: detected)
    } else if let tail {
      undecidedTail = Array(stretch[tail...])
    }
  }

  /// Reads as many bytes as `array` holds; returns how many arrived.
  private static func fill(_ array: inout [UInt8], from file: FileChunkReader, observer: RawObserver?)
    throws(TableOpenError) -> Int
  {
    var result: Result<Int, TableOpenError> = .success(0)
    array.withUnsafeMutableBytes { buffer in
      result = Result { () throws(TableOpenError) in try file.read(into: buffer) }
      if let observer, case .success(let count) = result, count > 0 {
        observer(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
      }
    }
    return try result.get()
  }

  /// Reads the rest of the file without parsing it, for the observer (a file read only in part).
  public func drainForObserver() throws {
    guard observer != nil, !reachedEnd else { return }
    var buffer = [UInt8](repeating: 0, count: options.chunkSize)
    while try Self.fill(&buffer, from: file, observer: observer) == buffer.count {}
    reachedEnd = true
  }

  /// Offset of the first byte that text never holds (NUL, or most C0 controls), if any.
  static func binaryOffset(_ bytes: [UInt8]) -> Int? {
    var controls = 0
    for (offset, byte) in bytes.prefix(64 << 10).enumerated() where byte < 0x20 {
      switch byte {
      case 0x09, 0x0A, 0x0D, 0x0C, 0x1A: continue
      case 0x00: return offset
      default:
        controls += 1
        if controls > 8 && controls * 100 > min(bytes.count, 64 << 10) { return offset }
      }
    }
    return nil
  }
}
