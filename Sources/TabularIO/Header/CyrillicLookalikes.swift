/// Maps Latin letters that look like Cyrillic ones back to Cyrillic inside Cyrillic words.
///
/// Exports typed on mixed keyboards carry «Иванoв» with a Latin «o» or «7a» with a Latin «a».
/// A word (already lowercased) that contains at least one Cyrillic letter has its look-alikes
/// replaced; a purely Latin word («id», «timestamp») is left alone.
public enum CyrillicLookalikes {
  /// Lowercase Latin look-alikes and their Cyrillic twins (uppercase B, H, M, T, K lowercase to
  /// b, h, m, t, k, whose capitals look like В, Н, М, Т, К).
  static let map: [Character: Character] = [
    "a": "а", "b": "в", "c": "с", "e": "е", "h": "н", "k": "к", "m": "м", "o": "о", "p": "р",
    "t": "т", "x": "х", "y": "у",
  ]

  /// Replaces look-alikes in `word` when it contains a Cyrillic letter.
  public static func fold(_ word: String) -> String {
    guard word.unicodeScalars.contains(where: isCyrillic) else { return word }
    guard word.contains(where: { map[$0] != nil }) else { return word }
    return String(word.map { map[$0] ?? $0 })
  }

  /// Whether a scalar is a Cyrillic letter (U+0400–U+04FF).
  public static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool {
    (0x0400...0x04FF).contains(scalar.value)
  }
}
