import Testing

@testable import MonitoringKit

@Suite("DecimalNumber")
struct DecimalNumberTests {
  @Test(
    "parses decimals",
    arguments: [
      ("4,5", 4.5), ("4.5", 4.5), ("5", 5.0), (" 4,25 ", 4.25), ("-3", -3.0), ("+2,5", 2.5),
      ("\u{2212}1,5", -1.5), ("1 000", 1000.0), ("1\u{00A0}000,5", 1000.5), ("12 345 678", 12_345_678.0),
      ("0,1", 0.1), ("100", 100.0), ("007", 7.0), ("3,14159", 3.14159), ("1\u{202F}234", 1234.0),
    ])
  func parses(input: String, expected: Double) {
    #expect(DecimalNumber.parse(input) == expected)
  }

  @Test(
    "rejects everything else",
    arguments: [
      "", " ", "abc", "4,5,6", "1.000,5", "1,000.5", "4 5", "1 00", "1  000", ",5", "5,", ".5", "1e3", "inf",
      "nan", "5%", "4,5 баллов", "--5", "+-5", "пять", "1 000 00", "0x10",
    ])
  func rejects(input: String) {
    #expect(DecimalNumber.parse(input) == nil)
  }
}
