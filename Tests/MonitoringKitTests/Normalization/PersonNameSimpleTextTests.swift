import PropertyBased
import Testing

@testable import MonitoringKit

/// The scalar fast path for names gives exactly what the general, `Character`-based path gives.
@Suite("PersonName: the simple-alphabet fast path")
struct PersonNameSimpleTextTests {
  /// Pieces of names: Russian and Latin letters (look-alikes too), Ё/ё, initials, dashes,
  /// brackets, quotes, digits, spaces and separators — and a few characters outside the simple
  /// alphabet (NBSP, an en dash, «й» decomposed, a stress mark, Ukrainian «і»), which must send
  /// the name down the general path.
  static let pieces = [
    "Иванов", "ПЕТРОВ", "анна", "Ёлкин", "ёж", "Оглы", "оглы", "кызы", "Петров-Водкин", "И.", "П.С.", "A",
    "o",
    "Иванoв", "Smith", " ", "  ", "\t", "\r\n", "-", " - ", "--", "(", ")", "[", "]", "(уч.)", "\"", "'", "`",
    ",", ".", ";", "7", "2б", "x", "\u{00A0}", "\u{2013}", "и\u{0306}", "а\u{0301}", "і", "«", "»",
  ]

  @Test("agrees with the general path on random names", .timeLimit(.minutes(1)))
  func agreesWithGeneral() async {
    let pieces = Self.pieces
    let names = Gen.int(in: 0...(pieces.count - 1)).map { pieces[$0] }.array(of: 0...7).map { $0.joined() }
    await propertyCheck(count: 3000, input: names) { name in
      let general = PersonName.tokensGeneral(of: name)
      if let simple = PersonName.simpleTokens(of: name) {
        #expect(simple == general, "«\(name)»")
      }
    }
  }

  @Test("takes the fast path for plain Russian names and not for others")
  func domain() {
    #expect(PersonName.simpleTokens(of: "Петров-Водкин Кузьма Сергеевич (7А)") != nil)
    #expect(PersonName.simpleTokens(of: "Smith J.") != nil)
    #expect(PersonName.simpleTokens(of: "Иванов\u{00A0}Иван") == nil)
    #expect(PersonName.simpleTokens(of: "Мамедов Али Оглы\u{0301}") == nil)
  }

  @Test("worked examples")
  func examples() throws {
    let parts = try #require(PersonName.simpleTokens(of: "  ПЕТРОВ - водкин  ёлкин  П.С.  Иванoв оглы"))
    #expect(parts.map(\.key) == ["петров-водкин", "елкин", "п", "с", "иванов", "оглы"])
    #expect(parts.map(\.display) == ["Петров-Водкин", "Ёлкин", "П.", "С.", "Иванов", "оглы"])
    #expect(parts.map(\.isInitial) == [false, false, true, true, false, false])
  }
}
