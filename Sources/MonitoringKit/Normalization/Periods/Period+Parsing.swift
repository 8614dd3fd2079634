extension Period {
  /// Word prefixes naming a kind of period, checked in order (data, not code).
  static let kindPrefixes: [(prefix: String, kind: Kind)] = [
    ("полугод", .half), ("полуг", .half), ("п/г", .half), ("пг", .half), ("семестр", .half),
    ("четверт", .quarter), ("четв", .quarter), ("чет", .quarter), ("quarter", .quarter),
    ("триместр", .trimester), ("трим", .trimester), ("trimester", .trimester),
    ("semester", .half),
  ]

  /// Single letters naming a kind when glued to a number («Q1», «1ч», «T2», «H1»).
  static let kindLetters: [String: Kind] = [
    "q": .quarter, "ч": .quarter, "t": .trimester, "т": .trimester, "h": .half,
  ]

  /// Word prefixes meaning the whole year («год», «годовая», «годовые», «итоговая», «итог»).
  static let yearPrefixes: [String] = ["годов", "итог", "annual"]

  /// Whole words meaning the whole year («год» alone: «учебного года» in a file name is not a period).
  static let yearWords: Set<String> = ["год", "year"]

  /// Ordinal endings that may follow a number («1-я», «2-й», «3-го»).
  static let ordinalEndings: Set<String> = ["я", "й", "ая", "ой", "ое", "ий", "го", "ый", "е"]

  /// Roman numerals for period indices.
  static let romanNumerals: [String: Int] = ["i": 1, "ii": 2, "iii": 3, "iv": 4]

  /// Parses a period cell («1 четверть», «I четверть», «1 чет.», «Q1», «1-я четверть»,
  /// «четверть 1», «2 триместр», «II полугодие», «1 п/г», «год», «годовая», «за год», «итоговая»).
  ///
  /// A bare number or Roman numeral («2», «II») is read as a period of `kind` when it is given
  /// (the column was called «Четверть»), else rejected.
  public init?(parsing text: String, assuming kind: Kind? = nil) {
    let tokens = Self.tokens(of: text)
    if let found = Self.find(in: tokens) {
      self = found
      return
    }
    let numbers = tokens.compactMap(Self.number)
    guard let kind, numbers.count == 1, tokens.count == numbers.count,
      let period = Period(kind: kind, index: numbers[0])
    else { return nil }
    self = period
  }

  /// The period named by a file name («оценки 1 четверть.csv», «1_четверть», «за год»,
  /// «годовые», «Q3»), or `nil` when it names none.
  ///
  /// Only a number next to a period word counts, so the «7» of «7А_оценки_1_четверть» is not
  /// mistaken for the quarter. The extension is ignored.
  public static func fromFileName(_ name: String) -> Period? {
    var stem = Substring(name)
    if let slash = stem.lastIndex(where: { $0 == "/" || $0 == "\\" }) {
      stem = stem[stem.index(after: slash)...]
    }
    if let dot = stem.lastIndex(of: "."), dot != stem.startIndex {
      stem = stem[..<dot]
    }
    return find(in: tokens(of: String(stem)))
  }

  /// Splits text into lowercase tokens: letter runs and digit runs («q1» → «q», «1»); «п/г» stays.
  static func tokens(of text: String) -> [String] {
    let form = TextNormalizer.keywordForm(text).replacingOccurrences(of: "п/г", with: " пг ")
    var tokens: [String] = []
    var current = ""
    var currentIsDigit = false
    for character in form {
      let isDigit = character.asciiDigit != nil
      if character.isLetter || isDigit {
        if !current.isEmpty, isDigit != currentIsDigit {
          tokens.append(current)
          current = ""
        }
        current.append(character)
        currentIsDigit = isDigit
      } else if !current.isEmpty {
        tokens.append(current)
        current = ""
      }
    }
    if !current.isEmpty { tokens.append(current) }
    return tokens
  }

  /// Finds a numbered period word with its number next to it, else a year word.
  static func find(in tokens: [String]) -> Period? {
    for (position, token) in tokens.enumerated() {
      guard let kind = kind(of: token, gluedToNumber: isNumberNear(position, in: tokens)) else { continue }
      if let index = numberNear(position, in: tokens), let period = Period(kind: kind, index: index) {
        return period
      }
    }
    for token in tokens where yearWords.contains(token) || yearPrefixes.contains(where: token.hasPrefix) {
      return .year
    }
    return nil
  }

  /// The kind a token names; single letters count only when a number is next to them.
  static func kind(of token: String, gluedToNumber: Bool) -> Kind? {
    if token.count == 1 { return gluedToNumber ? kindLetters[token] : nil }
    return kindPrefixes.first(where: { token.hasPrefix($0.prefix) })?.kind
  }

  /// Whether a number (possibly with an ordinal ending) stands next to the token.
  static func isNumberNear(_ position: Int, in tokens: [String]) -> Bool {
    numberNear(position, in: tokens) != nil
  }

  /// The number just before the token (skipping an ordinal ending), else just after it.
  static func numberNear(_ position: Int, in tokens: [String]) -> Int? {
    var before = position - 1
    if before >= 0, ordinalEndings.contains(tokens[before]) { before -= 1 }
    if before >= 0, let value = arabic(tokens[before]) ?? romanNumerals[tokens[before]] { return value }
    let after = position + 1
    if after < tokens.count, let value = arabic(tokens[after]) ?? romanNumerals[tokens[after]] {
      return value
    }
    return nil
  }

  /// A small Arabic number, or a Roman numeral.
  static func number(_ token: String) -> Int? {
    arabic(token) ?? romanNumerals[token]
  }

  /// A one- or two-digit Arabic number.
  static func arabic(_ token: String) -> Int? {
    guard token.count <= 2, token.allSatisfy({ $0.asciiDigit != nil }) else { return nil }
    return Int(token)
  }
}
