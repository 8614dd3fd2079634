import TabularIO
import Foundation

extension PersonName {
  /// Parses a full name written as «Фамилия Имя Отчество» (or with initials); `nil` without letters.
  public init?(fullName: String) {
    let tokens = Self.tokens(of: fullName)
    guard let first = tokens.first else { return nil }
    let initialsFirst =
      tokens.count >= 2 && tokens.count <= 3 && tokens.dropLast().allSatisfy(\.isInitial)
      && !tokens[tokens.count - 1].isInitial
    if initialsFirst {
      let given = tokens.dropLast()
      self.init(
        surname: tokens[tokens.count - 1],
        firstName: given.first,
        patronymic: given.count > 1 ? given[given.startIndex + 1] : nil)
    } else {
      self.init(
        surname: first,
        firstName: tokens.count > 1 ? tokens[1] : nil,
        patronymic: tokens.count > 2 ? Self.join(Array(tokens[2...])) : nil)
    }
  }

  /// Builds a name from separate surname, first-name and patronymic cells; `nil` without a surname.
  ///
  /// A first-name cell holding two initials («П.С.») with an empty patronymic cell is split
  /// into both initials.
  public init?(lastName: String?, firstName: String?, middleName: String?) {
    let last = Self.tokens(of: lastName ?? "")
    guard !last.isEmpty else { return nil }
    var given = Self.tokens(of: firstName ?? "")
    var middle = Self.tokens(of: middleName ?? "")
    if middle.isEmpty, given.count >= 2, given.allSatisfy(\.isInitial) {
      middle = Array(given.dropFirst())
      given = [given[0]]
    }
    self.init(
      surname: Self.join(last)!, firstName: Self.join(given), patronymic: Self.join(middle))
  }

  /// Patronymic particles that stay lowercase in the display form.
  static let lowercaseParticles: Set<String> = ["оглы", "кызы", "угли", "кизи", "улы", "гызы"]

  /// Joins several parsed words into one part; `nil` for none.
  static func join(_ parts: [Part]) -> Part? {
    guard let first = parts.first else { return nil }
    if parts.count == 1 { return first }
    return Part(
      key: parts.map(\.key).joined(separator: " "),
      display: parts.map(\.display).joined(separator: " "),
      isInitial: false)
  }

  /// Splits a name into normalised words (see the type's documentation for the rules).
  static func tokens(of text: String) -> [Part] {
    simpleTokens(of: text) ?? tokensGeneral(of: text)
  }

  /// `tokens(of:)` for any text, `Character` by `Character`.
  static func tokensGeneral(of text: String) -> [Part] {
    var raw: [String] = []
    var current = ""
    var depth = 0
    func flush() {
      if !current.isEmpty { raw.append(current) }
      current = ""
    }
    for character in UnicodeNFC.normalize(text) {
      if character == "(" || character == "[" {
        depth += 1
        flush()
        continue
      }
      if character == ")" || character == "]" {
        depth = max(0, depth - 1)
        continue
      }
      if depth > 0 || TextNormalizer.invisible.contains(character) { continue }
      if character.isLetter || character.isNumber {
        current.append(character)
      } else if TextNormalizer.dashes.contains(character) {
        if current.isEmpty {
          if raw.last != "-" { raw.append("-") }
        } else {
          current.append("-")
        }
      } else if TextNormalizer.quotes.contains(character) || character == "\u{0301}" {
        continue
      } else {
        flush()
      }
    }
    flush()
    return mergeDashes(raw).compactMap(makePart)
  }

  /// Joins «word - word» into «word-word» and drops dangling dashes.
  static func mergeDashes(_ raw: [String]) -> [String] {
    var merged: [String] = []
    var joinNext = false
    for word in raw {
      if word == "-" {
        joinNext = !merged.isEmpty
        continue
      }
      if joinNext, let last = merged.popLast() {
        merged.append(last.hasSuffix("-") ? last + word : last + "-" + word)
      } else {
        merged.append(word)
      }
      joinNext = false
    }
    return merged.map { word in
      // Only dashes are trimmed and collapsed: a word without one stays as it is.
      guard word.utf8.contains(UInt8(ascii: "-")) else { return word }
      var trimmed = Substring(word)
      while trimmed.hasSuffix("-") { trimmed.removeLast() }
      while trimmed.hasPrefix("-") { trimmed.removeFirst() }
      var collapsed = ""
      for character in trimmed where !(character == "-" && collapsed.last == "-") {
        collapsed.append(character)
      }
      return collapsed
    }
  }

  /// Normalises one word into a part.
  static func makePart(_ word: String) -> Part? {
    let lower = TextNormalizer.foldLookalikes(word.lowercased())
    guard lower.contains(where: \.isLetter) else { return nil }
    let key = String(lower.map { $0 == "ё" ? "е" : $0 })
    let letters = lower.filter(\.isLetter)
    if letters.count == 1, lower.count == 1 {
      return Part(key: key, display: lower.uppercased() + ".", isInitial: true)
    }
    return Part(key: key, display: capitalized(lower), isInitial: false)
  }

  /// Capitalises every hyphen-separated segment of a lowercase word.
  static func capitalized(_ lower: String) -> String {
    if lowercaseParticles.contains(lower) { return lower }
    return lower.split(separator: "-", omittingEmptySubsequences: false).map { segment in
      guard let head = segment.first else { return "" }
      return head.uppercased() + segment.dropFirst()
    }.joined(separator: "-")
  }
}
