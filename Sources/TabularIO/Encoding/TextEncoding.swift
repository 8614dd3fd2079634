/// A text encoding that Russian school exports arrive in.
///
/// The raw values are the names `check`, the manifest and the report print.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
  case utf8 = "utf-8"
  case windows1251 = "windows-1251"
  case koi8r = "koi8-r"
  case utf16le = "utf-16le"
  case utf16be = "utf-16be"

  /// Whether ASCII bytes stand for themselves, so libcsv can parse the raw bytes directly.
  public var isASCIICompatible: Bool {
    switch self {
    case .utf8, .windows1251, .koi8r: true
    case .utf16le, .utf16be: false
    }
  }

  /// Parses a user-supplied name such as `cp1251`, `UTF8` or `koi8r` (configuration overrides).
  public init?(name: String) {
    let key = name.lowercased().filter { $0.isLetter || $0.isNumber }
    switch key {
    case "utf8": self = .utf8
    case "windows1251", "cp1251", "win1251", "ansi": self = .windows1251
    case "koi8r", "koi8": self = .koi8r
    case "utf16le", "utf16": self = .utf16le
    case "utf16be": self = .utf16be
    default: return nil
    }
  }
}
