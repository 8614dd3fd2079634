import Testing
import TabularIO

@Suite struct HeaderNormalizerTests {
  static let cases: [(String, String)] = [
    ("ФИО (полностью)", "фио"),
    ("Ф.И.О.", "фио"),
    ("  Класс\u{00A0}обучения ", "класс обучения"),
    ("Отметка  времени", "отметка времени"),
    ("Пол: м/ж", "пол м ж"),
    ("Кружок/секция", "кружок секция"),
    ("№ пары", "№ пары"),
    ("Ёлочка", "елочка"),
    ("Клаcс", "класс"),  // Latin c inside a Cyrillic word
    ("ФИO ученика", "фио ученика"),  // Latin O
    ("Timestamp", "timestamp"),  // Latin words stay Latin
    ("Дата рождения (дд.мм.гггг)", "дата рождения"),
    ("(примечание)", "примечание"),  // a remark that is the whole header is kept
    (
      "Насколько комфортно тебе было общаться с наставником? (от 1 до 10)",
      "насколько комфортно тебе было общаться с наставником"
    ),
    ("Вопрос [строка 1]", "вопрос строка 1"),
    ("Е\u{0308}лка", "елка"),  // decomposed Ё (NFC first)
  ]

  @Test(arguments: cases)
  func headersNormalise(raw: String, expected: String) {
    #expect(HeaderNormalizer.normalize(raw) == expected)
  }

  @Test func lookalikesAreFoldedOnlyInsideCyrillicWords() {
    #expect(CyrillicLookalikes.fold("7a") == "7a")
    #expect(CyrillicLookalikes.fold("иванoв") == "иванов")
    #expect(CyrillicLookalikes.fold("mentor") == "mentor")
  }
}
