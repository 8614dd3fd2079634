import Testing

@testable import MonitoringKit

@Suite("PersonMatcher rules")
struct PersonMatcherTests {
  @Test(
    "rule 1: same student_id",
    arguments: [
      MatchCase("Кто-то Другой", "1А", id: "001", .matched(1, rule: .studentID)),
      MatchCase("Иванов Пётр Сергеевич", "7А", id: "1", .matched(1, rule: .studentID)),  // zeros stripped
      MatchCase("Новикова Елена", nil, id: " a-17 ", .matched(10, rule: .studentID)),
      MatchCase("Сидоров Алексей Иванович", "7А", id: "999", .matched(3, rule: .fullNameAndClass)),
      MatchCase("Белов Антон", "11А", id: "55", .ambiguous([22, 23], rule: .studentID)),
      MatchCase("Новикова Елена Игоревна", "9А", id: "777", .unmatched),  // conflicting IDs
    ])
  func studentID(_ testCase: MatchCase) {
    #expect(MatchingFixtures.matcher().match(testCase.query) == testCase.expected)
  }

  @Test(
    "rule 2: same full name and class",
    arguments: [
      MatchCase("Сидоров Алексей Иванович", "7А", .matched(3, rule: .fullNameAndClass)),
      MatchCase("СИДОРОВ алексей  иванович", "7 а", .matched(3, rule: .fullNameAndClass)),
      MatchCase("Федоров Илья Максимович", "9Б", .matched(16, rule: .fullNameAndClass)),
      MatchCase("Сидоров Алексей Иванович", "3А", .unmatched),
      MatchCase("Васильев Николай", "5А", .ambiguous([8, 9], rule: .fullNameAndClass)),
      MatchCase("Васильев Николай", "5В", .matched(21, rule: .fullNameAndClass)),
    ])
  func fullName(_ testCase: MatchCase) {
    #expect(MatchingFixtures.matcher().match(testCase.query) == testCase.expected)
  }

  @Test(
    "rule 3: patronymic missing on one side",
    arguments: [
      MatchCase("Иванов Пётр", "7А", .matched(1, rule: .missingPatronymic)),
      MatchCase("Петрова Анна Викторовна", "7А", .matched(2, rule: .missingPatronymic)),
      MatchCase("Иванов Пётр Андреевич", "7А", .unmatched),
      MatchCase("Иванов Пётр", "7Б", .unmatched),
      MatchCase("Козлов Егор", "5Б", .ambiguous([19, 20], rule: .missingPatronymic)),
    ])
  func missingPatronymic(_ testCase: MatchCase) {
    #expect(MatchingFixtures.matcher().match(testCase.query) == testCase.expected)
  }

  @Test(
    "rule 4: surname and initials unique in the class",
    arguments: [
      MatchCase("Иванов П.С.", "7А", .matched(1, rule: .initials)),
      MatchCase("Иванов П. С.", "7А", .matched(1, rule: .initials)),
      MatchCase("П.С. Иванов", "7А", .matched(1, rule: .initials)),
      MatchCase("Иванов П.", "7А", .matched(1, rule: .initials)),
      MatchCase("Иванов Пётр С.", "7А", .matched(1, rule: .initials)),
      MatchCase("Кузнецова М.П.", "7Б", .matched(4, rule: .initials)),
      MatchCase("Павлов Семён", "3А", .matched(26, rule: .initials)),  // the roster has the initial
      MatchCase("Иванов А.", "7А", .unmatched),
      MatchCase("Иванов П.А.", "7А", .unmatched),
      MatchCase("Кузнецова М.", "7Б", .ambiguous([4, 5], rule: .initials)),
    ])
  func initials(_ testCase: MatchCase) {
    #expect(MatchingFixtures.matcher().match(testCase.query) == testCase.expected)
  }

  @Test(
    "rule 5: first name and surname swapped",
    arguments: [
      MatchCase("Илья Фёдоров", "9Б", .matched(16, rule: .swappedNames)),
      MatchCase("Илья Максимович Фёдоров", "9Б", .matched(16, rule: .swappedNames)),
      MatchCase("Илья Фёдоров Максимович", "9Б", .matched(16, rule: .swappedNames)),
      MatchCase("Илья Фёдоров", "9А", .unmatched),
      MatchCase("Илья Фёдоров Петрович", "9Б", .unmatched),
      MatchCase("Роман Марков", "9В", .ambiguous([17, 18], rule: .swappedNames)),
    ])
  func swapped(_ testCase: MatchCase) {
    #expect(MatchingFixtures.matcher().match(testCase.query) == testCase.expected)
  }

