/// The survey wave: the baseline (pre) or the final (post) measurement.
public enum Wave: String, Hashable, Sendable, CaseIterable, Comparable, Codable {
  /// Входное анкетирование.
  case pre
  /// Итоговое анкетирование.
  case post

  /// Word prefixes of a wave cell («входное», «начало», «стартовое», «итоговая», «конец»…).
  public static let valuePrefixes: [(prefix: String, wave: Wave)] = [
    ("вход", .pre), ("начал", .pre), ("старт", .pre), ("первичн", .pre), ("pre", .pre),
    ("before", .pre), ("итог", .post), ("конец", .post), ("конц", .post), ("финал", .post),
    ("повторн", .post), ("заключит", .post), ("post", .post), ("after", .post),
  ]

  /// Word prefixes in a file name (вход, старт, нач, сентябр, pre; итог, конец, финал, май, post).
  public static let fileNamePrefixes: [(prefix: String, wave: Wave)] = [
    ("вход", .pre), ("старт", .pre), ("нач", .pre), ("сентябр", .pre), ("pre", .pre),
    ("итог", .post), ("конец", .post), ("конц", .post), ("финал", .post), ("post", .post),
  ]

  /// Whole words in a file name that name a wave (the month of May in its forms).
  public static let fileNameWords: [String: Wave] = ["май": .post, "мая": .post, "мае": .post]

  /// Parses a wave cell; `nil` when it names no wave or names both.
  public static func parse(_ text: String) -> Wave? {
    match(TextNormalizer.letterWords(text), prefixes: valuePrefixes, words: [:])
  }

  /// The wave a file name names; `nil` when it names none or both («анкета_вход.csv» → pre).
  public static func fromFileName(_ name: String) -> Wave? {
    var stem = Substring(name)
    if let slash = stem.lastIndex(where: { $0 == "/" || $0 == "\\" }) {
      stem = stem[stem.index(after: slash)...]
    }
    if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
    return match(TextNormalizer.letterWords(String(stem)), prefixes: fileNamePrefixes, words: fileNameWords)
  }

  /// The single wave the words name, or `nil` for none or a contradiction.
  static func match(_ words: [String], prefixes: [(prefix: String, wave: Wave)], words named: [String: Wave])
    -> Wave?
  {
    var found: Set<Wave> = []
    for word in words {
      if let wave = named[word] { found.insert(wave) }
      if let entry = prefixes.first(where: { word.hasPrefix($0.prefix) }) { found.insert(entry.wave) }
    }
    return found.count == 1 ? found.first : nil
  }

  /// The Russian label: «входное», «итоговое».
  public var label: String {
    switch self {
    case .pre: "входное"
    case .post: "итоговое"
    }
  }

  /// Orders pre before post.
  public static func < (lhs: Wave, rhs: Wave) -> Bool {
    lhs == .pre && rhs == .post
  }
}
