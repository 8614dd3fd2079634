import Testing

@testable import MonitoringKit

@Suite("EditDistance")
struct EditDistanceTests {
  @Test(
    "levenshtein",
    arguments: [
      ("", "", 0), ("а", "", 1), ("", "абв", 3), ("иванов", "иванов", 0), ("иванов", "иваноф", 1),
      ("иванов", "иванова", 1), ("иванов", "иванв", 1), ("kitten", "sitting", 3), ("пётр", "петр", 1),
      ("алексеев", "алексеева", 1), ("абв", "вба", 2), ("семенов", "семёнов", 1),
    ])
  func distance(a: String, b: String, expected: Int) {
    #expect(EditDistance.levenshtein(a, b) == expected)
    #expect(EditDistance.levenshtein(b, a) == expected)
    #expect(EditDistance.isWithinOne(Array(a), Array(b)) == (expected <= 1))
  }

  @Test("stops early at the bound")
  func bound() {
    #expect(EditDistance.levenshtein("kitten", "sitting", bound: 1) == 2)
    #expect(EditDistance.levenshtein("kitten", "sitting", bound: 5) == 3)
    #expect(EditDistance.levenshtein("а", "абвгдеж", bound: 2) == 3)
    #expect(EditDistance.levenshtein("иванов", "иваноф", bound: 0) == 1)
    #expect(EditDistance.levenshtein("иванов", "иванов", bound: 0) == 0)
  }

  @Test("counts characters, not scalars")
  func characters() {
    let decomposed = "пе\u{0308}тр"  // «ё» as е + combining diaeresis: one Character
    #expect(EditDistance.levenshtein(decomposed, "петр") == 1)
    #expect(EditDistance.levenshtein(decomposed, "пётр") == 0)
  }
}
