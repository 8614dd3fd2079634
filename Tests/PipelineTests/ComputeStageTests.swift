import Foundation
import MonitoringKit
import Pipeline
import Testing

/// normalize → warehouse → compute on the hand-made school; values worked out by hand from
/// `Fixtures/make_handmade.py`.
@Suite struct ComputeStageTests {
  static func computed() throws -> (json: [String: Any], text: String) {
    let output = try TemporaryFolder()
    let config = try ResolvedConfig.load(
      RunOptions(
        input: HandmadeSchoolTests.folder, pipeline: HandmadeSchoolTests.pipelines, output: output.path))
    try NormalizeStage.run(config)
    let result = try ComputeStage.run(config)
    let text = try String(contentsOfFile: result.path, encoding: .utf8)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    return (json, text)
  }

  @Test func coverageAndMeetingsAsCountedByHand() throws {
    let (json, _) = try Self.computed()
    #expect(json["academic_year"] as? String == "2025/2026")
    let coverage = try #require(json["coverage"] as? [String: Any])
    // Nine pupils on the roster; mentors Орлова and Егоров; mentees Иванов, Соколов, Лебедева
    // (pairs) and Смирнова, Семёнова, Кузнецов Артём (участники.csv); pairs 1 and 2, pair 2 a
    // group of two.
    #expect(coverage["students_total"] as? Int == 9)
    #expect(coverage["mentors"] as? Int == 2)
    #expect(coverage["mentees"] as? Int == 6)
    #expect(coverage["participants"] as? Int == 8)
    #expect(coverage["pairs"] as? Int == 2)
    #expect(coverage["groups"] as? Int == 1)
    let meetings = try #require(json["meetings"] as? [String: Any])
    // Pair 1: знакомство, планирование, рабочая, итоговая (a full cycle); pair 2: знакомство.
    #expect(meetings["meetings_total"] as? Int == 5)
    #expect(meetings["pairs_with_meetings"] as? Int == 2)
    #expect(meetings["mean_per_pair"] as? Double == 2.5)
    #expect(meetings["full_cycle_pairs"] as? Int == 1)
  }

  @Test func registryOnTheProgrammeDates() throws {
    let (json, _) = try Self.computed()
    let registry = try #require(json["registry"] as? [String: Any])
    // Programme 01.09.2025–31.05.2026. Соколов (mentee): 10.10.2024–20.03.2026, on at the start,
    // off before the end. Лебедева (mentee): from 01.12.2025, on at the end. Кузнецов's row was
    // rejected (no date).
    #expect(registry["school_on_start"] as? Int == 1)
    #expect(registry["school_on_end"] as? Int == 1)
    #expect(registry["mentees_on_start"] as? Int == 1)
    #expect(registry["mentees_on_end"] as? Int == 1)
    #expect(registry["added_during"] as? Int == 1)
    #expect(registry["removed_during"] as? Int == 1)
  }

  @Test func indicatorsHoldNoNames() throws {
    let (_, text) = try Self.computed()
    for name in [
      "Иванов", "Смирнова", "Соколов", "Лебедева", "Кузнецов", "Орлова", "Егоров", "Семёнова", "Неизвестный",
      "Петров",
      "Гостев",
    ] {
      #expect(!text.contains(name), "\(name) in indicators.json")
    }
  }

  @Test func noComparisonGroupSaysSo() throws {
    let (json, _) = try Self.computed()
    let grades = try #require(json["grades"] as? [String: Any])
    // The only non-participant of 7А/7Б with no role is Кузнецов Андрей, who has no marks; nobody
    // else took the Phillips test: neither block has a comparison group.
    #expect(grades["comparison"] is NSNull)
    #expect(grades["comparison_reason"] as? String == "no_data")
    let anxiety = try #require(json["anxiety"] as? [String: Any])
    #expect(anxiety["comparison"] is NSNull)
    #expect(anxiety["comparison_reason"] as? String == "no_data")
  }
}
