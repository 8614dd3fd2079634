import Testing

@testable import Reporting

/// Russian typography: numbers, percentages, signs, dates, quotes and p-values.
@Suite struct RussianFormatTests {
  let nnbsp = "\u{202F}"
  let nbsp = "\u{00A0}"
  let minus = "\u{2212}"

  @Test func groupsOnlyFromFiveDigits() {
    #expect(RussianFormat.integer(0) == "0")
    #expect(RussianFormat.integer(1234) == "1234")
    #expect(RussianFormat.integer(12345) == "12\(nnbsp)345")
    #expect(RussianFormat.integer(1_234_567) == "1\(nnbsp)234\(nnbsp)567")
    #expect(RussianFormat.integer(-12345) == "\(minus)12\(nnbsp)345")
    #expect(RussianFormat.integer(Int.min).hasPrefix(minus))
    #expect(RussianFormat.number(9999.5, decimals: 1) == "9999,5")
    #expect(RussianFormat.number(12345.678, decimals: 2) == "12\(nnbsp)345,68")
    #expect(RussianFormat.number(9999.96, decimals: 1) == "10\(nnbsp)000,0")
  }

  @Test func decimalCommaAndMinus() {
    #expect(RussianFormat.number(3.26, decimals: 2) == "3,26")
    #expect(RussianFormat.number(-0.27, decimals: 2) == "\(minus)0,27")
    #expect(RussianFormat.number(5, decimals: 0) == "5")
    #expect(RussianFormat.number(0.5, decimals: 3) == "0,500")
    #expect(RussianFormat.number(1e-5, decimals: 5) == "0,00001")
    #expect(
      RussianFormat.number(1.5e16, decimals: 0) == "15\(nnbsp)000\(nnbsp)000\(nnbsp)000\(nnbsp)000\(nnbsp)000"
    )
    #expect(RussianFormat.number(.nan, decimals: 2) == "—")
    #expect(RussianFormat.number(3.14159, decimals: -1) == "3")
  }

  @Test func noNegativeZero() {
    #expect(RussianFormat.number(-0.0, decimals: 2) == "0,00")
    #expect(RussianFormat.number(-0.004, decimals: 2) == "0,00")
    #expect(RussianFormat.number(-0.4, decimals: 0) == "0")
    #expect(RussianFormat.signed(-0.001, decimals: 2) == "0,00")
    #expect(RussianFormat.percent(-0.00001) == "0,0\(nbsp)%")
  }

  @Test func roundsHalfAwayFromZeroOnTheDecimalString() {
    #expect(RussianFormat.number(2.675, decimals: 2) == "2,68")
    #expect(RussianFormat.number(-2.675, decimals: 2) == "\(minus)2,68")
    #expect(RussianFormat.number(0.125, decimals: 2) == "0,13")
    #expect(RussianFormat.number(2.5, decimals: 0) == "3")
    #expect(RussianFormat.number(1.005, decimals: 2) == "1,01")
    #expect(RussianFormat.number(9.995, decimals: 2) == "10,00")
    #expect(RussianFormat.number(0.0449, decimals: 1) == "0,0")
  }

  @Test func percentages() {
    #expect(RussianFormat.percent(0.725) == "72,5\(nbsp)%")
    #expect(RussianFormat.percent(1) == "100,0\(nbsp)%")
    #expect(RussianFormat.percent(0.33333, decimals: 0) == "33\(nbsp)%")
    #expect(RussianFormat.percent(0.0005) == "0,1\(nbsp)%")
    #expect(RussianFormat.percentOf(29, of: 40) == "72,5\(nbsp)% (29 из 40)")
    #expect(RussianFormat.percentOf(0, of: 0) == "— (0 из 0)")
    #expect(RussianFormat.percentOf(1, of: 3) == "33,3\(nbsp)% (1 из 3)")
    #expect(RussianFormat.percentOf(12000, of: 24000) == "50,0\(nbsp)% (12\(nnbsp)000 из 24\(nnbsp)000)")
  }

  @Test func signedValues() {
    #expect(RussianFormat.signed(0.27, decimals: 2) == "+0,27")
    #expect(RussianFormat.signed(-0.27, decimals: 2) == "\(minus)0,27")
    #expect(RussianFormat.signed(0, decimals: 2) == "0,00")
    #expect(RussianFormat.signed(12345, decimals: 0) == "+12\(nnbsp)345")
  }

  @Test func dates() {
    #expect(RussianFormat.date(iso: "2025-09-01") == "01.09.2025")
    #expect(RussianFormat.date(iso: "2026-05-31") == "31.05.2026")
    #expect(RussianFormat.date(iso: "01.09.2025") == "01.09.2025")
    #expect(RussianFormat.date(iso: "2025-13-01") == "2025-13-01")
    #expect(RussianFormat.date(iso: "2025-9-1") == "2025-9-1")
    #expect(RussianFormat.date(iso: "") == "")
    #expect(RussianFormat.date(iso: "abcd-ef-gh") == "abcd-ef-gh")
  }

  @Test func quotes() {
    #expect(RussianFormat.quoted("Ученик – ученик") == "«Ученик – ученик»")
    #expect(RussianFormat.quoted("программа «Ученик – ученик»") == "«программа „Ученик – ученик“»")
    #expect(RussianFormat.quoted("кружок \"Юный химик\"") == "«кружок „Юный химик“»")
  }

  @Test func pValues() {
    #expect(RussianFormat.pValue(0.0004) == "p\(nbsp)<\(nbsp)0,001")
    #expect(RussianFormat.pValue(0.034) == "p\(nbsp)=\(nbsp)0,034")
    #expect(RussianFormat.pValue(0.001) == "p\(nbsp)=\(nbsp)0,001")
    #expect(RussianFormat.pValue(0.0346) == "p\(nbsp)=\(nbsp)0,035")
    #expect(RussianFormat.pValue(1) == "p\(nbsp)=\(nbsp)1,000")
    #expect(RussianFormat.pValue(.nan) == "p\(nbsp)=\(nbsp)—")
  }
}
