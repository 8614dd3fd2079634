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
    let collapsed = TextNormalizer.collapseSpaces(text.precomposedStringWithCanonicalMapping)
    if collapsed.count <= 10, emptyMarkers.contains(collapsed.lowercased()) { return nil }
    return collapsed
  }

  /// Whether the cell is empty after cleaning.
  public static func isEmpty(_ text: String) -> Bool {
    clean(text) == nil
  }
}
