extension MarkParser {
  /// Why a byte scan stopped.
  enum ScanFailure: Equatable {
    /// A well-formed number outside the scale, at these byte offsets.
    case outOfRange(Range<Int>)
    /// A malformed piece at these byte offsets.
    case invalid(Range<Int>)
    /// A byte ≥ 0x80.
    case nonASCII
  }

  /// Parses an ASCII-only grades cell straight from its bytes, without making a `String`.
  ///
  /// Returns `nil` when a byte is not ASCII or the cell is not valid marks; the caller then uses
  /// `parse(_:)`, which gives the same marks for every ASCII cell it accepts and the reason for
  /// the ones it rejects.
  public static func parseASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> [MarkValue]? {
    var start = 0
    var end = bytes.count
    while start < end, isSpace(bytes[start]) { start += 1 }
    while end > start, isSpace(bytes[end - 1]) { end -= 1 }
    if start == end || (end - start == 1 && bytes[start] == UInt8(ascii: "-")) { return [] }
    var values: [MarkValue] = []
    values.reserveCapacity(2)
    guard scan(bytes, into: &values) == nil, !values.isEmpty else { return nil }
    return values
  }

  /// ASCII whitespace, as `Character.isWhitespace` sees it.
  @inline(__always)
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= 0x30 && byte <= 0x39
  }

  /// Whether the byte at `index` separates marks (a comma only when not between two digits).
  @inline(__always)
  static func isSeparator(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
    switch bytes[index] {
    case UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: ";"):
      return true
    case UInt8(ascii: ","):
      let between =
        index > 0 && index + 1 < bytes.count && isDigit(bytes[index - 1]) && isDigit(bytes[index + 1])
      return !between
    case let byte:
      return isSpace(byte)
    }
  }

  /// Appends the numeric marks of an ASCII byte run to `values`; returns why it stopped early.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into values: inout [MarkValue]) -> ScanFailure? {
    var index = 0
    while index < bytes.count {
      if bytes[index] >= 0x80 { return .nonASCII }
      if isSeparator(bytes, index) {
        index += 1
        continue
      }
      var end = index
      while end < bytes.count, bytes[end] < 0x80, !isSeparator(bytes, end) { end += 1 }
      if end < bytes.count, bytes[end] >= 0x80 { return .nonASCII }
      switch number(bytes, index..<end) {
      case .some(.some(let value)): values.append(.numeric(value))
      case .some(.none): return .outOfRange(index..<end)
      case .none: return .invalid(index..<end)
      }
      index = end
    }
    return nil
  }

  /// Reads one token: `nil` when malformed, `.some(nil)` when out of range, else the value.
  ///
  /// Grammar: digits, then either a decimal separator and digits, or an optional `+`/`-`.
  static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double?? {
    var index = range.lowerBound
    var mantissa = 0
    var digits = 0
    while index < range.upperBound, isDigit(bytes[index]) {
      if digits < 16 { mantissa = mantissa * 10 + Int(bytes[index] - 0x30) }
      digits += 1
      index += 1
    }
    guard digits > 0 else { return nil }
    if index == range.upperBound || (index + 1 == range.upperBound && isSign(bytes[index])) {
      guard digits <= 3, (1...5).contains(mantissa) else { return .some(nil) }
      return .some(Double(mantissa))
    }
    guard bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: ".") else { return nil }
    index += 1
    var scale = 1.0
    var fractionDigits = 0
    while index < range.upperBound, isDigit(bytes[index]) {
      mantissa = mantissa &* 10 &+ Int(bytes[index] - 0x30)
      scale *= 10
      fractionDigits += 1
      digits += 1
      index += 1
    }
    guard fractionDigits > 0, index == range.upperBound, digits <= 15 else { return nil }
    let value = Double(mantissa) / scale
    return (1.0...5.0).contains(value) ? .some(value) : .some(nil)
  }

  @inline(__always)
  static func isSign(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
  }
}
