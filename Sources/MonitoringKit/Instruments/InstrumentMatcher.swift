import Foundation
import TabularIO

/// Matches a survey file's question columns to instrument items (instruments.md).
///
/// In order: the header text equals the item text or an alias after normalisation (tolerating
/// «тебе»/«вам», «(а)» endings, a trailing «(от 1 до 10)», the question mark, small typos); the
/// header starts with the item number («12.», «12)», «12 -», «Вопрос 12», «№12»); position (the
/// N-th question column is item N) for instruments that allow it. Google Forms grid columns
/// `Вопрос [строка]` are matched by the text in brackets. A file is an instrument's only when at
/// least `minimumShare` of its items were found.
public struct InstrumentMatcher: Sendable {
  /// One instrument found in a file.
  public struct Match: Sendable, Equatable {
    public var instrumentID: String
    /// Item index (in `instrument.items`) → column of the file.
    public var columns: [Int: Int]
    /// Share of the instrument's items found.
    public var share: Double
  }

  /// The instruments known.
  public let instruments: [Instrument]
  /// Every item's loose keys (its text and aliases), computed once.
  private let itemKeys: [[[LooseKey]]]

  /// A loose key with its characters, so that comparing two keys counts no string.
  struct LooseKey: Sendable {
    var text: String
    var characters: [Character]

    init(_ text: String) {
      self.text = InstrumentMatcher.looseKey(text)
      characters = Array(self.text)
    }
  }

  /// Prepares matching for `instruments`.
  public init(instruments: [Instrument]) {
    self.instruments = instruments
    itemKeys = instruments.map { instrument in
      instrument.items.map { item in
        var seen: Set<String> = []
        return ([item.text].compactMap { $0 } + item.aliases).map(LooseKey.init).filter {
          seen.insert($0.text).inserted
        }
      }
    }
  }

  /// Every instrument of which `columns` (question columns of a file with `headers`) hold enough
  /// items, best share first; a column is claimed by one item at most.
  public func match(headers: [String], columns: [Int]) -> [Match] {
    var claimed: Set<Int> = []
    var results: [Match] = []
    var candidates: [(index: Int, match: Match)] = []
    // The columns' loose keys, once for every instrument matched by text.
    let keys = columns.map { LooseKey(Self.gridText(headers[$0])) }
    for index in instruments.indices {
      candidates.append((index, matchOne(index, headers: headers, columns: columns, keys: keys)))
    }
    candidates.sort(by: Self.betterFirst)
    for (index, found) in candidates {
      let instrument = instruments[index]
      let free = found.columns.filter { !claimed.contains($0.value) }
      let share = Double(free.count) / Double(max(instrument.items.count, 1))
      guard share >= instrument.matching.minimumShare else { continue }
      claimed.formUnion(free.values)
      results.append(Match(instrumentID: found.instrumentID, columns: free, share: share))
    }
    return results
  }

  /// Higher share first; on a tie, the instrument listed first.
  private static func betterFirst(_ lhs: (index: Int, match: Match), _ rhs: (index: Int, match: Match))
    -> Bool
  {
    if lhs.match.share != rhs.match.share { return lhs.match.share > rhs.match.share }
    return lhs.index < rhs.index
  }

  private func matchOne(_ index: Int, headers: [String], columns: [Int], keys: [LooseKey]) -> Match {
    let instrument = instruments[index]
    var found: [Int: Int] = [:]
    var used: Set<Int> = []
    if instrument.matching.byText {
      for (itemIndex, itemKeySet) in itemKeys[index].enumerated() where !itemKeySet.isEmpty {
        for (offset, column) in columns.enumerated() where !used.contains(column) {
          if itemKeySet.contains(where: { Self.similar($0, keys[offset]) }) {
            found[itemIndex] = column
            used.insert(column)
            break
          }
        }
      }
    }
    if instrument.matching.byNumber {
      var byNumber: [Int: Int] = [:]
      for column in columns where !used.contains(column) {
        if let number = Self.leadingNumber(Self.gridText(headers[column])), byNumber[number] == nil {
          byNumber[number] = column
        }
      }
      for (itemIndex, item) in instrument.items.enumerated() where found[itemIndex] == nil {
        if let number = item.number, let column = byNumber[number] {
          found[itemIndex] = column
          used.insert(column)
        }
      }
    }
    if instrument.matching.byPosition && found.isEmpty && columns.count >= instrument.items.count {
      for itemIndex in instrument.items.indices { found[itemIndex] = columns[itemIndex] }
    }
    return Match(
      instrumentID: instrument.id, columns: found,
      share: Double(found.count) / Double(max(instrument.items.count, 1)))
  }

  /// The text inside «[…]» of a Google Forms grid header, else the header.
  static func gridText(_ header: String) -> String {
    guard let open = header.lastIndex(of: "["), let close = header.lastIndex(of: "]"), open < close else {
      return header
    }
    return String(header[header.index(after: open)..<close])
  }

  /// The item number a header starts with: «12.», «12)», «12 -», «Вопрос 12», «№12», «12».
  static func leadingNumber(_ header: String) -> Int? {
    var text = Substring(header.trimmingCharacters(in: .whitespaces))
    for prefix in ["вопрос", "№", "n", "q"] where text.lowercased().hasPrefix(prefix) {
      text = text.dropFirst(prefix.count).drop { $0 == " " || $0 == "." }
    }
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 3, let number = Int(digits) else { return nil }
    let rest = text.dropFirst(digits.count)
    guard let next = rest.first else { return number }
    return [".", ")", " ", "-", "–", ":"].contains(next) ? number : nil
  }

  /// Normalised question text with the usual edits folded away.
  static func looseKey(_ text: String) -> String {
    var text = text
    // «(а)», «(льна)», «(от 1 до 10)»: any parenthesised part.
    while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
      text.removeSubrange(open...close)
    }
    let words = HeaderNormalizer.normalize(text).split(separator: " ").map {
      pronouns[String($0)] ?? String($0)
    }
    var result = words
    if result.suffix(4) == ["от", "1", "до", "10"] { result.removeLast(4) }
    return result.joined(separator: " ")
  }

  /// Formal pronouns folded to the informal ones the default questionnaires use.
  static let pronouns: [String: String] = [
    "вам": "тебе", "вы": "ты", "ваш": "твой", "ваша": "твоя", "ваши": "твои", "ваше": "твое", "вами": "тобой",
    "вас": "тебя", "вашей": "твоей", "ваших": "твоих",
  ]

  /// Equal, or within a small edit distance (≤ 10 % of the length).
  static func similar(_ a: LooseKey, _ b: LooseKey) -> Bool {
    if a.text == b.text { return true }
    let bound = max(a.characters.count, b.characters.count) / 10
    guard bound > 0, abs(a.characters.count - b.characters.count) <= bound else { return false }
    return EditDistance.levenshtein(a.characters, b.characters, bound: bound) <= bound
  }
}
