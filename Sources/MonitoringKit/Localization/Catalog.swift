/// Turns messages into sentences in one language: the single place user-facing words live.
///
/// Each language is one table (`Catalog+Russian.swift`, `Catalog+English.swift`) with the same
/// entries, so adding a language adds a table and changes nothing else.
public struct Catalog: Sendable {
  /// The language of this catalog.
  public let language: Language

  /// Creates the catalog for `language`.
  public init(language: Language = .ru) {
    self.language = language
  }

  /// What happened, in one sentence.
  public func text(_ message: Message) -> String {
    switch language {
    case .ru: Self.russianText(message)
    case .en: Self.englishText(message)
    }
  }

  /// How the curator can fix it, in one sentence.
  public func fix(_ message: Message) -> String {
    switch language {
    case .ru: Self.russianFix(message)
    case .en: Self.englishFix(message)
    }
  }

  /// A fixed phrase of the interface (headings, labels).
  public func phrase(_ phrase: Phrase) -> String {
    switch language {
    case .ru: Self.russianPhrase(phrase)
    case .en: Self.englishPhrase(phrase)
    }
  }

  /// «строка 17, столбец 3, байт 512» for a location (parts that are known).
  public func place(_ location: SourceLocation?) -> String {
    guard let location else { return "" }
    var parts: [String] = []
    if let line = location.line { parts.append("\(phrase(.line)) \(line)") }
    if let column = location.column { parts.append("\(phrase(.column)) \(column)") }
    if let byte = location.byte { parts.append("\(phrase(.byte)) \(byte)") }
    return parts.joined(separator: ", ")
  }
}
