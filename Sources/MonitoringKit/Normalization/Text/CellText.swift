import TabularIO
import Foundation

/// Cleans one table cell the way the data contract (§2 "Cells") prescribes.
///
/// The text is put in Unicode NFC, invisible characters (zero-width spaces, BOM, soft hyphens)
/// are removed, every whitespace run — including NBSP (U+00A0), narrow NBSP (U+202F), tabs and
/// line breaks — becomes one space, and the ends are trimmed. NBSP is treated as a space rather
/// than deleted so that «Иванов\u{00A0}Пётр» keeps two words; number parsers then accept spaces
/// as thousands separators. Placeholders that mean "no value" make the cell empty.
public enum CellText {
  /// Placeholders that mean an empty cell, compared after cleaning and lowercasing.
  public static let emptyMarkers: Set<String> = [
    "", "-", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{2011}", "н/д", "н.д.", "нет данных",
  ]

  /// The cleaned cell text, or `nil` when the cell is empty or a "no value" placeholder.
  public static func clean(_ text: String) -> String? {
    if let plain = alreadyClean(text) { return plain }
    let collapsed = TextNormalizer.collapseSpaces(UnicodeNFC.normalize(text))
    if collapsed.count <= 10, emptyMarkers.contains(collapsed.lowercased()) { return nil }
    return collapsed
  }

  /// The fast path for the usual cell: non-empty, no space at either end, no two spaces in a
  /// row, no control, NBSP, invisible or combining character, not a placeholder — then cleaning
  /// changes nothing and the text is returned as it is. Nil means «take the full path».
  @inline(__always)
  static func alreadyClean(_ text: String) -> String? {
    var utf8 = text.utf8
    let result: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
      guard let first = bytes.first, let last = bytes.last, first > 0x20, last > 0x20 else { return false }
      if bytes.count <= 2 && (first == UInt8(ascii: "-") || first >= 0x80) { return false }  // «-», «—» placeholders
      var previousSpace = false
      for byte in bytes {
        switch byte {
        case 0x20:
          if previousSpace { return false }
          previousSpace = true
          continue
        case 0..<0x20, 0x7F: return false
        // Lead bytes of NBSP (C2 A0), combining marks (CC, CD), U+2000–U+206F spaces and
        // invisibles (E2 80/81), U+FEFF (EF BB BF): let the full path decide.
        case 0xC2, 0xCC, 0xCD, 0xE2, 0xEF: return false
        default: previousSpace = false
        }
      }
      return true
    }
    guard result == true else {
      if result == nil { utf8 = text.utf8 }
      return nil
    }
    if text.utf8.count <= 24, emptyMarkers.contains(text.lowercased()) { return nil }
    return text
  }

  /// Whether the cell is empty after cleaning.
  public static func isEmpty(_ text: String) -> Bool {
    clean(text) == nil
  }
}
