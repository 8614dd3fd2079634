/// Detects the encoding of a file from its first bytes (data contract §2).
///
/// Order: a byte-order mark; valid UTF-8; otherwise Windows-1251, or KOI8-R when Russian letter
/// statistics fit it better. Pure ASCII proves nothing, so the detector can be fed chunk after
/// chunk until the first non-ASCII byte decides it.
public enum EncodingDetector {
  /// What a prefix of a file says about its encoding.
  public enum Verdict: Equatable, Sendable {
    /// Only ASCII so far: any ASCII-compatible encoding reads it the same.
    case undecided
    /// The encoding is known.
    case decided(TextEncoding)
  }

  /// The encoding announced by a byte-order mark at the start of `bytes`, and the mark's length.
  public static func byteOrderMark(_ bytes: UnsafeRawBufferPointer) -> (TextEncoding, Int)? {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (.utf8, 3) }
    if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.utf16le, 2) }
    if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.utf16be, 2) }
    return nil
  }

  /// UTF-16 without a mark: a file of mostly Latin/Cyrillic text has a zero byte in every other
  /// position (high bytes for ASCII) or 0x04 (Cyrillic). Returns nil when the pattern is absent.
  public static func unmarkedUTF16(_ bytes: UnsafeRawBufferPointer) -> TextEncoding? {
    let pairs = min(bytes.count / 2, 4096)
    guard pairs >= 4 else { return nil }
    var evenZero = 0
    var oddZero = 0
    for index in 0..<pairs {
      if bytes[2 * index] == 0 || bytes[2 * index] == 0x04 { evenZero += 1 }
      if bytes[2 * index + 1] == 0 || bytes[2 * index + 1] == 0x04 { oddZero += 1 }
    }
    if oddZero * 10 >= pairs * 9, evenZero * 10 < pairs { return .utf16le }
    if evenZero * 10 >= pairs * 9, oddZero * 10 < pairs { return .utf16be }
    return nil
  }

  /// Classifies an ASCII-compatible stretch of a file. `isComplete` says nothing follows it, so
  /// pure ASCII is final (reported as UTF-8). A stretch whose only non-ASCII bytes are a UTF-8
  /// sequence cut at its end stays undecided: `undecidedTail` then gives the offset where that
  /// cut sequence starts, and the caller prepends those bytes to the next stretch.
  public static func classify(_ bytes: UnsafeRawBufferPointer, isComplete: Bool) -> Verdict {
    classifyWithTail(bytes, isComplete: isComplete).verdict
  }

  /// `classify` plus the offset of a cut UTF-8 sequence at the end when undecided because of it.
  public static func classifyWithTail(_ bytes: UnsafeRawBufferPointer, isComplete: Bool)
    -> (verdict: Verdict, undecidedTail: Int?)
  {
    guard let firstHigh = firstNonASCII(bytes) else {
      return (isComplete ? .decided(.utf8) : .undecided, nil)
    }
    switch utf8Status(bytes, from: firstHigh) {
    case .valid:
      return (.decided(.utf8), nil)
    case .validUpToCutTail(let tail, let sawComplete):
      if isComplete { return (.decided(cyrillicCodePage(bytes)), nil) }
      return sawComplete ? (.decided(.utf8), nil) : (.undecided, tail)
    case .invalid:
      return (.decided(cyrillicCodePage(bytes)), nil)
    }
  }

  enum UTF8Status: Equatable {
    case valid
    /// Valid, but the last sequence is cut at `tail`; `sawComplete` if a whole one came before.
    case validUpToCutTail(Int, sawComplete: Bool)
    case invalid
  }

  /// Strict UTF-8 validation (no overlongs, no surrogates, ≤ U+10FFFF).
  static func utf8Status(_ bytes: UnsafeRawBufferPointer, from start: Int) -> UTF8Status {
    var index = start
    var sawComplete = false
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; lower = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; upper = 0x9F
      case 0xF0: length = 4; lower = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; upper = 0x8F
      default: return .invalid
      }
      if index + length > count {
        return continuationsValid(bytes, index + 1, count, lower, upper)
          ? .validUpToCutTail(index, sawComplete: sawComplete) : .invalid
      }
      if !continuationsValid(bytes, index + 1, index + length, lower, upper) { return .invalid }
      sawComplete = true
      index += length
    }
    return .valid
  }

  /// Index of the first byte ≥ 0x80, scanning eight bytes at a time.
  static func firstNonASCII(_ bytes: UnsafeRawBufferPointer) -> Int? {
    var index = 0
    let count = bytes.count
    while index + 8 <= count {
      let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      if word & 0x8080_8080_8080_8080 != 0 { break }
      index += 8
    }
    while index < count {
      if bytes[index] >= 0x80 { return index }
      index += 1
    }
    return nil
  }

  private static func continuationsValid(
    _ bytes: UnsafeRawBufferPointer, _ from: Int, _ to: Int, _ lower: UInt8, _ upper: UInt8
  ) -> Bool {
    var index = from
    while index < to {
      let byte = bytes[index]
      let (low, high) = index == from ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
      if byte < low || byte > high { return false }
      index += 1
    }
    return true
  }

  /// Chooses Windows-1251 or KOI8-R by which reading gives more Russian-looking text.
  ///
  /// Each reading scores the frequency of its letters in Russian plus one point for every
  /// capitalised word («Иванов») and minus one for every inverted one («иВАНОВ»): the wrong code
  /// page swaps the cases of Cyrillic letters, so names give it away.
  static func cyrillicCodePage(_ bytes: UnsafeRawBufferPointer) -> TextEncoding {
    let cp1251 = score(bytes, table: SingleByteTables.windows1251)
    let koi8 = score(bytes, table: SingleByteTables.koi8r)
    return koi8 > cp1251 ? .koi8r : .windows1251
  }

  /// How much of a stretch the letter statistics look at: plenty of names for a verdict.
  static let scoredBytes = 64 << 10

  private static func score(_ bytes: UnsafeRawBufferPointer, table: [UInt16]) -> Double {
    var total = 0.0
    var wordLength = 0
    var firstUpper = false
    var restUpper = 0
    var restLower = 0
    func closeWord() {
      if wordLength >= 2 {
        let rest = wordLength - 1
        if firstUpper && restLower == rest { total += 1 }
        if !firstUpper && restUpper == rest { total -= 1 }
      }
      wordLength = 0
      restUpper = 0
      restLower = 0
    }
    for byte in bytes.prefix(scoredBytes) {
      guard byte >= 0x80 else {
        closeWord()
        continue
      }
      let scalar = table[Int(byte) - 0x80]
      let isUpper = (0x0410...0x042F).contains(scalar) || scalar == 0x0401
      let isLower = (0x0430...0x044F).contains(scalar) || scalar == 0x0451
      guard isUpper || isLower else {
        closeWord()
        continue
      }
      let folded = isUpper ? (scalar == 0x0401 ? 0x0451 : scalar + 0x20) : scalar
      total += russianFrequency(folded)
      if wordLength == 0 {
        firstUpper = isUpper
      } else if isUpper {
        restUpper += 1
      } else {
        restLower += 1
      }
      wordLength += 1
    }
    closeWord()
    return total
  }

  /// Relative frequency of a lowercase Russian letter in ordinary text (а…я, then ё).
  private static func russianFrequency(_ scalar: UInt16) -> Double {
    if scalar == 0x0451 { return 0.0004 }
    let index = Int(scalar) - 0x0430
    return index >= 0 && index < letterFrequencies.count ? letterFrequencies[index] : 0
  }

  private static let letterFrequencies: [Double] = [
    0.0801, 0.0159, 0.0454, 0.0170, 0.0298, 0.0845, 0.0094, 0.0165,  // а б в г д е ж з
    0.0735, 0.0121, 0.0349, 0.0440, 0.0321, 0.0670, 0.1097, 0.0281,  // и й к л м н о п
    0.0473, 0.0547, 0.0626, 0.0262, 0.0026, 0.0097, 0.0048, 0.0144,  // р с т у ф х ц ч
    0.0073, 0.0036, 0.0004, 0.0190, 0.0174, 0.0032, 0.0064, 0.0201,  // ш щ ъ ы ь э ю я
  ]
}
