import Foundation
import MonitoringKit
import Pipeline
import SampleData
import Testing

/// `sample-data` writes a school that `check` reads with exactly the problems planted in it.
@Suite struct SampleDataTests {
  static let pipelines = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../pipelines/year-end.yml").standardizedFileURL.path

  @Test func theSameSeedGivesTheSameBytes() throws {
    let first = try TemporaryFolder()
    let second = try TemporaryFolder()
    let options = SampleOptions(students: 60, seed: 11)
    let names = try SampleDataJob.write(options, to: first.path)
    #expect(try SampleDataJob.write(options, to: second.path) == names)
    for name in names {
      #expect(
        FileManager.default.contents(atPath: first.file(name))
          == FileManager.default.contents(atPath: second.file(name)))
    }
  }

  @Test func checkFindsOnlyThePlantedProblems() throws {
    let folder = try TemporaryFolder()
    try SampleDataJob.write(SampleOptions(students: 400, seed: 2025), to: folder.path)
    let config = try ResolvedConfig.load(RunOptions(input: folder.path, pipeline: Self.pipelines))
    let report = try CheckReport.make(config)
    let data = report.data
    #expect(report.allFilesRead)
    #expect(data.academicYear == AcademicYear(startYear: 2025))
    // Every table is recognised; the one spreadsheet is flagged.
    for file in data.files {
      if file.path.hasSuffix(".xlsx") {
        #expect(file.findings.map(\.code) == ["spreadsheet"])
      } else {
        #expect(file.dataset != nil, "\(file.path)")
        #expect(file.rowsUsed + file.rowsRejected == file.rowsRead, "\(file.path)")
      }
    }
    let expectedDatasets: Set<DatasetKind> = [
      .students, .participants, .pairs, .gradesWide, .gradesLong, .survey, .clubs, .registry, .meetings,
    ]
    #expect(Set(data.files.compactMap(\.dataset)) == expectedDatasets)
    // Planted: a pupil who left (grades), a guest (survey), one repeated submission, a 6 and an «отл».
    let quality = DataQuality(data)
    #expect(quality.unmatched.map(\.rawName).sorted() == ["Бывший Ученик Иванович", "Гостев Гость"])
    #expect(quality.ambiguous.isEmpty)
    #expect(quality.duplicatesSuperseded == 1)
    #expect(
      Set(data.rejects.map(\.reason)) == [.unknownPerson, .duplicateSuperseded, .outOfRange, .unknownValue])
    // Every fuzzy rule the contract lists is exercised by the planted spellings.
    let rules = Set(quality.fuzzy.compactMap(\.rule))
    #expect(rules == [.missingPatronymic, .initials, .swappedNames, .typo, .movedClass])
    // Surveys found their instruments.
    let instruments = Set(data.files.flatMap(\.instruments))
    #expect(instruments == ["satisfaction-mentee", "satisfaction-mentor", "phillips"])
  }
}
