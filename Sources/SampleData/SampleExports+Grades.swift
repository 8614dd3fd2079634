import Foundation
import TabularIO

extension SampleExports {
  /// Quarter «ведомости» (wide, one column per subject) and a long file of year marks.
  ///
  /// Quarters 1 and 4 are Excel Windows-1251 `;`, quarter 2 is Excel «CSV UTF-8», quarter 3 comes
  /// from an old journal system in KOI8-R. The period is only in the file name. The year marks
  /// are Excel «Unicode text» (UTF-16LE, TAB). A few cells are broken on purpose: a 6, an «отл»,
  /// a row for a student who left and is not in the roster.
  mutating func periodGrades() -> [File] {
    let allSubjects = school.subjects.keys.sorted().flatMap { school.subjects[$0]! }.reduce(into: [String]())
    {
      if !$0.contains($1) { $0.append($1) }
    }
    var marksRandom = SeededGenerator(seed: school.options.seed ^ 0x6AAD)
    // marks[student][subject] = quarter marks
    var quarterMarks: [[String: [Int]]] = []
    for student in school.students {
      var bySubject: [String: [Int]] = [:]
      for subject in school.subjects[student.grade]! {
        bySubject[subject] = (0..<4).map { quarter in
          SampleSchool.drawMark(
            school.expectedMark(student, subject: subject, quarter: quarter), &marksRandom)
        }
      }
      quarterMarks.append(bySubject)
    }
    var files: [File] = []
    let styles: [ExportFile.Style] = [.excel, .excelUTF8, .koi8, .excel]
    for quarter in 0..<4 {
      var file = ExportFile("Ведомость \(quarter + 1) четверть.csv", style: styles[quarter])
      file.row(["№", "ФИО", "Класс"] + allSubjects)
      for student in school.students {
        var cells = [String(student.index + 1), student.fullName, student.className]
        for subject in allSubjects {
          guard let marks = quarterMarks[student.index][subject] else {
            cells.append("")
            continue
          }
          cells.append(
            spelledMark(marks[quarter], subject: subject, student: student.index, quarter: quarter))
        }
        file.row(cells)
      }
      if quarter == 1 {
        // A student who left in October: not in the roster (unknown-person).
        file.row(["999", "Бывший Ученик Иванович", "7А"] + allSubjects.map { _ in "4" })
      }
      files.append(File(name: file.name, bytes: file.bytes()))
    }
    var year = ExportFile("Годовые отметки.txt", style: .excelUnicodeText)
    year.row(["Ученик", "Класс", "Предмет", "Период", "Отметка"])
    for student in school.students {
      for subject in school.subjects[student.grade]! {
        let marks = quarterMarks[student.index][subject]!
        let mean =
          Double(marks.reduce(0, +)) / 4 + 0.15 * (school.students[student.index].role == .mentee ? 1 : 0)
        year.row([student.fullName, student.className, subject, "год", String(min(5, Int(mean.rounded())))])
      }
    }
    // Bad cells: out of range and unknown text.
    if let first = school.students.first {
      year.row([first.fullName, first.className, "Технология", "год", "6"])
      year.row([first.fullName, first.className, "Музыка", "год", "отл"])
    }
    files.append(File(name: year.name, bytes: year.bytes()))
    return files
  }

  /// A quarter mark as journals print it: «4», sometimes «4+» or «5-», «н/а» for a few weak
  /// students, «осв» in physical education for some.
  mutating func spelledMark(_ mark: Int, subject: String, student: Int, quarter: Int) -> String {
    if subject == "Физическая культура" && student % 37 == 5 { return "осв" }
    if mark == 2 && student % 5 == 0 && quarter == 0 { return "н/а" }
    switch random.int(0...19) {
    case 0 where mark < 5: return "\(mark)+"
    case 1 where mark > 2: return "\(mark)-"
    default: return String(mark)
    }
  }

  /// Streams a journal of current marks (workload W2) to `path`: one row per mark with its date,
  /// Windows-1251 `;`, about `journalRows` rows spread evenly over the students and four quarters.
  /// The quarter is a bare number under «Четверть», dates are `dd.MM.yy`, as journal systems write.
  public func writeCurrentMarks(to path: String) throws {
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    var marksRandom = SeededGenerator(seed: school.options.seed ^ 0xC0DE)
    var file = ExportFile("Журнал текущих отметок.csv", style: .excel)
    file.row(["ФИО", "Класс", "Предмет", "Четверть", "Дата", "Отметка"])
    let quarterMonths = [[9, 10], [11, 12], [1, 2, 3], [4, 5]]
    let perStudent = max(school.options.journalRows / max(school.students.count, 1), 4)
    let shortYear = year % 100
    for student in school.students {
      let subjects = school.subjects[student.grade]!
      let name = student.fullName
      let className = student.className
      for index in 0..<perStudent {
        let quarter = index * 4 / perStudent
        let subject = subjects[index % subjects.count]
        let month = quarterMonths[quarter][marksRandom.int(0...(quarterMonths[quarter].count - 1))]
        let calendarYear = month >= 9 ? shortYear : shortYear + 1
        let mark = SampleSchool.drawMark(
          school.expectedMark(student, subject: subject, quarter: quarter), &marksRandom)
        file.row([
          name, className, subject, String(quarter + 1),
          "\(Self.two(marksRandom.int(1...28))).\(Self.two(month)).\(Self.two(calendarYear))", String(mark),
        ])
        if index % 4096 == 4095 { handle.write(Data(file.takeEncoded())) }
      }
      handle.write(Data(file.takeEncoded()))
    }
  }
}
