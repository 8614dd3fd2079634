import Warehouse

/// Builds small years of data with every table non-empty.
enum SampleData {
  /// A year header for `year`.
  static func info(_ year: String, tool: String = "1.0.0") -> Warehouse.YearInfo {
    let first = Int(year.prefix(4)) ?? 2025
    return Warehouse.YearInfo(
      academicYear: year,
      school: "МБОУ «Школа № 1»",
      programmeStart: "\(first)-09-01",
      programmeEnd: "\(first + 1)-05-31",
      configSHA256: String(repeating: "ab", count: 32),
      toolVersion: tool)
  }

  /// A year with every table non-empty; `variant` changes every value.
  static func year(_ year: String, variant: Int = 0) -> Warehouse.YearData {
    let v = variant
    return Warehouse.YearData(
      info: info(year, tool: "1.0.\(v)"),
      files: [
        .init(
          fileIndex: 0, path: "exports/ученики.csv", dataset: "students", encoding: "utf-8",
          delimiter: ";", sha256: "00ff", rowsRead: 120 + v, rowsUsed: 118, rowsRejected: 2,
          cellsRejected: 3, blankRows: 1),
        .init(
          fileIndex: 1, path: "exports/unknown \"quoted\".csv", dataset: nil,
          encoding: "windows-1251", delimiter: ",", sha256: "", rowsRead: 0, rowsUsed: 0,
          rowsRejected: 0, cellsRejected: 0, blankRows: 0),
      ],
      persons: [
        .init(
          personID: 1, displayName: "Иванов Иван", className: "7А", grade: 7, studentID: "S-1",
          birthDate: "2012-03-04", sex: "м", inStudents: true, firstFileIndex: 0),
        .init(personID: 2 + v, displayName: "Петрова Мария", inStudents: false, firstFileIndex: 1),
      ],
      matches: [
        .init(
          fileIndex: 1, line: 2, personID: 1, rule: 0, rawName: "Иванов И.", rawClass: "7 а",
          status: "matched"),
        .init(
          fileIndex: 1, line: 3, personID: nil, rule: nil, rawName: "Сидоров", status: "ambiguous",
          candidates: "4,9"),
        .init(
          fileIndex: 1, line: 4, personID: nil, rule: nil, rawName: "", status: "unmatched"),
      ],
      roles: [
        .init(
          personID: 1, role: "mentee", category: "неуспевающий", specialNeeds: true, newcomer: false,
          fileIndex: 1),
        .init(personID: 2 + v, role: "mentor", fileIndex: 1),
      ],
      pairs: [
        .init(
          pairKey: "P-1", mentorID: 2 + v, model: "успевающий – неуспевающий", modelRaw: "усп-неусп",
          status: "активна", startDate: "\(year.prefix(4))-10-01", endDate: nil, fileIndex: 1),
        .init(pairKey: "P-2", mentorID: 2 + v, model: "другое", fileIndex: 1),
      ],
      pairMembers: [.init(pairKey: "P-1", menteeID: 1), .init(pairKey: "P-2", menteeID: 7 + v)],
      gradeCells: [
        .init(
          personID: 1, subject: "Математика", periodKind: "quarter", periodIndex: 1, numericCount: 5,
          numericSum: 17.5 + Double(v), n1: 0, n2: 1, n3: 2, n4: 1, n5: 1, notAttested: 0, exempt: 0,
          passed: 0, failed: 0),
        .init(
          personID: 1, subject: "Физкультура", periodKind: "year", periodIndex: 0, notAttested: 1,
          exempt: 2, passed: 3, failed: 4),
      ],
      surveyAnswers: [
        .init(
          fileIndex: 1, line: 2, personID: 1, role: "mentee", wave: "pre",
          submittedAt: "2025-09-15T10:00:00", columnIndex: 3, header: "Насколько вам интересно?",
          value: "5"),
        .init(fileIndex: 1, line: 3, columnIndex: 4, header: "Комментарий", value: "a\u{0}b; \"c\" 🙂"),
      ],
      clubs: [
        .init(
          personID: 1, club: "Шахматы", month: 1, periodLabel: "сентябрь", attended: 3 + v, held: 4,
          fileIndex: 1, line: 5),
        .init(personID: 1, club: "Робототехника", month: 12, periodLabel: "август", fileIndex: 1, line: 6),
      ],
      registries: [
        .init(
          personID: 1, registryType: "ВШУ", dateOn: "2025-10-01", dateOff: "2026-02-01", fileIndex: 1, line: 7
        ),
        .init(personID: 1, registryType: "КДН", dateOn: "2025-11-0\(1 + v % 9)", fileIndex: 1, line: 8),
      ],
      meetings: [
        .init(
          pairKey: "P-1", date: "2025-10-02", meetingType: "знакомство", durationMinutes: 45,
          format: "очно", fileIndex: 1, line: 9),
        .init(pairKey: "P-2", meetingType: "другое", fileIndex: 1, line: 10 + v),
      ],
      rejects: [
        .init(
          fileIndex: 1, path: "exports/unknown.csv", line: 4, columnName: "ФИО", value: "???",
          reason: "unknown-person", fix: "Проверьте ФИО в списке учеников.", cellLevel: false),
        .init(
          fileIndex: 0, path: "exports/ученики.csv", reason: "no-header", fix: "Добавьте заголовок.",
          cellLevel: true),
      ]
    )
  }
}
