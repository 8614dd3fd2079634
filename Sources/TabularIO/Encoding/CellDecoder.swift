/// Turns the raw bytes of one cell into a `String` for a given encoding.
///
/// UTF-16 files are transcoded to UTF-8 before parsing, so a decoder only ever sees UTF-8 or a
/// single-byte Cyrillic code page. Only the cells a caller actually uses are decoded. The value
/// is trivial (no references), so it travels with every row at no cost.
public struct CellDecoder: Sendable, Equatable {
  /// The encoding of the bytes handed to `decode` (UTF-16 files decode as UTF-8).
  public let encoding: TextEncoding

  /// Creates a decoder for bytes in `encoding`.
  public init(encoding: TextEncoding) {
    self.encoding = encoding
  }

  /// Decodes `bytes`; invalid UTF-8 becomes U+FFFD rather than failing.
  public func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    switch encoding {
    case .utf8, .utf16le, .utf16be:
      return String(decoding: bytes, as: UTF8.self)
    case .windows1251:
      return Self.decodeSingleByte(bytes, Self.windows1251UTF8)
    case .koi8r:
      return Self.decodeSingleByte(bytes, Self.koi8rUTF8)
    }
  }

  /// Decodes an array of bytes (convenience for tests and small inputs).
  public func decode(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { decode($0) }
  }

  private static func decodeSingleByte(_ bytes: UnsafeBufferPointer<UInt8>, _ upperHalf: [UInt32]) -> String {
    String(unsafeUninitializedCapacity: bytes.count * 3) { out in
      var written = 0
      for byte in bytes {
        if byte < 0x80 {
          out[written] = byte
          written += 1
        } else {
          let packed = upperHalf[Int(byte) - 0x80]
          out[written] = UInt8(truncatingIfNeeded: packed)
          out[written + 1] = UInt8(truncatingIfNeeded: packed >> 8)
          if packed >> 24 == 3 {
            out[written + 2] = UInt8(truncatingIfNeeded: packed >> 16)
            written += 3
          } else {
            written += 2
          }
        }
      }
      return written
    }
  }

  /// UTF-8 for each byte 0x80…0xFF, packed little-endian in the low 3 bytes, length in the top.
  private static let windows1251UTF8 = utf8Table(SingleByteTables.windows1251)
  private static let koi8rUTF8 = utf8Table(SingleByteTables.koi8r)

  private static func utf8Table(_ scalars: [UInt16]) -> [UInt32] {
    scalars.map { scalar in
      let value = UInt32(scalar)
      if value < 0x800 {
        return (2 << 24) | (0xC0 | (value >> 6)) | ((0x80 | (value & 0x3F)) << 8)
      }
      let b0 = 0xE0 | (value >> 12)
      let b1 = 0x80 | ((value >> 6) & 0x3F)
      let b2 = 0x80 | (value & 0x3F)
      return (3 << 24) | b0 | (b1 << 8) | (b2 << 16)
    }
  }
}
