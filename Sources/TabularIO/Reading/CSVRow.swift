/// One parsed row, as a view into the reader's buffer.
///
/// Valid only inside the closure it is handed to: the bytes are reused for the next chunk. Cells
/// are raw bytes in the file's encoding (UTF-8 for UTF-16 files); decode only what you use with
/// the reader's `CellDecoder`.
public struct CSVRow {
  @usableFromInline let base: UnsafePointer<UInt8>
  @usableFromInline let ends: UnsafePointer<Int>
  @usableFromInline let firstByte: Int
  /// Number of fields in the row.
  public let count: Int
  /// Physical line (1-based) on which the row starts.
  public let line: Int
  /// Record number (1-based) among the file's non-blank rows; the header is record 1.
  public let record: Int
  /// Decodes this row's cells (the file's encoding as known when the row was delivered).
  public let decoder: CellDecoder

  @usableFromInline
  init(
    base: UnsafePointer<UInt8>, ends: UnsafePointer<Int>, firstByte: Int, count: Int, line: Int, record: Int,
    decoder: CellDecoder
  ) {
    self.decoder = decoder
    self.base = base
    self.ends = ends
    self.firstByte = firstByte
    self.count = count
    self.line = line
    self.record = record
  }

  /// The bytes of field `index` (0-based); empty for a field past the end of the row.
  @inlinable
  public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
    guard index >= 0 && index < count else { return UnsafeBufferPointer(start: base, count: 0) }
    let start = index == 0 ? firstByte : ends[index - 1]
    return UnsafeBufferPointer(start: base + start, count: ends[index] - start)
  }

  /// Whether field `index` exists and holds at least one byte.
  @inlinable
  public func hasValue(at index: Int) -> Bool {
    self[index].count > 0
  }

  /// Decodes field `index` to a `String` (empty past the end of the row).
  public func string(at index: Int) -> String {
    decoder.decode(self[index])
  }

  /// Decodes every field (for headers, samples and tests — not for the hot path).
  public func strings() -> [String] {
    (0..<count).map { string(at: $0) }
  }
}
