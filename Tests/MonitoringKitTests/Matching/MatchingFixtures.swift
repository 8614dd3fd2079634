import Testing

@testable import MonitoringKit

/// A small school roster covering every matching rule, and helpers to query it.
enum MatchingFixtures {
  /// (id, student ID, full name, class).
  static let rows: [(Int, String?, String, String?)] = [
    (1, "001", "Иванов Пётр Сергеевич", "7А"),
    (2, nil, "Петрова Анна", "7А"),
    (3, nil, "Сидоров Алексей Иванович", "7А"),
    (4, nil, "Кузнецова Мария Павловна", "7Б"),
    (5, nil, "Кузнецова Марина Олеговна", "7Б"),
    (6, nil, "Смирнов Дмитрий Андреевич", "8В"),
    (8, nil, "Васильев Николай", "5А"),
    (9, nil, "Васильев Николай", "5А"),
    (10, "A-17", "Новикова Елена Игоревна", "9А"),
    (11, nil, "Лебедев Игорь", "6А"),
    (12, nil, "Лебедов Игорь", "6А"),
    (13, nil, "Орлов Кирилл", "10А"),
    (14, nil, "Соколова Дарья", "8А"),
    (15, nil, "Соколова Дарья", "8В"),
    (16, nil, "Фёдоров Илья Максимович", "9Б"),
    (17, nil, "Марков Роман", "9В"),
    (18, nil, "Марков Роман Ильич", "9В"),
    (19, nil, "Козлов Егор Петрович", "5Б"),
    (20, nil, "Козлов Егор Иванович", "5Б"),
    (21, nil, "Васильев Николай", "5В"),
    (22, "55", "Белов Антон", "11А"),
    (23, "55", "Белова Антонина", "11А"),
    (24, nil, "Ли Ян", "4А"),
    (25, nil, "Зайцев Глеб", nil),
    (26, nil, "Павлов С.", "3А"),
    (27, nil, "Егоров Тимур Русланович", "2Б"),
  ]

  /// The roster built from `rows`.
  static let roster: Roster = Roster(
    rows.map { id, studentID, name, schoolClass in
      RosterPerson(
        id: PersonID(id), studentID: studentID, name: PersonName(fullName: name)!,
        schoolClass: schoolClass.flatMap { SchoolClass(parsing: $0) })
    })

  /// A matcher over `roster` with the given overrides.
  static func matcher(_ overrides: [MatchOverride] = []) -> PersonMatcher {
    PersonMatcher(roster: roster, overrides: overrides)
  }

  /// A query from text.
  static func query(_ name: String, _ schoolClass: String?, id: String? = nil) -> PersonQuery {
    PersonQuery(
      studentID: id, name: PersonName(fullName: name)!,
      schoolClass: schoolClass.flatMap { SchoolClass(parsing: $0) })
  }
}

/// One row of a rule table: a query and the expected result.
struct MatchCase: Sendable, CustomTestStringConvertible {
  let name: String
  let schoolClass: String?
  let studentID: String?
  let expected: MatchResult

  init(_ name: String, _ schoolClass: String?, id: String? = nil, _ expected: MatchResult) {
    self.name = name
    self.schoolClass = schoolClass
    self.studentID = id
    self.expected = expected
  }

  var query: PersonQuery { MatchingFixtures.query(name, schoolClass, id: studentID) }
}

extension MatchCase {
  /// Names the case by its query in test output.
  var testDescription: String { "\(name) / \(schoolClass ?? "—") / \(studentID ?? "—")" }
}
