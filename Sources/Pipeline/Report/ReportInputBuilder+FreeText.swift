import Foundation
import MonitoringKit
import Reporting

extension ReportInputBuilder {
  /// At most this many free-text answers reach the report.
  static let freeTextLimit = 8

  /// A few free-text answers: from columns an instrument declares as `type: text`, or that no
  /// instrument claims, when most of their answers are real text (not marks, not yes/no).
  ///
  /// Decisions: answers are taken in turn from each such question (file order, then column
  /// order), each question's in line order; an answer seen before is skipped; at most
  /// ``freeTextLimit``.
  func freeText(matches: [Int: [InstrumentMatcher.Match]]) -> [FreeTextAnswer] {
    var byColumn: [FreeTextColumn: [SurveyAnswer]] = [:]
    for answer in data.answers
    where answer.file < data.files.count && data.files[answer.file].dataset == .survey {
      byColumn[FreeTextColumn(file: answer.file, column: answer.column), default: []].append(answer)
    }
    var queues: [[FreeTextAnswer]] = []
    for column in byColumn.keys.sorted() {
      guard let claim = claim(of: column, matches: matches), claim.isText else { continue }
      let answers = byColumn[column]!.sorted { $0.line < $1.line }
      let texts = answers.filter { Self.isRealText($0.value) }
      guard texts.count * 2 > answers.count else { continue }
      queues.append(
        texts.map { answer in
          FreeTextAnswer(
            role: roleWord(answer.role ?? claim.role), question: answer.header,
            answer: answer.value.trimmingCharacters(in: .whitespacesAndNewlines))
        })
    }
    var chosen: [FreeTextAnswer] = []
    var seen: Set<String> = []
    var index = 0
    while chosen.count < Self.freeTextLimit, queues.contains(where: { index < $0.count }) {
      for queue in queues where index < queue.count && chosen.count < Self.freeTextLimit {
        let key = queue[index].answer.lowercased()
        if seen.insert(key).inserted { chosen.append(queue[index]) }
      }
      index += 1
    }
    return chosen
  }

  /// How a column is claimed: by a `text` item of an instrument (with its respondents), or by
  /// none (a free question); nil when an instrument scores it.
  func claim(of column: FreeTextColumn, matches: [Int: [InstrumentMatcher.Match]]) -> (
    isText: Bool, role: Role?
  )? {
    for match in matches[column.file] ?? [] {
      guard let item = match.columns.first(where: { $0.value == column.column })?.key,
        let instrument = config.instruments.first(where: { $0.id == match.instrumentID })
      else { continue }
      guard instrument.items[item].type == .text else { return nil }
      return (true, Self.role(of: instrument))
    }
    return (true, nil)
  }

  /// The role an instrument's respondents have (nil when anyone answers it).
  static func role(of instrument: Instrument) -> Role? {
    switch instrument.respondent {
    case .mentee: .mentee
    case .mentor: .mentor
    case .any: nil
    }
  }

  /// «наставляемые», «наставники», or «участники» when the role is unknown.
  func roleWord(_ role: Role?) -> String {
    switch role {
    case .mentee: ru ? "наставляемые" : "mentees"
    case .mentor: ru ? "наставники" : "mentors"
    case nil: ru ? "участники" : "participants"
    }
  }

  /// Text a person wrote: three letters or more, not starting with a digit, not a yes/no.
  static func isRealText(_ value: String) -> Bool {
    let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
    guard let first = text.first, !first.isNumber else { return false }
    guard text.filter(\.isLetter).count >= 3 else { return false }
    return YesNo.parse(text) == nil && !YesNo.isUndecided(text)
  }
}

/// One question column of one survey file.
struct FreeTextColumn: Hashable, Comparable {
  var file: Int
  var column: Int

  static func < (lhs: FreeTextColumn, rhs: FreeTextColumn) -> Bool {
    (lhs.file, lhs.column) < (rhs.file, rhs.column)
  }
}
