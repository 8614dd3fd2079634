import Foundation

/// Escaping of input-derived text for HTML, SVG/XML and GitHub Markdown.
public enum Escaping {
  /// Escapes `& < > " '` for HTML text and attribute values.
  public static func html(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s.unicodeScalars {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(ch)
      }
    }
    return out
  }

  /// Escapes like `html(_:)` and also drops characters that XML 1.0 forbids (most C0 controls,
  /// U+FFFE, U+FFFF), so the result is always well-formed inside an SVG file.
  public static func xml(_ s: String) -> String {
    var cleaned = String.UnicodeScalarView()
    for scalar in s.unicodeScalars {
      let v = scalar.value
      let allowed =
        v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v)
        || (0xE000...0xFFFD).contains(v) || v >= 0x10000
      if allowed { cleaned.append(scalar) }
    }
    return html(String(cleaned))
  }

  /// Escapes text for GitHub-flavoured Markdown, including table cells.
  ///
  /// Backslash-escapes `\ ` `` ` `` `* _ [ ] < > # | & ~` and turns every line break into a space,
  /// so input can neither end a table row, split a cell, start a heading, emphasis, link or code
  /// span, nor inject raw HTML (`\<script>` renders as the literal text «<script>»).
  public static func markdown(_ s: String) -> String {
    let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "&", "~"]
    var out = ""
    for ch in s {
      if ch == "\r\n" || ch == "\n" || ch == "\r" || ch == "\u{2028}" || ch == "\u{2029}" {
        out.append(" ")
        continue
      }
      if special.contains(ch) { out.append("\\") }
      out.append(ch)
    }
    return out
  }
}
