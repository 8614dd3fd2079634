import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Cuts a file's text into row-aligned segments that libcsv parsers can take independently.
///
/// A line feed ends a row exactly when an even number of quotes precede it: `""` escapes add
/// two, and in strict CSV a quote appears nowhere else. So the feed reads the file in chunks,
/// keeps the parity of the quotes before its unread part, and cuts each segment after the last
/// line feed of even parity. Segments come out in order, each about one chunk long. If that
/// rule ever does not hold (malformed quotes), the parsers notice — a parse error or a quote
/// left open at a segment's end — and the reader goes on sequentially from that segment. A file
/// with no cut for several chunks (a quote never closed) gives a segment marked `sequential`.
final class SegmentFeed: @unchecked Sendable {
  /// One segment of the text.
  struct Segment: @unchecked Sendable {
    /// Position in the order of segments.
    var index: Int
    /// Offset of its first byte in the text (the file without its byte-order mark).
    var textStart: Int
    /// Its bytes.
    var bytes: [UInt8]
    /// Whether it runs to the end of the file (its last row may lack a line break).
    var isLast: Bool
    /// Whether the rest of the file, from `textStart`, must be parsed sequentially instead.
    var sequential = false
  }

  private let lock = NSLock()
  private let file: FileChunkReader
  private let chunkSize: Int
  /// Bytes read and not yet handed out, starting at text offset `carryStart`.
  private var carry: [UInt8]
  private var carryStart = 0
  /// Whether an odd number of quotes precede `carry`.
  private var oddQuotes = false
  private var reachedEnd: Bool
  private var nextIndex = 0
  private var finished = false
  private var cancelled = false
  /// Emptied segment buffers, reused for the carry so that chunks are not allocated anew.
  private var spare: [[UInt8]] = []
  /// A read failure, reported by `next` as the end of the feed and kept for the reader.
  private(set) var failure: TableOpenError?

  /// A feed over `file` positioned after `first`, the text already read from it.
  init(file: FileChunkReader, first: [UInt8], chunkSize: Int, atEnd: Bool) {
    self.file = file
    self.chunkSize = chunkSize
    carry = first
    reachedEnd = atEnd
  }

  /// How many segments were handed out once the feed finished, else nil.
  var count: Int? {
    lock.lock()
    defer { lock.unlock() }
    return finished ? nextIndex : nil
  }

  /// Stops handing out segments.
  func cancel() {
    lock.lock()
    cancelled = true
    lock.unlock()
  }

  /// Takes back the buffer of a segment whose rows were delivered.
  func recycle(_ bytes: [UInt8]) {
    lock.lock()
    // The opening read's larger buffer is let go rather than kept in circulation.
    if spare.count < TableReader.segmentSinks + 1, bytes.capacity <= 2 * chunkSize + 64 {
      spare.append(bytes)
    }
    lock.unlock()
  }

  /// The next segment, or nil at the end (or after `cancel`).
  func next() -> Segment? {
    lock.lock()
    defer { lock.unlock() }
    guard !finished, !cancelled else { return nil }
    while true {
      if carry.count >= chunkSize || reachedEnd, let cut = lastCut(before: min(carry.count, 2 * chunkSize)) {
        if reachedEnd && cut == carry.count { return take(carry.count, isLast: true) }
        return take(cut, isLast: false)
      }
      if reachedEnd {
        finished = true
        if carry.isEmpty { return nil }
        return take(carry.count, isLast: true)
      }
      if carry.count > 4 * chunkSize {
        // No row boundary in four chunks: leave the rest to one sequential parser.
        finished = true
        defer { nextIndex += 1 }
        return Segment(index: nextIndex, textStart: carryStart, bytes: [], isLast: true, sequential: true)
      }
      readChunk()
      if finished { return nil }
    }
  }

  /// Hands out the first `count` bytes of the carry as the next segment.
  private func take(_ count: Int, isLast: Bool) -> Segment {
    var rest = spare.popLast() ?? []
    rest.removeAll(keepingCapacity: true)
    rest.append(contentsOf: carry[count...])
    var bytes = carry
    carry = rest  // before trimming `bytes`, so that it owns its storage alone (no copy)
    bytes.removeSubrange(count...)
    // A cut lies where an even number of quotes came before; after the end nothing is left.
    oddQuotes = false
    defer {
      carryStart += count
      nextIndex += 1
      if isLast { finished = true }
    }
    return Segment(index: nextIndex, textStart: carryStart, bytes: bytes, isLast: isLast)
  }

  /// Appends up to one chunk from the file to the carry.
  private func readChunk() {
    let old = carry.count
    // Every buffer gets the same capacity, so recycled ones never grow (a new allocation in a
    // worker's malloc arena would not be reused by the others, and memory would creep up).
    carry.reserveCapacity(max(old + chunkSize, 2 * chunkSize))
    carry.append(contentsOf: repeatElement(0, count: chunkSize))
    var got = 0
    do {
      got = try carry.withUnsafeMutableBytes { buffer throws(TableOpenError) in
        try file.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[old...]))
      }
    } catch {
      // Nothing more is handed out: the rows of a half-read buffer are not rows of the file.
      failure = (error as? TableOpenError) ?? .unreadable(code: 0, message: "\(error)")
      finished = true
    }
    carry.removeSubrange((old + got)...)
    if got < chunkSize { reachedEnd = true }
  }

  /// The end of the last row that ends before `limit` in the carry (just after a line feed with
  /// an even number of quotes before it), or nil when there is none. The limit keeps segments
  /// near their length when the carry is longer (the first chunk read at opening).
  private func lastCut(before limit: Int) -> Int? {
    carry.withUnsafeBytes { bytes -> Int? in
      guard bytes.baseAddress != nil else { return nil }
      var end = limit
      // Quotes in the carry up to `end`, and so the parity at each candidate line feed.
      var odd = oddQuotes != Self.quoteCountIsOdd(bytes, upTo: end)
      while let newline = Self.lastLineFeed(bytes, before: end) {
        // Remove the quotes after this line feed from the count.
        odd =
          odd
          != Self.quoteCountIsOdd(UnsafeRawBufferPointer(rebasing: bytes[newline..<end]), upTo: end - newline)
        if !odd { return newline + 1 }
        end = newline
      }
      return nil
    }
  }

  /// The offset of the last line feed before `end` (rows are short: a few dozen bytes back).
  static func lastLineFeed(_ bytes: UnsafeRawBufferPointer, before end: Int) -> Int? {
    var index = end - 1
    while index >= 0 {
      if bytes[index] == 0x0A { return index }
      index -= 1
    }
    return nil
  }

  /// Whether the first `count` bytes hold an odd number of `"`.
  static func quoteCountIsOdd(_ bytes: UnsafeRawBufferPointer, upTo count: Int) -> Bool {
    guard let base = bytes.baseAddress, count > 0, memchr(base, 0x22, count) != nil else { return false }
    var quotes = 0
    for index in 0..<count where bytes[index] == 0x22 { quotes &+= 1 }
    return quotes & 1 == 1
  }

  static func quoteCountIsOdd(_ bytes: [UInt8], upTo count: Int) -> Bool {
    bytes.withUnsafeBytes { quoteCountIsOdd($0, upTo: count) }
  }
}
