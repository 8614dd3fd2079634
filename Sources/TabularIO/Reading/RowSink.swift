import CLibCSV

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where libcsv's callbacks put what they parse: plain memory reached through a pointer.
///
/// The struct and its two callbacks (`nastavnik_sink_field`, `nastavnik_sink_row`) live in
/// `CLibCSV/shim.h`: they only copy field bytes, record where each field and row ends, and count
/// lines — no class, no reference counting, no `String`, no Swift thunk per field. Complete rows
/// are handed on after each `csv_parse` call; the unfinished row moves to the front (`compact`)
/// or to the next sink (`moveUnfinishedRow`). Everything below is off the hot path.
typealias RowSink = nastavnik_row_sink

extension RowSink {
  /// Allocates the buffers for about `chunkSize` bytes of input.
  static func allocate(chunkSize: Int) -> UnsafeMutablePointer<RowSink> {
    let byteCapacity = max(chunkSize * 2, 4096)
    let fieldCapacity = max(chunkSize / 4, 1024)
    let rowCapacity = max(chunkSize / 16, 256)
    let sink = UnsafeMutablePointer<RowSink>.allocate(capacity: 1)
    sink.initialize(
      to: RowSink(
        bytes: cAllocate(byteCapacity), byteCapacity: byteCapacity, byteCount: 0,
        fieldEnds: cAllocate(fieldCapacity), fieldCapacity: fieldCapacity, fieldCount: 0,
        rowFieldEnds: cAllocate(rowCapacity), rowLines: cAllocate(rowCapacity), rowCapacity: rowCapacity,
        rowCount: 0, rowFirstField: 0, rowFirstByte: 0, line: 1, rowStartLine: 1, blankRows: 0,
        pendingCarriageReturn: false, allocationFailed: false, quoteFree: false, parser: nil))
    return sink
  }

  /// Frees the buffers (the pointer itself is freed by the owner).
  func deallocateBuffers() {
    free(bytes)
    free(fieldEnds)
    free(rowFieldEnds)
    free(rowLines)
  }

  /// Allocates with `malloc`, since the buffers grow with `realloc` inside the callbacks.
  private static func cAllocate<T>(_ count: Int) -> UnsafeMutablePointer<T> {
    guard let raw = malloc(count * MemoryLayout<T>.stride) else {
      fatalError("out of memory allocating the CSV buffers")
    }
    return raw.assumingMemoryBound(to: T.self)
  }

  /// Line feeds inside the given byte range (quoted fields may hold them).
  func newlines(from start: Int, to end: Int) -> Int {
    var count = 0
    var cursor = UnsafeRawPointer(bytes + start)
    var remaining = end - start
    while remaining > 0, let hit = memchr(cursor, 0x0A, remaining) {
      count += 1
      let advance = UnsafeRawPointer(hit) - cursor + 1
      cursor += advance
      remaining -= advance
    }
    return count
  }

  /// Starts `next` (an idle sink) with this sink's unfinished row and line state, and leaves
  /// this sink holding only its complete rows — for handing them to another thread as they are.
  mutating func moveUnfinishedRow(to next: UnsafeMutablePointer<RowSink>) {
    let carriedFields = fieldCount - rowFirstField
    let carriedBytes = byteCount - rowFirstByte
    next.pointee.byteCount = 0
    next.pointee.fieldCount = 0
    next.pointee.rowCount = 0
    next.pointee.rowFirstField = 0
    next.pointee.rowFirstByte = 0
    var grown = true
    if carriedBytes > next.pointee.byteCapacity {
      grown = Self.grow(&next.pointee.bytes, &next.pointee.byteCapacity, to: carriedBytes)
    }
    if grown, carriedFields > next.pointee.fieldCapacity {
      grown = Self.grow(&next.pointee.fieldEnds, &next.pointee.fieldCapacity, to: carriedFields)
    }
    if grown {
      if carriedBytes > 0 { memcpy(next.pointee.bytes, bytes + rowFirstByte, carriedBytes) }
      for index in 0..<carriedFields {
        next.pointee.fieldEnds[index] = fieldEnds[rowFirstField + index] - rowFirstByte
      }
      next.pointee.byteCount = carriedBytes
      next.pointee.fieldCount = carriedFields
    }
    next.pointee.line = line
    next.pointee.rowStartLine = rowStartLine
    next.pointee.blankRows = blankRows
    next.pointee.pendingCarriageReturn = pendingCarriageReturn
    next.pointee.allocationFailed = !grown || allocationFailed
    byteCount = rowFirstByte
    fieldCount = rowFirstField
  }

  /// Moves the unfinished row to the front after its complete predecessors were delivered.
  mutating func compact() {
    let carriedFields = fieldCount - rowFirstField
    let carriedBytes = byteCount - rowFirstByte
    if rowFirstByte > 0 && carriedBytes > 0 {
      memmove(bytes, bytes + rowFirstByte, carriedBytes)
    }
    for index in 0..<carriedFields {
      fieldEnds[index] = fieldEnds[rowFirstField + index] - rowFirstByte
    }
    fieldCount = carriedFields
    byteCount = carriedBytes
    rowFirstField = 0
    rowFirstByte = 0
    rowCount = 0
  }

  private static func grow<T>(_ buffer: inout UnsafeMutablePointer<T>?, _ capacity: inout Int, to needed: Int)
    -> Bool
  {
    var newCapacity = max(capacity * 2, 16)
    while newCapacity < needed { newCapacity *= 2 }
    guard let raw = realloc(buffer, newCapacity * MemoryLayout<T>.stride) else { return false }
    buffer = raw.assumingMemoryBound(to: T.self)
    capacity = newCapacity
    return true
  }
}

/// libcsv's end-of-field callback (C, in the shim): copies the field into the sink.
let rowSinkFieldCallback: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void =
  nastavnik_sink_field

/// libcsv's end-of-row callback (C, in the shim): closes the row in the sink.
let rowSinkRowCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = nastavnik_sink_row
