extension TextEncoding {
  /// The bytes of `text` in this encoding; characters the code page lacks become `?`.
  ///
  /// Used to write exports the way other tools do (test fixtures, `sample-data`); a UTF-16
  /// result has no byte-order mark — prepend `byteOrderMark` when wanted.
  public func encode(_ text: String) -> [UInt8] {
    switch self {
    case .utf8:
      return Array(text.utf8)
    case .utf16le, .utf16be:
      var bytes: [UInt8] = []
      bytes.reserveCapacity(text.utf16.count * 2)
      for unit in text.utf16 {
        let high = UInt8(unit >> 8)
        let low = UInt8(unit & 0xFF)
        if self == .utf16le {
          bytes.append(low)
          bytes.append(high)
        } else {
          bytes.append(high)
          bytes.append(low)
        }
      }
      return bytes
    case .windows1251, .koi8r:
      let table = self == .windows1251 ? Self.windows1251Encoder : Self.koi8rEncoder
      var bytes: [UInt8] = []
      bytes.reserveCapacity(text.utf8.count)
      for scalar in text.unicodeScalars {
        if scalar.value < 0x80 {
          bytes.append(UInt8(scalar.value))
        } else {
          bytes.append(table[scalar.value] ?? UInt8(ascii: "?"))
        }
      }
      return bytes
    }
  }

  /// The byte-order mark of this encoding (empty for the single-byte code pages).
  public var byteOrderMark: [UInt8] {
    switch self {
    case .utf8: [0xEF, 0xBB, 0xBF]
    case .utf16le: [0xFF, 0xFE]
    case .utf16be: [0xFE, 0xFF]
    case .windows1251, .koi8r: []
    }
  }

  private static let windows1251Encoder = inverse(SingleByteTables.windows1251)
  private static let koi8rEncoder = inverse(SingleByteTables.koi8r)

  private static func inverse(_ table: [UInt16]) -> [UInt32: UInt8] {
    var result: [UInt32: UInt8] = [:]
    for (offset, scalar) in table.enumerated() where scalar != 0xFFFD {
      result[UInt32(scalar)] = UInt8(0x80 + offset)
    }
    return result
  }
}
