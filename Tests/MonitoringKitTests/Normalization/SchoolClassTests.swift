import Testing

@testable import MonitoringKit

@Suite("SchoolClass")
struct SchoolClassTests {
  @Test(
    "parses class cells",
    arguments: [
      ("7А", "7А"), ("7 А", "7А"), ("7-а", "7А"), ("7«А»", "7А"), ("7\"А\"", "7А"), ("7а класс", "7А"),
      ("7a", "7А"), ("7A", "7А"), ("07А", "7А"), ("10", "10"), ("11 Б класс", "11Б"), ("11б", "11Б"),
      (" 5 в ", "5В"), ("5b", "5В"), ("9c", "9С"), ("6e", "6Е"), ("8k", "8К"), ("1", "1"), ("10 класс", "10"),
      ("7 «А» класс", "7А"), ("7–А", "7А"), ("7 - А", "7А"), ("7А кл.", "7А"), ("класс 7А", "7А"),
      ("7.А", "7А"), ("7\u{00A0}А", "7А"), ("4ё", "4Е"), ("3 'Г'", "3Г"), ("2Д", "2Д"),
    ])
  func parses(input: String, expected: String) throws {
    let parsed = try #require(SchoolClass(parsing: input))
    #expect(parsed.description == expected)
  }

  @Test(
    "rejects grade 0, grades above 11 and junk",
    arguments: [
      "", "0", "0А", "12", "12А", "100", "А", "7АБ", "7D", "7F", "7-1", "7/2", "седьмой", "7Ь", "7Ы",
      "А7", "7 А (профиль)", "-", "1-11", "7ZZ",
    ])
  func rejects(input: String) {
    #expect(SchoolClass(parsing: input) == nil)
  }

  @Test("orders by grade then letter")
  func order() throws {
    let classes = try ["10", "7Б", "7", "11А", "7А", "2В"].map { try #require(SchoolClass(parsing: $0)) }
    #expect(classes.sorted().map(\.description) == ["2В", "7", "7А", "7Б", "10", "11А"])
  }

  @Test("hashes equal spellings together")
  func hashing() {
    let set = Set(["7А", "7 а", "7a", "07-А"].compactMap { SchoolClass(parsing: $0) })
    #expect(set.count == 1)
  }

  @Test(
    "recognises neighbouring classes",
    arguments: [
      ("7А", "7Б", true), ("7А", "8А", true), ("7А", "6А", true), ("7А", "8", true), ("7", "7А", true),
      ("7А", "7А", false), ("7А", "8Б", false), ("7А", "9А", false), ("7", "7", false),
    ])
  func neighbours(a: String, b: String, expected: Bool) throws {
    let lhs = try #require(SchoolClass(parsing: a))
    let rhs = try #require(SchoolClass(parsing: b))
    #expect(lhs.isNeighbour(of: rhs) == expected)
    #expect(rhs.isNeighbour(of: lhs) == expected)
  }

  @Test("validates the memberwise initialiser")
  func memberwise() {
    #expect(SchoolClass(grade: 0) == nil)
    #expect(SchoolClass(grade: 12) == nil)
    #expect(SchoolClass(grade: 5, letter: "b")?.description == "5В")
    #expect(SchoolClass(grade: 5, letter: "Q") == nil)
  }
}
