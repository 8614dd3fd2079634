import Foundation
import MonitoringKit
import Pipeline
import Testing

@Suite struct ConfigTests {
  /// The repository's own `pipelines/` folder, found from this file's location.
  static let pipelines = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../pipelines").standardizedFileURL.path

  @Test func theShippedYearEndConfigNamesTheSampleSchoolAndLeavesTheRestToDefaults() throws {
    let config = try PipelineConfig.load(path: Self.pipelines + "/year-end.yml")
    var expected = PipelineConfig()
    expected.school = "Школа-пример (синтетические данные из nastavnik sample-data)"
    #expect(config == expected)
  }

  @Test func aMissingConfigGivesTheDefaults() throws {
    #expect(try PipelineConfig.load(path: "/nonexistent/year-end.yml") == PipelineConfig())
  }

  @Test func aFullConfigIsRead() throws {
    let config = try PipelineConfig.parse(
      """
      school: "МБОУ «СОШ № 1»"
      academic_year: "2025/2026"
      programme: {start: 01.09.2025, end: 2026-05-25}
      files:
        - glob: "ведомость*"
          dataset: grades-wide
          period: "1 четверть"
          delimiter: ";"
          columns: {full_name: "Ф. И. ученика"}
        - glob: "тест*"
          wave: pre
      grades: {baseline: "1 четверть", final: год, threshold: 0.2}
      anxiety: {instrument: stai, score: trait}
      """)
    #expect(config.school == "МБОУ «СОШ № 1»")
    #expect(config.academicYear == AcademicYear(startYear: 2025))
    #expect(config.programme?.end == "2026-05-25")
    #expect(config.files?.first?.dataset == .gradesWide)
    #expect(config.files?.first?.columns?["full_name"] == "Ф. И. ученика")
    #expect(config.files?.last?.wave == .pre)
    #expect(config.grades?.threshold == 0.2)
    #expect(config.anxiety?.score == "trait")
  }

  @Test func configErrorsNameTheKey() {
    #expect {
      _ = try PipelineConfig.parse("academic_year: прошлый\n")
    } throws: { error in
      "\(error)".contains("academic_year") && "\(error)".contains("2025/2026")
    }
    #expect {
      _ = try PipelineConfig.parse("grades: {threshold: много}\n")
    } throws: { error in
      "\(error)".contains("grades.threshold")
    }
  }

  @Test func theDefaultInstrumentsLoad() throws {
    let instruments = try InstrumentLibrary.load(folder: Self.pipelines + "/instruments")
    #expect(instruments.map(\.id) == ["phillips", "satisfaction-mentee", "satisfaction-mentor", "stai"])
    let phillips = try #require(instruments.first)
    #expect(phillips.items.count == 58)
    #expect(phillips.items[10].number == 11)
    let total = try #require(phillips.scores.first)
    #expect(total.method == .keyedPercent)
    #expect(total.key?["11"] == "да")
    #expect(total.defaultKey == "нет")
    #expect(total.minimumAnswered == 0.9)
    #expect(total.levels.map(\.label) == ["норма", "повышенная", "высокая"])
    #expect(total.levels.map(\.elevated) == [false, true, true])
    let f1 = try #require(phillips.scores.first { $0.id == "f1" })
    #expect(f1.items.count == 9 + 13)  // nine listed numbers and 46–58
    #expect(f1.isFactor)
    let stai = try #require(instruments.last)
    #expect(stai.scores.map(\.id) == ["situational", "trait"])
    #expect(stai.scores[0].levels[0] == Instrument.Level(label: "низкая", upperBound: 30, inclusive: true))
    #expect(stai.items[0].choices?["совершенно верно"] == 4)
    let mentee = try #require(instruments.first { $0.id == "satisfaction-mentee" })
    #expect(mentee.items.filter { $0.type == .rating }.count == 7)
    #expect(mentee.items.first { $0.id == "continue" }?.type == .yesNo)
    #expect(mentee.defaultWave == .post)
  }
}
