import Foundation
import MonitoringKit
import Reporting

extension ReportInputBuilder {
  /// The instruments found in the survey files, in the library's order, each with one line on
  /// how it is scored and what its levels are.
  func instrumentSummaries(matches: [Int: [InstrumentMatcher.Match]]) -> [InstrumentSummary] {
    let used = Set(matches.values.flatMap { $0.map(\.instrumentID) })
    return config.instruments.filter { used.contains($0.id) }.map { instrument in
      InstrumentSummary(
        id: instrument.id, title: instrument.title, items: instrument.items.count,
        scoring: scoringLine(instrument))
    }
  }

  /// «Общая тревожность — доля ответов, не совпавших с ключом, %; уровни: норма < 50, …; факторов: 8».
  func scoringLine(_ instrument: Instrument) -> String {
    let headlines = instrument.scores.filter { !$0.isFactor }
    let factors = instrument.scores.count - headlines.count
    var parts = headlines.map { score -> String in
      var line = "\(score.title) — \(methodText(score, instrument))"
      if !score.levels.isEmpty {
        line += (ru ? "; уровни: " : "; levels: ") + levelsText(score.levels)
      }
      return line
    }
    if factors > 0 { parts.append(ru ? "факторов: \(factors)" : "factors: \(factors)") }
    if parts.isEmpty { return ru ? "без подсчёта баллов" : "not scored" }
    return parts.joined(separator: "; ")
  }

  /// How one score is computed, in words.
  func methodText(_ score: Instrument.Score, _ instrument: Instrument) -> String {
    let scale = "\(Self.number(instrument.scale.min))–\(Self.number(instrument.scale.max))"
    switch score.method {
    case .mean:
      return ru ? "среднее по отвеченным вопросам (шкала \(scale))" : "mean of the answered items (\(scale))"
    case .sum: return ru ? "сумма баллов по вопросам" : "sum of the item points"
    case .linear:
      let constant = Self.number(score.constant ?? 0)
      return ru
        ? "\(constant) + сумма прямых − сумма обратных вопросов"
        : "\(constant) + direct items − reverse items"
    case .keyedPercent:
      return ru ? "доля ответов, не совпавших с ключом, %" : "share of answers that differ from the key, %"
    }
  }

  /// «норма < 50, повышенная 50–75, высокая ≥ 75».
  func levelsText(_ levels: [Instrument.Level]) -> String {
    var lower: Double?
    return levels.map { level -> String in
      defer { lower = level.upperBound }
      switch (lower, level.upperBound) {
      case (nil, let upper?): return "\(level.label) \(level.inclusive ? "≤" : "<") \(Self.number(upper))"
      case (let from?, let upper?): return "\(level.label) \(Self.number(from))–\(Self.number(upper))"
      case (let from?, nil): return "\(level.label) ≥ \(Self.number(from))"
      case (nil, nil): return level.label
      }
    }.joined(separator: ", ")
  }

  /// A threshold with a decimal comma and no trailing zeros («50», «7,5»).
  static func number(_ value: Double) -> String {
    if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
    return String(value).replacingOccurrences(of: ".", with: ",")
  }
}
