import Foundation

/// Computes an instrument's scores from one respondent's item answers (instruments.md).
///
/// Everything comes from the `Instrument` value; nothing assumes a particular test.
///
/// Decisions where the specification is silent:
/// - Item references in a score (`items`, `plus`, `minus`, `key`) are item numbers when an item
///   has that number, else item ids.
/// - A score with no `items` uses every rating and choice item (`mean`, `sum`), every item that
///   is not free text (`keyed-percent`), or `plus ∪ minus` (`linear`).
/// - Yes/no answers count 1 (yes) and 0 (no) in `mean`, `sum` and `linear` scores.
/// - Reverse items score `min + max − answer` with the item's scale, else the instrument's.
/// - A valid `sum` or `linear` score with some items unanswered (within the allowed share)
///   gives each missing item the mean of the respondent's answered items of that score, so a
///   skipped question does not move the score by its full weight. `mean` and `keyed-percent`
///   need no such step (they divide by the answered items).
/// - `keyed-percent`: the key of an item is `key[ref]` (by number or id), else `defaultKey`; an
///   item with neither key is left out of the score. For yes/no items the key is read with
///   `YesNo.parse`; for numeric items it is a number or a choice text.
/// - Levels are checked in order: the first whose `upperBound` is absent or not yet passed
///   (`≤` when inclusive, `<` otherwise) is the level.
public struct ScoreCalculator: Sendable {
  /// The instrument scored.
  public let instrument: Instrument
  /// Item reference («12», «comfort») → item index.
  private let indexOfReference: [String: Int]
  /// Every key text of the instrument's scores, read once as yes/no (the hot path of
  /// `keyed-percent` compares thousands of answers with a handful of keys).
  private let yesNoOfKey: [String: Bool?]
  /// Every key text in `YesNo.keyForm`, for free-text answers.
  private let keyFormOfKey: [String: String]

  /// Prepares scoring for `instrument`.
  public init(instrument: Instrument) {
    self.instrument = instrument
    var references: [String: Int] = [:]
    for (index, item) in instrument.items.enumerated() where references[item.id] == nil {
      references[item.id] = index
    }
    for (index, item) in instrument.items.enumerated() {
      if let number = item.number { references[String(number)] = index }
    }
    indexOfReference = references
    let keys = Set(
      instrument.scores.flatMap { score in
        (score.key.map { Array($0.values) } ?? []) + [score.defaultKey].compactMap { $0 }
      })
    yesNoOfKey = Dictionary(uniqueKeysWithValues: keys.map { ($0, YesNo.parse($0)) })
    keyFormOfKey = Dictionary(uniqueKeysWithValues: keys.map { ($0, YesNo.keyForm($0)) })
  }

  /// The item index a score refers to with `reference`.
  public func itemIndex(_ reference: String) -> Int? {
    indexOfReference[reference.trimmingCharacters(in: .whitespaces)]
  }

  /// The item indices `score` uses, in the instrument's order.
  public func itemIndices(of score: Instrument.Score) -> [Int] {
    let references: [String]
    if score.method == .linear {
      references = (score.plus ?? []) + (score.minus ?? [])
    } else {
      references = score.items
    }
    if references.isEmpty {
      return instrument.items.indices.filter { index in
        let type = instrument.items[index].type
        return score.method == .keyedPercent ? type != .text : (type == .rating || type == .choice)
      }
    }
    return Array(Set(references.compactMap(itemIndex))).sorted()
  }

  /// Every score of the instrument for `answers` (item index → answer).
  public func scores(_ answers: [Int: ItemAnswer]) -> [ScoreResult] {
    instrument.scores.map { score($0, answers) }
  }

  /// One score for `answers` (item index → answer).
  public func score(_ score: Instrument.Score, _ answers: [Int: ItemAnswer]) -> ScoreResult {
    var indices = itemIndices(of: score)
    if score.method == .keyedPercent { indices = indices.filter { key(for: $0, in: score) != nil } }
    let values: [Int: Double]
    if score.method == .keyedPercent {
      values = Dictionary(
        uniqueKeysWithValues: indices.compactMap { index in
          guard let answer = answers[index], answer.isAnswered else { return nil }
          guard let matches = matchesKey(answer, index: index, score: score) else { return nil }
          return (index, matches ? 0.0 : 1.0)
        })
    } else {
      values = Dictionary(
        uniqueKeysWithValues: indices.compactMap { index in
          scored(answers[index], index: index).map { (index, $0) }
        })
    }
    let answered = values.count
    var result = ScoreResult(scoreID: score.id, value: nil, answered: answered, itemCount: indices.count)
    guard answered > 0, Double(answered) >= score.minimumAnswered * Double(indices.count) - 1e-9 else {
      return result
    }
    let personMean = values.values.reduce(0, +) / Double(answered)
    let value: Double
    switch score.method {
    case .mean:
      value = personMean
    case .sum:
      value = indices.reduce(0) { $0 + (values[$1] ?? personMean) }
    case .keyedPercent:
      value = 100 * values.values.reduce(0, +) / Double(answered)
    case .linear:
      let plus = Set((score.plus ?? []).compactMap(itemIndex))
      let minus = Set((score.minus ?? []).compactMap(itemIndex))
      value =
        (score.constant ?? 0) + plus.reduce(0) { $0 + (values[$1] ?? personMean) }
        - minus.reduce(0) { $0 + (values[$1] ?? personMean) }
    }
    result.value = value
    if let level = Self.level(of: value, in: score.levels) {
      result.level = level.label
      result.elevated = level.elevated
    }
    return result
  }

  /// The level `value` falls in.
  public static func level(of value: Double, in levels: [Instrument.Level]) -> Instrument.Level? {
    levels.first { level in
      guard let bound = level.upperBound else { return true }
      return level.inclusive ? value <= bound : value < bound
    }
  }

  /// The numeric value of an answer with reverse scoring applied.
  func scored(_ answer: ItemAnswer?, index: Int) -> Double? {
    guard let value = answer?.numeric else { return nil }
    let item = instrument.items[index]
    guard item.reverse else { return value }
    let range = item.scale ?? instrument.scale
    return range.min + range.max - value
  }

  /// The key text of an item in a keyed score.
  func key(for index: Int, in score: Instrument.Score) -> String? {
    let item = instrument.items[index]
    let references = [item.number.map(String.init), item.id].compactMap { $0 }
    for reference in references { if let key = score.key?[reference] { return key } }
    return score.defaultKey
  }

  /// Whether an answer equals the key; nil when the key cannot be read for the item.
  func matchesKey(_ answer: ItemAnswer, index: Int, score: Instrument.Score) -> Bool? {
    guard let key = key(for: index, in: score) else { return nil }
    switch answer {
    case .yesNo(let yes):
      return (yesNoOfKey[key] ?? YesNo.parse(key)).map { $0 == yes }
    case .number(let value):
      let item = instrument.items[index]
      let keyValue = AnswerReader.choice(key, item.choices) ?? AnswerReader.leadingNumber(key)
      return keyValue.map { $0 == value }
    case .text(let text):
      return YesNo.keyForm(text) == (keyFormOfKey[key] ?? YesNo.keyForm(key))
    case .missing, .invalid:
      return nil
    }
  }
}
