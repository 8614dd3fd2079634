import Testing

@testable import MonitoringKit

@Suite("CellText")
struct CellTextTests {
  @Test(
    "cleans cells",
    arguments: [
      ("  Иванов  ", "Иванов"),
      ("Иванов\u{00A0}Пётр", "Иванов Пётр"),
      ("\u{202F}7А\u{00A0}", "7А"),
      ("1\u{00A0}000", "1 000"),
      ("Иванов   Пётр\tСергеевич", "Иванов Пётр Сергеевич"),
      ("строка\nвторая", "строка вторая"),
      ("\u{FEFF}ФИО", "ФИО"),
      ("Ива\u{200B}нов", "Иванов"),
      ("4,5", "4,5"),
      ("-5", "-5"),
      ("да - нет", "да - нет"),
      ("Й", "Й"),
    ])
  func cleans(input: String, expected: String) {
    #expect(CellText.clean(input) == expected)
  }

  @Test(
    "treats placeholders as empty",
    arguments: [
      "", "   ", "\u{00A0}", "-", " - ", "—", "–", "н/д", "Н/Д", "нет данных", "НЕТ ДАННЫХ", "Нет  данных",
      "\u{2212}",
    ])
  func empty(input: String) {
    #expect(CellText.clean(input) == nil)
    #expect(CellText.isEmpty(input))
  }

  @Test("puts text in NFC")
  func nfc() {
    let decomposed = "И\u{0306}ошкар-Ола"  // «Й» as И + combining breve
    #expect(CellText.clean(decomposed) == "Йошкар-Ола")
    #expect(CellText.clean(decomposed)?.unicodeScalars.count == 10)
  }
}
