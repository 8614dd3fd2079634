extension PersonName {
  /// `tokens(of:)` for the names schools usually write, by Unicode scalar instead of by
  /// `Character`; `nil` when `text` holds anything else.
  ///
  /// The simple alphabet is printable ASCII, tab, CR, LF and the Russian letters А–я, Ё, ё. Each
  /// of those is a whole `Character` and already NFC, so walking scalars gives exactly the words
  /// `tokensGeneral(of:)` gives, while grapheme breaking, normalization checks and per-character
  /// set lookups — most of the time spent reading a roster — are skipped. A test checks the two
  /// agree on random text from a mixed alphabet.
  static func simpleTokens(of text: String) -> [Part]? {
    var raw: [String] = []
    // The word being read, as UTF-8 (every simple letter is below U+0800).
    var current: [UInt8] = []
    var depth = 0
    func flush() {
      if !current.isEmpty { raw.append(String(decoding: current, as: UTF8.self)) }
      current.removeAll(keepingCapacity: true)
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value >= 0x80 {
        guard Self.isSimpleCyrillic(value) else { return nil }
        if depth == 0 {
          current.append(UInt8(0xC0 | (value >> 6)))
          current.append(UInt8(0x80 | (value & 0x3F)))
        }
        continue
      }
      guard value >= 0x20 || value == 0x09 || value == 0x0A || value == 0x0D, value != 0x7F else {
        return nil
      }
      switch scalar {
      case "(", "[":
        depth += 1
        flush()
      case ")", "]":
        depth = max(0, depth - 1)
      case _ where depth > 0:
        continue
      case "a"..."z", "A"..."Z", "0"..."9":
        current.append(UInt8(value))
      case "-":
        if current.isEmpty {
          if raw.last != "-" { raw.append("-") }
        } else {
          current.append(UInt8(value))
        }
      case "\"", "'", "`":
        continue
      default:
        flush()
      }
    }
    flush()
    return mergeDashes(raw).compactMap(simplePart)
  }

  /// А–я, Ё, ё: the Cyrillic letters of the simple alphabet.
  @inline(__always)
  static func isSimpleCyrillic(_ value: UInt32) -> Bool {
    (0x0410...0x044F).contains(value) || value == 0x0401 || value == 0x0451
  }

  /// `makePart` for a word of the simple alphabet's letters, digits and inner hyphens.
  static func simplePart(_ word: String) -> Part? {
    // Lowercase.
    var lower = word.unicodeScalars.map { scalar -> UInt32 in
      let value = scalar.value
      switch value {
      case 0x41...0x5A: return value + 0x20
      case 0x0410...0x042F: return value + 0x20
      case 0x0401: return 0x0451
      default: return value
      }
    }
    let isLetter = { (value: UInt32) in
      (0x61...0x7A).contains(value) || (0x0430...0x044F).contains(value) || value == 0x0451
    }
    guard lower.contains(where: isLetter) else { return nil }
    // Latin look-alikes inside a word with a Cyrillic letter.
    if lower.contains(where: { $0 >= 0x0430 }) {
      lower = lower.map { Self.cyrillicTwin[$0] ?? $0 }
    }
    let key = Self.string(lower.map { $0 == 0x0451 ? 0x0435 : $0 })
    let lowerText = Self.string(lower)
    if lower.count == 1 {  // one letter: an initial
      return Part(key: key, display: Self.string([Self.upper(lower[0]), 0x2E]), isInitial: true)
    }
    if lowercaseParticleLengths.contains(lower.count), lowercaseParticles.contains(lowerText) {
      return Part(key: key, display: lowerText, isInitial: false)
    }
    var display = lower
    for index in display.indices where index == 0 || display[index - 1] == 0x2D {
      display[index] = Self.upper(display[index])
    }
    return Part(key: key, display: Self.string(display), isInitial: false)
  }

  /// How many letters the lowercase particles have: other words skip hashing into the set.
  static let lowercaseParticleLengths: ClosedRange<Int> =
    (lowercaseParticles.map(\.count).min() ?? 0)...(lowercaseParticles.map(\.count).max() ?? 0)

  /// The Cyrillic twins of the Latin look-alikes, by scalar value (see `TextNormalizer`).
  static let cyrillicTwin: [UInt32: UInt32] = Dictionary(
    uniqueKeysWithValues: TextNormalizer.latinLookalikes.map { latin, cyrillic in
      (latin.unicodeScalars.first!.value, cyrillic.unicodeScalars.first!.value)
    })

  @inline(__always)
  static func upper(_ value: UInt32) -> UInt32 {
    switch value {
    case 0x61...0x7A, 0x0430...0x044F: value - 0x20
    case 0x0451: 0x0401
    default: value
    }
  }

  /// The text of scalar values below U+0800 (ASCII and Cyrillic), encoded as UTF-8 in one go:
  /// appending scalars to a `String` one by one cost thousands of instructions per name.
  static func string(_ values: [UInt32]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(2 * values.count)
    for value in values {
      if value < 0x80 {
        bytes.append(UInt8(value))
      } else if value < 0x800 {
        bytes.append(UInt8(0xC0 | (value >> 6)))
        bytes.append(UInt8(0x80 | (value & 0x3F)))
      } else {
        return String(String.UnicodeScalarView(values.map { Unicode.Scalar($0)! }))
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
