import Foundation

/// Unicode NFC without ICU for the text schools actually write.
///
/// Foundation's `precomposedStringWithCanonicalMapping` maps ICU's data in (about 12 MiB of
/// resident memory per process). Text made only of ASCII, Latin-1 and Latin Extended letters
/// (U+0080–U+02FF), Cyrillic (U+0400–U+04FF), the punctuation block U+2002–U+203F (dashes,
/// quotes, narrow no-break space) and «№» is already in NFC: none of those code points
/// decomposes or combines. Only other text goes through Foundation.
public enum UnicodeNFC {
  /// `text` in NFC.
  public static func normalize(_ text: String) -> String {
    isKnownNFC(text) ? text : text.precomposedStringWithCanonicalMapping
  }

  /// Whether every code point of `text` is in the ranges listed above.
  public static func isKnownNFC(_ text: String) -> Bool {
    var utf8 = text.utf8.makeIterator()
    while let byte = utf8.next() {
      switch byte {
      case 0..<0x80:
        continue
      case 0xC2...0xCB, 0xD0...0xD3:  // U+0080–U+02FF, U+0400–U+04FF
        guard utf8.next() != nil else { return false }
      case 0xE2:
        guard let second = utf8.next(), let third = utf8.next() else { return false }
        if second == 0x80 && third >= 0x82 { continue }  // U+2002–U+203F
        if second == 0x84 && third == 0x96 { continue }  // №
        return false
      default:
        return false
      }
    }
    return true
  }
}
