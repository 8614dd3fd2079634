import Foundation

/// Normalises header cells so that the many spellings of one column compare equal.
///
/// Data contract §2: Unicode NFC, trim, whitespace (incl. NBSP) collapsed, lowercase, `ё→е`,
/// a trailing parenthesised remark dropped («ФИО (полностью)» → «фио»), punctuation dropped, and
/// Latin look-alike letters inside Cyrillic words mapped to Cyrillic («Клаcс» with a Latin c).
/// Full stops vanish without a trace («Ф.И.О.» → «фио»); other punctuation separates words
/// («Кружок/секция» → «кружок секция»). The sign «№» is kept: it carries meaning («№ пары»).
public enum HeaderNormalizer {
  /// The normalised form of one header cell.
  public static func normalize(_ header: String) -> String {
    var text = UnicodeNFC.normalize(header).lowercased()
    text = dropTrailingRemark(text)
    var words: [String] = []
    var current = ""
    for character in text {
      if character == "." || character == "\u{0301}" { continue }  // full stops, stress marks
      if character.isLetter || character.isNumber || character == "№" {
        current.append(character == "ё" ? "е" : character)
      } else {
        if !current.isEmpty { words.append(current) }
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words.map(CyrillicLookalikes.fold).joined(separator: " ")
  }

  /// Removes a final «( … )» remark, unless it is the whole header.
  static func dropTrailingRemark(_ text: String) -> String {
    let trimmed = text.trimmingCharacters(
      in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{00A0}")))
    guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return trimmed }
    let head = trimmed[..<open].trimmingCharacters(in: .whitespaces)
    return head.isEmpty ? trimmed : head
  }
}
