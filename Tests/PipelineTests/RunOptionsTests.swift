import Foundation
import Pipeline
import Testing

/// `--now` and `SOURCE_DATE_EPOCH`: one code path pins the time and the report's date.
@Suite struct RunOptionsTests {
  @Test func nowWinsOverTheEnvironment() throws {
    let date = try #require(
      try RunOptions.pinnedTime(now: "2026-06-01", environment: ["SOURCE_DATE_EPOCH": "0"]))
    #expect(RunOptions(now: date, timePinned: true).generatedOn == "2026-06-01")
  }

  @Test func sourceDateEpochPinsInUTC() throws {
    let date = try #require(
      try RunOptions.pinnedTime(now: nil, environment: ["SOURCE_DATE_EPOCH": "1780000000"]))
    #expect(RunOptions(now: date, timePinned: true).generatedOn == "2026-05-28")
  }

  @Test func dateTimesWithAndWithoutZone() throws {
    let plain = try #require(RunOptions.parseISO("2026-06-01T23:30:00"))
    #expect(RunOptions(now: plain, timePinned: true).generatedOn == "2026-06-01")
    let zoned = try #require(RunOptions.parseISO("2026-06-01T01:30:00+03:00"))
    #expect(RunOptions(now: zoned, timePinned: true).generatedOn == "2026-05-31")
  }

  @Test func unpinnedAndUnreadable() throws {
    #expect(try RunOptions.pinnedTime(now: nil, environment: [:]) == nil)
    #expect(throws: (any Error).self) { try RunOptions.pinnedTime(now: "01.06.2026", environment: [:]) }
  }
}
