import Testing

@testable import MonitoringKit

@Suite("YesNo")
struct YesNoTests {
  @Test(
    "reads answers",
    arguments: [
      ("да", true), ("Да", true), ("ДА", true), ("да.", true), ("Да!", true), ("+", true), ("1", true),
      ("✓", true), ("✔", true), ("v", true), ("V", true), ("x", true), ("X", true), ("х", true),
      ("true", true),
      ("TRUE", true), ("yes", true), ("ИСТИНА", true), ("скорее да", true), ("Скорее да", true), ("дa", true),
      (" да ", true), ("есть", true),
      ("нет", false), ("Нет", false), ("НЕТ", false), ("-", false), ("–", false), ("—", false), ("0", false),
      ("false", false), ("FALSE", false), ("no", false), ("ЛОЖЬ", false), ("скорее нет", false),
      ("Скорее  нет", false), ("нет.", false),
    ])
  func answers(input: String, expected: Bool) {
    #expect(YesNo.parse(input) == expected)
  }

  @Test(
    "gives no answer",
    arguments: ["не знаю", "Не знаю", "затрудняюсь ответить", "", "  ", "может быть", "2", "да нет"])
  func noAnswer(input: String) {
    #expect(YesNo.parse(input) == nil)
  }

  @Test("tells «не знаю» from junk")
  func undecided() {
    #expect(YesNo.isUndecided("Не знаю"))
    #expect(YesNo.isUndecided("затрудняюсь ответить"))
    #expect(!YesNo.isUndecided("может быть"))
    #expect(!YesNo.isUndecided("да"))
  }

  @Test(
    "reads participant flags where empty means no",
    arguments: [
      ("", false), ("  ", false), ("н/д", false), ("да", true), ("+", true), ("нет", false), ("-", false),
      ("x", true),
    ])
  func flags(input: String, expected: Bool) {
    #expect(YesNo.parseFlag(input) == expected)
  }

  @Test("keeps unreadable flags unknown")
  func unreadableFlag() {
    #expect(YesNo.parseFlag("может быть") == nil)
    #expect(YesNo.parseFlag("не знаю") == nil)
  }
}
