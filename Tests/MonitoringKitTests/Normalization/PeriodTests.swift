import Testing

@testable import MonitoringKit

@Suite("Period")
struct PeriodTests {
  @Test(
    "parses period cells",
    arguments: [
      ("1 четверть", "1 четверть"), ("I четверть", "1 четверть"), ("1 чет.", "1 четверть"),
      ("Q1", "1 четверть"),
      ("1-я четверть", "1 четверть"), ("четверть 1", "1 четверть"), ("2 четв.", "2 четверть"),
      ("IV четверть", "4 четверть"), ("III четв", "3 четверть"), ("q4", "4 четверть"), ("4ч", "4 четверть"),
      ("2 ЧЕТВЕРТЬ", "2 четверть"), ("3-я четверть 2025", "3 четверть"), ("Четверть II", "2 четверть"),
      ("2 триместр", "2 триместр"), ("III триместр", "3 триместр"), ("1 трим.", "1 триместр"),
      ("II полугодие", "2 полугодие"), ("1 п/г", "1 полугодие"), ("1-е полугодие", "1 полугодие"),
      ("2 полуг.", "2 полугодие"), ("год", "год"), ("годовая", "год"), ("за год", "год"), ("итоговая", "год"),
      ("годовые", "год"), ("Годовая отметка", "год"), ("ИТОГ", "год"),
      ("итоговая за 2 четверть", "2 четверть"),
    ])
  func parses(input: String, expected: String) throws {
    #expect(try #require(Period(parsing: input)).label == expected)
  }

  @Test(
    "rejects non-periods",
    arguments: [
      "", "четверть", "5 четверть", "4 триместр", "3 полугодие", "полугодие", "Q", "Q5", "осень", "1", "II",
    ])
  func rejects(input: String) {
    #expect(Period(parsing: input) == nil)
  }

  @Test(
    "reads a bare number with the column's kind",
    arguments: [
      ("2", Period.Kind.quarter, "2 четверть"), ("III", .trimester, "3 триместр"),
      ("1", .half, "1 полугодие"),
    ])
  func assumedKind(input: String, kind: Period.Kind, expected: String) throws {
    #expect(try #require(Period(parsing: input, assuming: kind)).label == expected)
    #expect(Period(parsing: "5", assuming: .quarter) == nil)
  }

  @Test(
    "reads the period from a file name",
    arguments: [
      ("оценки 1 четверть.csv", "1 четверть"), ("1_четверть.csv", "1 четверть"), ("оценки за год.csv", "год"),
      ("годовые.csv", "год"), ("Q3.csv", "3 четверть"), ("7А_оценки_2_четверть.csv", "2 четверть"),
      ("surveys/2025/оценки_Q2.tsv", "2 четверть"), ("ведомость II полугодие.txt", "2 полугодие"),
      ("итоговые оценки 7А.csv", "год"), ("отметки-2-триместр.csv", "2 триместр"),
    ])
  func fileName(input: String, expected: String) throws {
    #expect(try #require(Period.fromFileName(input)).label == expected)
  }

  @Test(
    "finds no period in other file names",
    arguments: ["ученики.csv", "оценки 7А.csv", "оценки 2024-2025 учебного года.csv", "анкета.csv", "q.csv"])
  func noPeriodInFileName(input: String) {
    #expect(Period.fromFileName(input) == nil)
  }

  @Test("orders within a kind and puts the year last")
  func order() throws {
    let labels = [
      "год", "4 четверть", "1 четверть", "2 полугодие", "2 четверть", "1 полугодие", "1 триместр",
      "3 триместр",
    ]
    let periods = try labels.map { try #require(Period(parsing: $0)) }
    #expect(
      periods.sorted().map(\.label) == [
        "1 четверть", "1 триместр", "2 четверть", "1 полугодие", "4 четверть", "3 триместр", "2 полугодие",
        "год",
      ])
    #expect(try #require(Period(kind: .quarter, index: 3)) < Period.year)
    #expect(Period(kind: .quarter, index: 0) == nil)
    #expect(Period(kind: .half, index: 3) == nil)
  }
}