  @Test(
    "rule 6: one typo in a name of at least five letters, unique in the class",
    arguments: [
      MatchCase("Сидорв Алексей Иванович", "7А", .matched(3, rule: .typo)),
      MatchCase("Сидоров Алексей Иваноич", "7А", .matched(3, rule: .typo)),
      MatchCase("Егорова Тимур Русланович", "2Б", .matched(27, rule: .typo)),
      MatchCase("Сидорв Алексей Иванович", "7Б", .unmatched),
      MatchCase("Сидорв Алксей Иванович", "7А", .unmatched),  // two typos
      MatchCase("Ли Ям", "4А", .unmatched),  // four letters only
      MatchCase("Лебедав Игорь", "6А", .ambiguous([11, 12], rule: .typo)),
    ])
  func typo(_ testCase: MatchCase) {
    #expect(MatchingFixtures.matcher().match(testCase.query) == testCase.expected)
  }

  @Test(
    "rule 7: same name in a neighbouring class, unique in the school",
    arguments: [
      MatchCase("Орлов Кирилл", "10Б", .matched(13, rule: .movedClass)),
      MatchCase("Орлов Кирилл", "11А", .matched(13, rule: .movedClass)),
      MatchCase("Орлов Кирилл", "9А", .matched(13, rule: .movedClass)),
      MatchCase("Орлов Кирилл", "10", .matched(13, rule: .movedClass)),
      MatchCase("Орлов Кирилл", "11Б", .unmatched),
      MatchCase("Орлов Кирилл", "8А", .unmatched),
      MatchCase("Соколова Дарья", "8Б", .ambiguous([14, 15], rule: .movedClass)),
    ])
  func movedClass(_ testCase: MatchCase) {
    #expect(MatchingFixtures.matcher().match(testCase.query) == testCase.expected)
  }

  @Test(
    "without a class only a unique exact full name matches",
    arguments: [
      MatchCase("Сидоров Алексей Иванович", nil, .matched(3, rule: .fullNameOnly)),
      MatchCase("сидоров  алексей иванович", nil, .matched(3, rule: .fullNameOnly)),
      MatchCase("Васильев Николай", nil, .ambiguous([8, 9, 21], rule: .fullNameOnly)),
      MatchCase("Иванов Пётр", nil, .unmatched),  // rule 3 needs a class
      MatchCase("Иванов П.С.", nil, .unmatched),  // rule 4 needs a class
      MatchCase("Илья Фёдоров", nil, .unmatched),  // rule 5 needs a class
      MatchCase("Сидорв Алексей Иванович", nil, .unmatched),  // rule 6 needs a class
      MatchCase("Сидоров Алексей Иванович", nil, id: "001", .matched(1, rule: .studentID)),
    ])
  func noClass(_ testCase: MatchCase) {
    #expect(MatchingFixtures.matcher().match(testCase.query) == testCase.expected)
  }

  @Test("a roster person without a class is found by exact full name after the class rules")
  func classlessRosterPerson() {
    let matcher = MatchingFixtures.matcher()
    #expect(matcher.match(MatchingFixtures.query("Зайцев Глеб", "6Б")) == .matched(25, rule: .fullNameOnly))
    #expect(matcher.match(MatchingFixtures.query("Зайцев Глеб", nil)) == .matched(25, rule: .fullNameOnly))
    #expect(matcher.match(MatchingFixtures.query("Зайцев Глеб Ильич", "6Б")) == .unmatched)
  }

  @Test("ambiguity at one rule stops the search")
  func ambiguityStops() {
    // Rule 2 finds two «Васильев Николай» in 5А; rule 7 would have found the one in 5В alone.
    let result = MatchingFixtures.matcher().match(MatchingFixtures.query("Васильев Николай", "5А"))
    #expect(result == .ambiguous([8, 9], rule: .fullNameAndClass))
    #expect(result.personID == nil)
    #expect(result.rule == .fullNameAndClass)
  }

  @Test("rules follow the contract's order")
  func ruleOrder() {
    #expect(MatchRule.allCases.compactMap(\.number) == [1, 2, 3, 4, 5, 6, 7])
    #expect(
      MatchRule.allCases.filter(\.needsConfirmation) == [
        .missingPatronymic, .initials, .swappedNames, .typo, .movedClass,
      ])
    #expect(MatchRule.override < .studentID)
    #expect(Set(MatchRule.allCases.map(\.code)).count == MatchRule.allCases.count)
  }
}
