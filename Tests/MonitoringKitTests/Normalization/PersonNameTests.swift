import Testing

@testable import MonitoringKit

@Suite("PersonName")
struct PersonNameTests {
  @Test(
    "normalises the key",
    arguments: [
      ("Иванов Пётр Сергеевич", "иванов петр сергеевич"),
      ("  ИВАНОВ   ПЁТР  ", "иванов петр"),
      ("Иванов\u{00A0}Пётр", "иванов петр"),
      ("Семёнова Алёна", "семенова алена"),
      ("Петров-Водкин Кузьма", "петров-водкин кузьма"),
      ("Петров–Водкин Кузьма", "петров-водкин кузьма"),
      ("Иванова - Петрова Анна", "иванова-петрова анна"),
      ("Д'Артаньян Шарль", "дартаньян шарль"),
      ("Иванов, Пётр", "иванов петр"),
      ("Иванoв Пeтр", "иванов петр"),  // Latin o and e
      ("ИBAHOB ПETP", "иванов петр"),  // Latin capitals B, A, H, O, E, T, P
      ("Smith John", "smith john"),  // Latin words stay Latin
      ("Иванова (Петрова) Анна", "иванова анна"),
      ("Мамедов Али Рза оглы", "мамедов али рза оглы"),
      ("И\u{0306}ылдыз Айгуль", "йылдыз айгуль"),  // decomposed «Й»
      ("«Иванов» Пётр", "иванов петр"),
      ("Иванов П.", "иванов п"),
      ("Иванов П.С.", "иванов п с"),
      ("Иванов П. С.", "иванов п с"),
      ("П.С. Иванов", "иванов п с"),
      ("П. Иванов", "иванов п"),
      ("-Иванов- Пётр", "иванов петр"),
    ])
  func key(input: String, expected: String) throws {
    let name = try #require(PersonName(fullName: input))
    #expect(name.key == expected)
  }

  @Test("rejects text without letters", arguments: ["", "   ", "-", "123", "(Иванов)", "—", ".,;"])
  func noLetters(input: String) {
    #expect(PersonName(fullName: input) == nil)
  }

  @Test(
    "splits into parts",
    arguments: [
      ("Иванов Пётр Сергеевич", "иванов", "петр", "сергеевич"),
      ("Иванов Пётр", "иванов", "петр", nil),
      ("Иванов", "иванов", nil, nil),
      ("Иванов П.С.", "иванов", "п", "с"),
      ("П.С. Иванов", "иванов", "п", "с"),
      ("Мамедов Али Рза оглы", "мамедов", "али", "рза оглы"),
    ] as [(String, String, String?, String?)])
  func parts(input: String, surname: String, first: String?, patronymic: String?) throws {
    let name = try #require(PersonName(fullName: input))
    #expect(name.surname.key == surname)
    #expect(name.firstName?.key == first)
    #expect(name.patronymic?.key == patronymic)
  }

  @Test(
    "detects initials",
    arguments: [
      ("Иванов П.", true), ("Иванов П.С.", true), ("Иванов П. С.", true), ("П.С. Иванов", true),
      ("Иванов Пётр С.", true), ("Иванов П", true), ("Иванов Пётр Сергеевич", false), ("Иванов Пётр", false),
      ("Иванов", false), ("Ли Ян", false),
    ])
  func initials(input: String, expected: Bool) throws {
    #expect(try #require(PersonName(fullName: input)).hasInitials == expected)
  }

  @Test(
    "capitalises for display",
    arguments: [
      ("иванов пётр", "Иванов Пётр"),
      ("ИВАНОВ ПЁТР СЕРГЕЕВИЧ", "Иванов Пётр Сергеевич"),
      ("петров-водкин кузьма", "Петров-Водкин Кузьма"),
      ("салтыкова-щедрина анна-мария", "Салтыкова-Щедрина Анна-Мария"),
      ("иванов п.с.", "Иванов П. С."),
      ("п. с. иванов", "Иванов П. С."),
      ("мамедов али рза оглы", "Мамедов Али Рза оглы"),
      ("Иванoв Пётр", "Иванов Пётр"),
      ("семёнова алёна", "Семёнова Алёна"),
    ])
  func display(input: String, expected: String) throws {
    let name = try #require(PersonName(fullName: input))
    #expect(name.display == expected)
    #expect(name.description == expected)
  }

  @Test("abbreviates to surname and initials")
  func abbreviated() throws {
    #expect(try #require(PersonName(fullName: "иванов пётр сергеевич")).abbreviated == "Иванов П. С.")
    #expect(try #require(PersonName(fullName: "Иванов")).abbreviated == "Иванов")
  }

  @Test("builds from separate columns")
  func columns() throws {
    let full = try #require(PersonName(lastName: "Иванов", firstName: " Пётр ", middleName: "Сергеевич"))
    #expect(full == PersonName(fullName: "Иванов Пётр Сергеевич"))
    #expect(full.display == "Иванов Пётр Сергеевич")
    let noMiddle = try #require(PersonName(lastName: "ИВАНОВА", firstName: "анна", middleName: ""))
    #expect(noMiddle.key == "иванова анна")
    #expect(noMiddle.patronymic == nil)
    let doubleSurname = try #require(
      PersonName(lastName: "Иванова Петрова", firstName: "Анна", middleName: nil))
    #expect(doubleSurname.surname.key == "иванова петрова")
    #expect(doubleSurname.firstName?.key == "анна")
    let initials = try #require(PersonName(lastName: "Иванов", firstName: "П.С.", middleName: nil))
    #expect(initials.key == "иванов п с")
    #expect(initials.patronymic?.isInitial == true)
    #expect(PersonName(lastName: "", firstName: "Пётр", middleName: nil) == nil)
    #expect(PersonName(lastName: nil, firstName: nil, middleName: nil) == nil)
  }

  @Test("compares by key")
  func equality() throws {
    let a = try #require(PersonName(fullName: "Иванов Пётр"))
    let b = try #require(PersonName(fullName: "ИВАНОВ петр"))
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
    #expect(a.display != b.display)
    #expect(a != PersonName(fullName: "Иванов Павел"))
  }

  @Test(
    "counts letters",
    arguments: [("Иванов Пётр", 10), ("Ли Ян", 4), ("Петров-Водкин", 12), ("Иванов П.С.", 8)])
  func letters(input: String, expected: Int) throws {
    #expect(try #require(PersonName(fullName: input)).letterCount == expected)
  }
}
