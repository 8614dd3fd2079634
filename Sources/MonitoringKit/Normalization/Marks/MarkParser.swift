import Foundation

/// Reads grades cells into marks (data contract §3 "grades").
///
/// - Integers 1–5 are marks; decimals in [1, 5] are averages («4,25»). A comma or point directly
///   between two digits is a decimal separator, so «4,5» is the average 4.5 and «5,4» is the
///   average 5.4 — out of range, rejected rather than guessed to be two marks.
/// - Several marks in one cell are separated by `/`, `\`, `;`, whitespace, or a comma that is not
///   between two digits («5/4», «5 4», «5, 4»); each counts once. Empty pieces are skipped.
/// - A trailing `+` or `-` on an integer is dropped («4+» → 4, «5-» → 5); a sign on a decimal,
///   a leading sign, or a lone dash inside a cell is an error.
/// - Keywords (case-insensitive, `ё→е`, dots and spaces ignored, Latin look-alikes folded):
///   see `keywords`. A keyword fills its own word («5 н/а» is two marks).
/// - An empty cell and the placeholders of `CellText` («-», «н/д») give no marks.
/// - Anything else is a `MarkError` naming the first offending piece.
public enum MarkParser {
  /// Keyword spellings (normalised as described above) and the marks they mean.
  public static let keywords: [String: MarkValue] = [
    "н/а": .notAttested, "на": .notAttested, "н/ат": .notAttested, "н/атт": .notAttested,
    "неатт": .notAttested, "неаттест": .notAttested, "неаттестован": .notAttested,
    "неаттестована": .notAttested, "неаттестовано": .notAttested,
    "осв": .exempt, "освоб": .exempt, "освобожд": .exempt, "освобожден": .exempt,
    "освобождена": .exempt, "освобождено": .exempt,
    "зач": .pass, "зачт": .pass, "зачет": .pass, "зачтено": .pass, "зачтен": .pass, "зачтена": .pass,
    "незач": .fail, "незачт": .fail, "незачет": .fail, "незачтено": .fail, "незачтен": .fail,
  ]

  /// Characters ignored when a word is compared with `keywords`.
  static let keywordIgnored: Set<Character> = [".", " ", "(", ")"]

  /// Parses one grades cell; an empty array means "no mark".
  public static func parse(_ text: String) -> Result<[MarkValue], MarkError> {
    guard let cleaned = CellText.clean(text) else { return .success([]) }
    var normalized = ""
    for character in cleaned.lowercased() {
      if TextNormalizer.dashes.contains(character) {
        normalized.append("-")
      } else {
        normalized.append(character == "ё" ? "е" : character)
      }
    }
    if let keyword = keywords[keywordKey(normalized)] { return .success([keyword]) }
    var values: [MarkValue] = []
    let originals = cleaned.split(separator: " ")
    for (offset, word) in normalized.split(separator: " ").enumerated() {
      let original = offset < originals.count ? String(originals[offset]) : String(word)
      if let keyword = keywords[keywordKey(String(word))] {
        values.append(keyword)
        continue
      }
      let utf8 = Array(word.utf8)
      let failure = utf8.withUnsafeBufferPointer { scan($0, into: &values) }
      switch failure {
      case nil: continue
      case .outOfRange(let range):
        return .failure(.outOfRange(String(decoding: utf8[range], as: UTF8.self)))
      case .invalid, .nonASCII:
        return .failure(.unknownValue(original))
      }
    }
    return values.isEmpty ? .failure(.unknownValue(cleaned)) : .success(values)
  }

  /// The form of a word compared with `keywords`.
  static func keywordKey(_ word: String) -> String {
    var key = ""
    for character in TextNormalizer.foldLookalikes(word) where !keywordIgnored.contains(character) {
      key.append(character == "\\" ? "/" : character)
    }
    return key
  }
}
