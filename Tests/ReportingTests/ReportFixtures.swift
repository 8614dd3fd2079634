import Foundation
import MonitoringKit
import Reporting

/// The bundled sample school's `indicators.json` (a copy of `nastavnik compute` on `surveys/`)
/// plus hand-made person-level details with hostile text.
enum ReportFixtures {
  static let indicators: JSONValue = {
    let url = Bundle.module.url(forResource: "Fixtures/indicators-sample", withExtension: "json")!
    return try! JSONValue.parse(String(decoding: try! Data(contentsOf: url), as: UTF8.self))
  }()

  static let names = [
    "Иванова Мария", "Петров <script>alert(1)</script>", "Сидоров | Пётр", "Кузнецова Анна",
  ]

  static let input = ReportInput(
    indicators: indicators, generatedOn: "2026-06-15",
    mentees: (0..<15).map { index in
      MenteeOutcome(
        schoolClass: ["5А", "6Б", "10А"][index % 3], gradeBefore: 3 + Double(index % 4) * 0.25,
        gradeAfter: 3.2 + Double(index % 5) * 0.2, anxietyBefore: 60, anxietyAfter: 45)
    },
    pairs: [
      PairCard(
        key: "П-1", mentor: names[0], mentorClass: "10А",
        mentees: [
          .init(name: names[1], outcome: MenteeOutcome(schoolClass: "5А", gradeBefore: 2.8, gradeAfter: 3.1)),
          .init(name: names[2], outcome: MenteeOutcome(schoolClass: "5А")),
        ], model: "лидер – пассивный", status: "действует", meetings: 7, fullCycle: true)
    ],
    unmatched: [
      PersonIssue(name: names[3], file: "анкета.csv", line: 12, detail: "нет в списке обучающихся")
    ],
    rejectReasons: [
      RejectReasonSummary(
        code: "unknown-person", count: 3, text: "Человек не найден", fix: "Добавьте его в список")
    ],
    freeText: [
      FreeTextAnswer(role: "наставляемые", question: "Что понравилось?", answer: "<script>x()</script> | всё")
    ],
    instruments: [
      InstrumentSummary(id: "phillips", title: "Школьная тревожность Филлипса", items: 58, scoring: "ключ")
    ])
}
