/// Streams UTF-16 (LE or BE) into UTF-8, chunk by chunk.
///
/// A chunk may end in the middle of a code unit or between the two halves of a surrogate pair;
/// the transcoder keeps that remainder for the next chunk. An unpaired surrogate becomes U+FFFD.
public struct UTF16Transcoder: Sendable {
  /// Whether the input is big-endian.
  public let bigEndian: Bool
  private var pendingByte: UInt8?
  private var pendingHighSurrogate: UInt16?

  /// Creates a transcoder for little- (`bigEndian == false`) or big-endian input.
  public init(bigEndian: Bool) {
    self.bigEndian = bigEndian
  }

  /// Appends the UTF-8 for `input` to `output`, keeping an incomplete tail for the next call.
  public mutating func transcode(_ input: UnsafeRawBufferPointer, into output: inout [UInt8]) {
    output.reserveCapacity(output.count + input.count * 3 / 2 + 4)
    var index = 0
    if let first = pendingByte, input.count > 0 {
      pendingByte = nil
      let unit = bigEndian ? UInt16(first) << 8 | UInt16(input[0]) : UInt16(input[0]) << 8 | UInt16(first)
      consume(unit, into: &output)
      index = 1
    }
    while index + 1 < input.count {
      let a = UInt16(input[index])
      let b = UInt16(input[index + 1])
      consume(bigEndian ? a << 8 | b : b << 8 | a, into: &output)
      index += 2
    }
    if index < input.count {
      pendingByte = input[index]
    }
  }

  /// Flushes what is left at the end of the input (a lone surrogate or odd byte → U+FFFD).
  public mutating func finish(into output: inout [UInt8]) {
    if pendingHighSurrogate != nil || pendingByte != nil {
      append(0xFFFD, to: &output)
    }
    pendingHighSurrogate = nil
    pendingByte = nil
  }

  private mutating func consume(_ unit: UInt16, into output: inout [UInt8]) {
    if let high = pendingHighSurrogate {
      pendingHighSurrogate = nil
      if (0xDC00...0xDFFF).contains(unit) {
        let scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
        append(scalar, to: &output)
        return
      }
      append(0xFFFD, to: &output)
    }
    switch unit {
    case 0xD800...0xDBFF: pendingHighSurrogate = unit
    case 0xDC00...0xDFFF: append(0xFFFD, to: &output)
    default: append(UInt32(unit), to: &output)
    }
  }

  private func append(_ scalar: UInt32, to output: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
      output.append(UInt8(scalar))
    case 0x80..<0x800:
      output.append(UInt8(0xC0 | (scalar >> 6)))
      output.append(UInt8(0x80 | (scalar & 0x3F)))
    case 0x800..<0x10000:
      output.append(UInt8(0xE0 | (scalar >> 12)))
      output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      output.append(UInt8(0x80 | (scalar & 0x3F)))
    default:
      output.append(UInt8(0xF0 | (scalar >> 18)))
      output.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
      output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      output.append(UInt8(0x80 | (scalar & 0x3F)))
    }
  }
}
