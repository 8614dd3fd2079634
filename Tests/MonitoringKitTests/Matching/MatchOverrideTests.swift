import Testing

@testable import MonitoringKit

@Suite("Match overrides")
struct MatchOverrideTests {
  static func override(_ cells: [String]) -> MatchOverride {
    MatchOverride(cells: cells)!
  }

  @Test("an override resolves a name no rule would find")
  func resolves() {
    let matcher = MatchingFixtures.matcher([
      Self.override(["Петя Иванов", "7А", "Иванов Пётр Сергеевич", "7А"])
    ])
    #expect(matcher.match(MatchingFixtures.query("Петя Иванов", "7 а")) == .matched(1, rule: .override))
    #expect(MatchingFixtures.matcher().match(MatchingFixtures.query("Петя Иванов", "7А")) == .unmatched)
    // Only the left side's class: in another class the override does not apply.
    #expect(matcher.match(MatchingFixtures.query("Петя Иванов", "7Б")) == .unmatched)
  }

  @Test("overrides apply before every rule, student_id included")
  func precedence() {
    let matcher = MatchingFixtures.matcher([
      Self.override(["Сидоров Алексей Иванович", "7А", "Смирнов Дмитрий Андреевич", "8В"])
    ])
    #expect(
      matcher.match(MatchingFixtures.query("Сидоров Алексей Иванович", "7А")) == .matched(6, rule: .override))
    #expect(
      matcher.match(MatchingFixtures.query("Сидоров Алексей Иванович", "7А", id: "001"))
        == .matched(6, rule: .override))
    #expect(matcher.match(MatchingFixtures.query("Сидоров Алексей Иванович", "3А")) == .unmatched)
  }

  @Test("a class-specific override wins over one without a class")
  func specificFirst() {
    let matcher = MatchingFixtures.matcher([
      Self.override(["Петя", "", "Петрова Анна", "7А"]),
      Self.override(["Петя", "7А", "Иванов Пётр Сергеевич", "7А"]),
    ])
    #expect(matcher.match(MatchingFixtures.query("Петя", "7А")) == .matched(1, rule: .override))
    #expect(matcher.match(MatchingFixtures.query("Петя", "5Б")) == .matched(2, rule: .override))
    #expect(matcher.match(MatchingFixtures.query("Петя", nil)) == .matched(2, rule: .override))
  }

  @Test("the right side is resolved by the rules and may lack a class")
  func looseRightSide() {
    let matcher = MatchingFixtures.matcher([
      Self.override(["Ник", "9А", "Новикова Елена Игоревна", ""]),
      Self.override(["Петя", "7А", "Иванов Пётр", "7А"]),
      Self.override(["Коля", "5А", "Васильев Николай", ""]),
    ])
    #expect(matcher.match(MatchingFixtures.query("Ник", "9А")) == .matched(10, rule: .override))
    #expect(matcher.match(MatchingFixtures.query("Петя", "7А")) == .matched(1, rule: .override))
    #expect(matcher.match(MatchingFixtures.query("Коля", "5А")) == .ambiguous([8, 9, 21], rule: .override))
  }

  @Test("an override pointing nowhere leaves the row unmatched and is reported")
  func unresolved() {
    let stale = Self.override(["Кто-то", "7А", "Несуществующий Человек", "7А"])
    let good = Self.override(["Петя Иванов", "7А", "Иванов Пётр Сергеевич", "7А"])
    let matcher = MatchingFixtures.matcher([stale, good])
    #expect(matcher.match(MatchingFixtures.query("Кто-то", "7А")) == .unmatched)
    #expect(matcher.unresolvedOverrides() == [stale])
  }

  @Test("reads matches.csv cells")
  func cells() throws {
    let parsed = try #require(MatchOverride(cells: ["Петя  Иванов", "7 «А»", "ИВАНОВ Пётр Сергеевич", "7а"]))
    #expect(parsed.fileName.key == "петя иванов")
    #expect(parsed.fileClass?.description == "7А")
    #expect(parsed.rosterName.display == "Иванов Пётр Сергеевич")
    #expect(MatchOverride(cells: ["Петя", "7Z", "Иванов Пётр", "7А"]) == nil)
    #expect(MatchOverride(cells: ["", "7А", "Иванов Пётр", "7А"]) == nil)
    #expect(MatchOverride(cells: ["Петя", "7А", "Иванов Пётр"]) == nil)
    #expect(try #require(MatchOverride(cells: ["Петя", "", "Иванов Пётр", "-"])).fileClass == nil)
  }
}
