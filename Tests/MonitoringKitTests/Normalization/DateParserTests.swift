import Testing

@testable import MonitoringKit

@Suite("DateParser")
struct DateParserTests {
  @Test(
    "parses dates and timestamps",
    arguments: [
      ("01.09.2025", "01.09.2025"), ("1.9.2025", "01.09.2025"), ("01.09.25", "01.09.2025"),
      ("2025-09-01", "01.09.2025"), ("31-12-2025", "31.12.2025"), ("  15.10.2025 ", "15.10.2025"),
      ("01.09.2025 г.", "01.09.2025"), ("01.09.2025г.", "01.09.2025"), ("29.02.2024", "29.02.2024"),
      ("29.02.2000", "29.02.2000"), ("01.09.2025 9:05", "01.09.2025 09:05:00"),
      ("01.09.2025 14:30:15", "01.09.2025 14:30:15"), ("2025-09-01 08:00", "01.09.2025 08:00:00"),
      ("2025-09-01T08:00:30", "01.09.2025 08:00:30"),
      ("2025/09/01 10:15:30 AM GMT+3", "01.09.2025 10:15:30"),
      ("2025/09/01 10:15:30 PM GMT+3", "01.09.2025 22:15:30"),
      ("2025/09/01 12:00:00 AM GMT+3", "01.09.2025 00:00:00"),
      ("2025/09/01 12:30:00 PM GMT+3", "01.09.2025 12:30:00"),
      ("2025/09/01 1:02:03 ПП GMT+3", "01.09.2025 13:02:03"),
      ("2025/09/01 1:02:03 пп GMT+3", "01.09.2025 13:02:03"),
      ("2025/09/01 11:02:03 ДП GMT+3", "01.09.2025 11:02:03"),
      ("2025/09/01 12:02:03 дп GMT+3", "01.09.2025 00:02:03"),
      ("2025/09/01 9:00:00 p.m. GMT+3", "01.09.2025 21:00:00"),
      ("2025/09/01 17:45:00 ÐŸÐŸ GMT+3", "01.09.2025 17:45:00"),  // mangled token, hour ≥ 13
      ("2025/09/01 17:45:00 AM GMT+3", "01.09.2025 17:45:00"),  // wrong token, hour ≥ 13: ignored
      ("2025/09/01 9:45:00 ?? GMT+3", "01.09.2025 09:45:00"),  // mangled token, hour kept
      ("2025/09/01 9:45:00 PM", "01.09.2025 21:45:00"), ("2025/09/01 9:45:00PM", "01.09.2025 21:45:00"),
      ("2025/09/01 9:45:00 UTC+03:00", "01.09.2025 09:45:00"), ("2025/09/01 21:45:00", "01.09.2025 21:45:00"),
      ("15.05.2026 10:00:00", "15.05.2026 10:00:00"), ("1.9.25 7:05", "01.09.2025 07:05:00"),
    ])
  func parses(input: String, expected: String) throws {
    #expect(try #require(DateParser.parse(input)).description == expected)
  }

  @Test(
    "rejects impossible or unknown forms",
    arguments: [
      "", "-", "29.02.2025", "29.02.1900", "31.04.2025", "32.01.2025", "00.01.2025", "01.13.2025",
      "01.00.2025",
      "2025-02-30", "01/09/2025", "2025.09.01", "01.09.2025 25:00", "01.09.2025 10:60", "01.09.2025 10:00:61",
      "01.09.2025 10", "01.09.2025 abc", "01.09", "сентябрь", "45900", "01.09.202", "01.09.2025 10:00 AM PM",
      "2025/09/01 10:15:30 AM 5", "1.9.1899", "01..2025",
    ])
  func rejects(input: String) {
    #expect(DateParser.parse(input) == nil)
  }

  @Test("validates leap years")
  func leapYears() {
    #expect(SchoolDate.isLeap(2024))
    #expect(SchoolDate.isLeap(2000))
    #expect(!SchoolDate.isLeap(1900))
    #expect(!SchoolDate.isLeap(2025))
    #expect(SchoolDate(year: 2025, month: 2, day: 29) == nil)
    #expect(SchoolDate(year: 2024, month: 2, day: 29) != nil)
  }

  @Test(
    "counts days since 1970 both ways",
    arguments: [
      (1970, 1, 1, 0), (1970, 1, 2, 1), (1969, 12, 31, -1), (2000, 3, 1, 11_017), (2025, 9, 1, 20_332),
      (2026, 5, 31, 20_604), (2024, 2, 29, 19_782),
    ])
  func days(year: Int, month: Int, day: Int, expected: Int) throws {
    let date = try #require(SchoolDate(year: year, month: month, day: day))
    #expect(date.daysSince1970 == expected)
    #expect(SchoolDate(daysSince1970: expected) == date)
  }

  @Test("orders by day, then time")
  func order() throws {
    let texts = ["02.09.2025", "01.09.2025 10:00", "01.09.2025", "01.09.2025 09:59:59", "31.08.2025 23:00"]
    let dates = try texts.map { try #require(DateParser.parse($0)) }
    #expect(
      dates.sorted().map(\.description) == [
        "31.08.2025 23:00:00", "01.09.2025", "01.09.2025 09:59:59", "01.09.2025 10:00:00", "02.09.2025",
      ])
  }

  @Test("formats")
  func formats() throws {
    let date = try #require(DateParser.parse("2025/09/01 1:02:03 PM GMT+3"))
    #expect(date.formatted == "01.09.2025")
    #expect(date.iso == "2025-09-01")
    #expect(date.dateOnly.description == "01.09.2025")
    #expect(date.time?.secondsOfDay == 13 * 3600 + 2 * 60 + 3)
  }
}
