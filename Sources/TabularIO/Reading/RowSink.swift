import CLibCSV

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where libcsv's callbacks put what they parse: plain memory reached through a pointer.
///
/// The callbacks only copy field bytes into `bytes`, record where each field and row ends, and
/// count lines. No class, no reference counting, no `String`: this keeps the Swift reader close
/// to libcsv's own speed. Complete rows are handed to the caller after each `csv_parse` call and
/// the unfinished row is moved to the front (`compact`).
struct RowSink {
  /// Field bytes of the rows parsed so far, back to back.
  var bytes: UnsafeMutablePointer<UInt8>
  var byteCapacity: Int
  var byteCount = 0
  /// End offset (into `bytes`) of every field.
  var fieldEnds: UnsafeMutablePointer<Int>
  var fieldCapacity: Int
  var fieldCount = 0
  /// For every complete row: one past its last field index, and its first physical line.
  var rowFieldEnds: UnsafeMutablePointer<Int>
  var rowLines: UnsafeMutablePointer<Int>
  var rowCapacity: Int
  var rowCount = 0
  /// Index of the first field and first byte of the row being parsed.
  var rowFirstField = 0
  var rowFirstByte = 0
  /// Physical line (1-based) where the parser stands, not counting the field being parsed.
  var line = 1
  /// Line where the last completed row started.
  var rowStartLine = 1
  /// Rows that had only empty fields (skipped, counted).
  var blankRows = 0
  /// The last terminator was a carriage return: a line feed right after it ends nothing new.
  var pendingCarriageReturn = false
  /// Growing a buffer failed (out of memory): parsing stops.
  var allocationFailed = false

  /// Allocates the buffers for about `chunkSize` bytes of input.
  static func allocate(chunkSize: Int) -> UnsafeMutablePointer<RowSink> {
    let byteCapacity = max(chunkSize * 2, 4096)
    let fieldCapacity = max(chunkSize / 4, 1024)
    let rowCapacity = max(chunkSize / 16, 256)
    let sink = UnsafeMutablePointer<RowSink>.allocate(capacity: 1)
    sink.initialize(
      to: RowSink(
        bytes: cAllocate(byteCapacity), byteCapacity: byteCapacity,
        fieldEnds: cAllocate(fieldCapacity), fieldCapacity: fieldCapacity,
        rowFieldEnds: cAllocate(rowCapacity), rowLines: cAllocate(rowCapacity),
        rowCapacity: rowCapacity))
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

  /// Copies one field (libcsv's `cb1`).
  @inline(__always)
  mutating func appendField(_ data: UnsafeRawPointer?, _ length: Int) {
    if byteCount + length > byteCapacity, !Self.grow(&bytes, &byteCapacity, to: byteCount + length) {
      allocationFailed = true
      return
    }
    if fieldCount == fieldCapacity, !Self.grow(&fieldEnds, &fieldCapacity, to: fieldCount + 1) {
      allocationFailed = true
      return
    }
    if length > 0, let data {
      memcpy(bytes + byteCount, data, length)
      byteCount &+= length
    }
    fieldEnds[fieldCount] = byteCount
    fieldCount &+= 1
  }

  /// Ends a row or reports a bare line break (libcsv's `cb2` with `CSV_REPALL_NL`).
  @inline(__always)
  mutating func endRow(_ terminator: Int32) {
    let hasFields = fieldCount > rowFirstField
    if !hasFields && terminator == 0x0A && pendingCarriageReturn {
      pendingCarriageReturn = false  // the LF of a CRLF
      return
    }
    if hasFields {
      // Lines only move here, so the row started on the current line.
      rowStartLine = line
      line += newlines(from: rowFirstByte, to: byteCount)
      if isBlank() {
        blankRows += 1
        fieldCount = rowFirstField
        byteCount = rowFirstByte
      } else {
        if rowCount == rowCapacity {
          let wanted = rowCount + 1
          var lineCapacity = rowCapacity
          if !Self.grow(&rowLines, &lineCapacity, to: wanted)
            || !Self.grow(&rowFieldEnds, &rowCapacity, to: wanted)
          {
            allocationFailed = true
            return
          }
        }
        rowFieldEnds[rowCount] = fieldCount
        rowLines[rowCount] = rowStartLine
        rowCount += 1
        rowFirstField = fieldCount
        rowFirstByte = byteCount
      }
    }
    if terminator == 0x0A || terminator == 0x0D { line += 1 }
    pendingCarriageReturn = terminator == 0x0D
  }

  /// Whether every field of the row being closed is empty.
  private func isBlank() -> Bool {
    byteCount == rowFirstByte
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
    if carriedBytes > next.pointee.byteCapacity,
      !Self.grow(&next.pointee.bytes, &next.pointee.byteCapacity, to: carriedBytes)
    {
      next.pointee.allocationFailed = true
    } else if carriedFields > next.pointee.fieldCapacity,
      !Self.grow(&next.pointee.fieldEnds, &next.pointee.fieldCapacity, to: carriedFields)
    {
      next.pointee.allocationFailed = true
    } else {
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
    next.pointee.allocationFailed = next.pointee.allocationFailed || allocationFailed
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

  private static func grow<T>(_ buffer: inout UnsafeMutablePointer<T>, _ capacity: inout Int, to needed: Int)
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

/// libcsv's end-of-field callback: copies the field into the sink passed as `context`.
let rowSinkFieldCallback: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
  data, length, context in
  context.unsafelyUnwrapped.assumingMemoryBound(to: RowSink.self).pointee.appendField(data, length)
}

/// libcsv's end-of-row callback: closes the row in the sink passed as `context`.
let rowSinkRowCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { terminator, context in
  context.unsafelyUnwrapped.assumingMemoryBound(to: RowSink.self).pointee.endRow(terminator)
}
