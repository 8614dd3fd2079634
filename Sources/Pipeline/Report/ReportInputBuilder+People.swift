import MonitoringKit
import Reporting

extension ReportInputBuilder {
  /// A person no list holds: the catalog's `unknown-person` meaning and the class as written.
  func unmatchedIssue(_ match: MatchRecord) -> PersonIssue {
    var detail = catalog.meaning(.unknownPerson)
    if let rawClass = match.rawClass {
      detail += ru ? ", класс «\(rawClass)»" : ", class «\(rawClass)»"
    }
    return issue(match, detail: detail)
  }

  /// A person with several candidates: the catalog's `ambiguous-person` meaning and who fits.
  func ambiguousIssue(_ match: MatchRecord) -> PersonIssue {
    let candidates = match.candidates.map { describe($0) }.joined(separator: " / ")
    return issue(match, detail: "\(catalog.meaning(.ambiguousPerson)): \(candidates)")
  }

  /// A person matched by rules 3–7: «→ Иванов Пётр Сергеевич, 7А (правило 3: …)».
  func fuzzyIssue(_ match: MatchRecord) -> PersonIssue {
    let target = match.person.map { describe($0) } ?? "—"
    var rule = ""
    if let matchRule = match.rule {
      let number = matchRule.number.map { ru ? "правило \($0)" : "rule \($0)" }
      rule = " (" + [number, matchRule.label].compactMap { $0 }.joined(separator: ": ") + ")"
    }
    return issue(match, detail: "→ " + target + rule)
  }

  /// Whether the words are Russian.
  var ru: Bool { catalog.language == .ru }

  /// «Иванов Пётр Сергеевич, 5А».
  func describe(_ person: PersonID) -> String {
    guard person.rawValue >= 0, person.rawValue < data.persons.count else { return "—" }
    let found = data.persons[person.rawValue]
    return [found.name.display, found.schoolClass?.description].compactMap { $0 }.joined(separator: ", ")
  }

  /// The issue of `match` with its file path and line.
  func issue(_ match: MatchRecord, detail: String) -> PersonIssue {
    let file = match.file < data.files.count ? data.files[match.file].path : ""
    return PersonIssue(name: match.rawName, file: file, line: match.line, detail: detail)
  }
}
