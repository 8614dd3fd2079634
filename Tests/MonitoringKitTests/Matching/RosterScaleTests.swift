import Testing

@testable import MonitoringKit

@Suite("Roster at school scale")
struct RosterScaleTests {
  static let surnames = [
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
    "Фёдоров",
    "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов",
    "Николаев",
  ]
  static let firstNames = [
    "Александр", "Максим", "Артём", "Михаил", "Даниил", "Иван", "Дмитрий", "Кирилл", "Андрей", "Егор",
  ]
  static let patronymics = ["Сергеевич", "Андреевич", "Алексеевич", "Дмитриевич", "Игоревич"]
  static let letters: [Character] = ["А", "Б", "В", "Г"]

  /// 1 000 distinct persons spread over 44 classes.
  static let persons: [RosterPerson] = (0..<1000).map { index in
    let name = "\(surnames[index % 20]) \(firstNames[(index / 20) % 10]) \(patronymics[(index / 200) % 5])"
    let schoolClass = SchoolClass(grade: index % 11 + 1, letter: letters[(index / 11) % 4])
    return RosterPerson(id: PersonID(index), name: PersonName(fullName: name)!, schoolClass: schoolClass)
  }

  @Test("every person is found by name and class among 1 000, also through a typo")
  func exactAndTypo() {
    let matcher = PersonMatcher(roster: Roster(Self.persons))
    var exact = 0
    var typo = 0
    for _ in 0..<20 {
      for person in Self.persons {
        let query = PersonQuery(name: person.name, schoolClass: person.schoolClass)
        if matcher.match(query) == .matched(person.id, rule: .fullNameAndClass) { exact += 1 }
      }
    }
    for person in Self.persons {
      let misspelt = PersonName(fullName: String(person.name.display.dropLast()))!
      if matcher.match(PersonQuery(name: misspelt, schoolClass: person.schoolClass)).personID == person.id {
        typo += 1
      }
    }
    #expect(exact == 20_000)
    #expect(typo == 1000)
  }
}
