/// Estimates text widths and wraps text, since a server-side renderer cannot measure glyphs.
///
/// Widths are per-character estimates in em, calibrated a little on the wide side against
/// DejaVu Sans (the widest common fallback for `system-ui` on Linux); Arial, Segoe UI, Roboto
/// and San Francisco are narrower, so estimated layouts leave room rather than overlap.
enum TextMetrics {
  /// The estimated width of `text` at `size` units.
  static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
    var em = 0.0
    for ch in text { em += advance(ch) }
    return em * size * (bold ? 1.1 : 1)
  }

  /// The estimated advance of one character in em.
  static func advance(_ ch: Character) -> Double {
    switch ch {
    case " ", "\u{00A0}": return 0.32
    case "\u{202F}", "\u{2009}": return 0.2
    case ".", ",", ":", ";", "'", "!", "|", "i", "l", "j", "ı": return 0.3
    case "(", ")", "[", "]", "f", "t", "r", "I": return 0.42
    case "0"..."9": return 0.64
    case "%": return 0.95
    case "—", "…", "m", "w", "M", "W": return 0.95
    case "ш", "щ", "ж", "ю", "м", "ы": return 0.82
    case "Ш", "Щ", "Ж", "Ю", "М", "Ы", "Ф", "ф": return 0.98
    case "−", "+", "=", "<", ">": return 0.84
    case "«", "»", "„", "“": return 0.56
    default:
      if ch.isUppercase { return 0.74 }
      if ch.isLetter { return 0.62 }
      return 0.64
    }
  }

  /// Wraps `text` into lines no wider than `maxWidth`; words too long for a line are split
  /// with a hyphen; beyond `maxLines` the last line ends with «…». Returns at least one line.
  static func wrap(_ text: String, maxWidth: Double, size: Double, maxLines: Int, bold: Bool = false)
    -> [String]
  {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" })
      .map(String.init)
    var lines: [String] = []
    var current = ""
    func fits(_ s: String) -> Bool { width(s, size: size, bold: bold) <= maxWidth }
    for word in words {
      let candidate = current.isEmpty ? word : current + " " + word
      if fits(candidate) {
        current = candidate
        continue
      }
      if !current.isEmpty { lines.append(current) }
      current = ""
      var rest = word
      while !fits(rest) {
        var head = ""
        for ch in rest {
          if !fits(head + String(ch) + "-") { break }
          head.append(ch)
        }
        if head.isEmpty { head = String(rest.first!) }
        lines.append(head + "-")
        rest = String(rest.dropFirst(head.count))
      }
      current = rest
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    guard lines.count > maxLines, maxLines > 0 else { return lines }
    var kept = Array(lines.prefix(maxLines))
    var last = kept[maxLines - 1]
    if last.hasSuffix("-") { last.removeLast() }
    while !last.isEmpty && !fits(last + "…") { last.removeLast() }
    kept[maxLines - 1] = last.trimmingTrailingSpaces() + "…"
    return kept
  }

  /// The full text when `lines` do not show it word for word (cut or split), else nil; drawn
  /// as a `<title>` so the whole label stays in the SVG.
  static func tooltip(for text: String, lines: [String]) -> String? {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" })
    return lines.joined(separator: " ") == words.joined(separator: " ") ? nil : text
  }

  /// Shortens `text` to fit `maxWidth` on one line, ending with «…» when cut.
  static func truncate(_ text: String, maxWidth: Double, size: Double, bold: Bool = false) -> String {
    if width(text, size: size, bold: bold) <= maxWidth { return text }
    var s = text
    while !s.isEmpty && width(s + "…", size: size, bold: bold) > maxWidth { s.removeLast() }
    return s.trimmingTrailingSpaces() + "…"
  }
}

extension String {
  /// The string without trailing spaces.
  fileprivate func trimmingTrailingSpaces() -> String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
