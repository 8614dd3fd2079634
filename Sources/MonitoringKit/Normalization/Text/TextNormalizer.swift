import TabularIO
import Foundation

/// Shared character-level helpers for the normalisers (internal).
///
/// Keeps the look-alike table, the whitespace and dash sets and the keyword form in one place so
/// that names, classes, marks and vocabulary fold text the same way.
enum TextNormalizer {
  /// Lowercase Latin letters that look like Cyrillic ones, and their Cyrillic twins.
  ///
  /// Uppercase B, H, M, T, K lowercase to b, h, m, t, k, whose capitals look like В, Н, М, Т, К.
  static let latinLookalikes: [Character: Character] = [
    "a": "а", "b": "в", "c": "с", "e": "е", "h": "н", "k": "к", "m": "м", "o": "о", "p": "р",
    "t": "т", "x": "х", "y": "у",
  ]

  /// Characters removed outright: zero-width spaces and joiners, the BOM, soft hyphens.
  static let invisible: Set<Character> = [
    "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}",
  ]

  /// Dash-like characters treated as a plain hyphen-minus.
  static let dashes: Set<Character> = [
    "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}",
  ]

  /// Quotation marks of every kind that Russian text uses.
  static let quotes: Set<Character> = [
    "\"", "'", "«", "»", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2018}", "\u{2019}", "\u{201A}",
    "\u{2039}", "\u{203A}", "`", "\u{00B4}",
  ]

  /// Whether a character is whitespace (Unicode White_Space: includes NBSP U+00A0 and U+202F).
  static func isSpace(_ character: Character) -> Bool {
    character.isWhitespace
  }

  /// Whether a character is a Cyrillic letter (U+0400–U+04FF).
  static func isCyrillic(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first else { return false }
    return (0x0400...0x04FF).contains(scalar.value) && character.isLetter
  }

  /// Replaces Latin look-alikes in an already lowercased word that contains a Cyrillic letter.
  static func foldLookalikes(_ word: String) -> String {
    guard word.contains(where: isCyrillic), word.contains(where: { latinLookalikes[$0] != nil }) else {
      return word
    }
    return String(word.map { latinLookalikes[$0] ?? $0 })
  }

  /// Trims and collapses whitespace runs into one space, removing invisible characters.
  static func collapseSpaces(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for character in text {
      if invisible.contains(character) { continue }
      if isSpace(character) {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace {
        result.append(" ")
        pendingSpace = false
      }
      result.append(character)
    }
    return result
  }

  /// The form used to compare free-text values with keyword tables.
  ///
  /// NFC, lowercase, `ё→е`, quotes removed, dash variants become `-` with no spaces around
  /// them, whitespace collapsed, Latin look-alikes folded inside Cyrillic words.
  static func keywordForm(_ text: String) -> String {
    var buffer = ""
    for character in UnicodeNFC.normalize(text).lowercased() {
      if quotes.contains(character) { continue }
      if dashes.contains(character) {
        buffer.append("-")
      } else if character == "ё" {
        buffer.append("е")
      } else {
        buffer.append(character)
      }
    }
    let words = collapseSpaces(buffer).split(separator: " ").map { foldLookalikes(String($0)) }
    var joined = ""
    for word in words {
      if !joined.isEmpty, joined.last != "-", word != "-", !word.hasPrefix("-") {
        joined.append(" ")
      }
      joined += word
    }
    return joined
  }

  /// The runs of letters in the keyword form of `text` (digits and punctuation split words).
  static func letterWords(_ text: String) -> [String] {
    keywordForm(text).split(whereSeparator: { !$0.isLetter }).map(String.init)
  }
}
