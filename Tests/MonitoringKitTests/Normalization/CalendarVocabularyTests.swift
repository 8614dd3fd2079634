import Testing

@testable import MonitoringKit

@Suite("Vocabulary: months and waves")
struct CalendarVocabularyTests {
  @Test(
    "reads academic months",
    arguments: [
      ("сентябрь", 1), ("Сентябрь", 1), ("сент.", 1), ("Сентябрь 2025", 1), ("сентября", 1), ("сен", 1),
      ("октябрь", 2), ("ноябрь", 3), ("декабрь", 4), ("январь", 5), ("Февраль 2026", 6), ("март", 7),
      ("марта", 7), ("апрель", 8), ("май", 9), ("мая", 9), ("июнь", 10), ("июль", 11), ("август", 12),
      ("15.10.2025", 2), ("2026-01-20", 5), ("09.2025", 1), ("2025-12", 4), ("9", 1), ("05", 9),
      ("September", 1), ("в марте", 7),
    ])
  func months(input: String, expected: Int) throws {
    #expect(try #require(AcademicMonth.parse(input)).rawValue == expected)
  }

  @Test("rejects non-months", arguments: ["", "13", "весна", "1 четверть", "0"])
  func noMonth(input: String) {
    #expect(AcademicMonth.parse(input) == nil)
  }

  @Test("maps calendar months both ways")
  func calendar() throws {
    for calendarMonth in 1...12 {
      let month = try #require(AcademicMonth(calendarMonth: calendarMonth))
      #expect(month.calendarMonth == calendarMonth)
    }
    #expect(AcademicMonth(calendarMonth: 9) == .september)
    #expect(AcademicMonth(calendarMonth: 8) == .august)
    #expect(AcademicMonth.august.rawValue == 12)
    #expect(AcademicMonth.allCases.sorted().first == .september)
    #expect(AcademicMonth.january.label == "январь")
  }

  @Test(
    "reads waves",
    arguments: [
      ("входное", Wave.pre), ("Входная", .pre), ("начало", .pre), ("на начало года", .pre),
      ("стартовое", .pre),
      ("pre", .pre), ("Входное анкетирование", .pre), ("итоговое", .post), ("Итоговая", .post),
      ("конец", .post),
      ("на конец года", .post), ("финальное", .post), ("post", .post), ("Итоговое анкетирование", .post),
    ])
  func waves(input: String, expected: Wave) {
    #expect(Wave.parse(input) == expected)
  }

  @Test(
    "rejects unknown or contradictory waves", arguments: ["", "анкета", "входное и итоговое", "середина"])
  func noWave(input: String) {
    #expect(Wave.parse(input) == nil)
  }

  @Test(
    "reads waves from file names",
    arguments: [
      ("анкета_вход.csv", Wave.pre), ("Филлипс старт.csv", .pre), ("тревожность начало.csv", .pre),
      ("анкета сентябрь 2025.csv", .pre), ("phillips_pre.csv", .pre), ("анкета итог.csv", .post),
      ("Филлипс конец года.csv", .post), ("финал.csv", .post), ("анкета май.csv", .post),
      ("анкета 20 мая.csv", .post), ("phillips_post.tsv", .post), ("surveys/вход/анкета_итог.csv", .post),
    ])
  func fileNames(input: String, expected: Wave) {
    #expect(Wave.fromFileName(input) == expected)
  }

  @Test(
    "finds no wave in other file names", arguments: ["анкета.csv", "вход-итог.csv", "удовлетворенность.csv"])
  func noWaveInFileName(input: String) {
    #expect(Wave.fromFileName(input) == nil)
  }
}
