import Foundation
import MonitoringKit
import TabularIO

/// Writes a synthetic school as the files a curator would drop into `surveys/`.
///
/// Every dataset of the data contract, in the dialects real tools produce (Excel in
/// Windows-1251, Google and Yandex Forms, Excel «Unicode text», KOI8-R, pipes), with the name
/// problems the matching rules handle, a duplicate submission, a few bad rows and one spreadsheet
/// that must be saved as CSV.
public struct SampleExports {
  /// One file: its name inside the output folder and its bytes.
  public struct File: Sendable {
    public var name: String
    public var bytes: [UInt8]
  }

  let school: SampleSchool
  var random: SeededGenerator

  /// Prepares the exports of `school`.
  public init(school: SampleSchool) {
    self.school = school
    random = SeededGenerator(seed: school.options.seed ^ 0x5EED)
  }

  /// Every file, in a fixed order. Large current-mark journals are streamed by `writeCurrentMarks`.
  public mutating func files() -> [File] {
    var files = [roster(), participants(), pairs()]
    if school.options.marks == .period {
      files += periodGrades()
    }
    files += surveys()
    files += [clubs(), registry(), meetings()]
    files.append(
      File(name: "Старая ведомость.xlsx", bytes: Array("PK\u{03}\u{04}\u{14}\u{00}\u{06}\u{00}".utf8)))
    return files
  }

  var year: Int { school.options.academicYear.startYear }

  // MARK: roster files

  mutating func roster() -> File {
    var file = ExportFile("Контингент \(school.options.academicYear.folderName).csv", style: .excel)
    file.row(["№", "Фамилия", "Имя", "Отчество", "Класс", "Дата рождения", "Пол", "№ л/д"])
    for student in school.students {
      file.row([
        String(student.index + 1), student.surname, student.firstName, student.patronymic, student.className,
        Self.date(student.birth), student.isMale ? "м" : "ж", student.studentID,
      ])
    }
    return File(name: file.name, bytes: file.bytes())
  }

  mutating func participants() -> File {
    var file = ExportFile("Участники программы.csv", style: .excelUTF8)
    file.row(["ФИО", "Класс", "Роль", "Категория", "ОВЗ", "Прибыл в этом году"])
    for student in school.students where student.role != nil {
      let role: String
      if student.role == .mentor {
        role = random.chance(0.2) ? "ученик-наставник" : "наставник"
      } else {
        role = student.isMale ? "наставляемый" : random.pick(["наставляемая", "наставляемый"])
      }
      file.row([
        student.fullName, spelledClass(student), role, student.category ?? "",
        student.specialNeeds ? "да" : "нет", student.newcomer ? "+" : "",
      ])
    }
    return File(name: file.name, bytes: file.bytes())
  }

  mutating func pairs() -> File {
    var file = ExportFile("Наставнические пары.csv", style: .excel)
    file.row([
      "№ пары", "ФИО наставника", "Класс наставника", "ФИО наставляемого", "Класс наставляемого",
      "Форма взаимодействия", "Дата формирования", "Статус",
    ])
    for (offset, pair) in school.pairs.enumerated() {
      let mentor = school.students[pair.mentor]
      // Mentors written with initials every third pair (matching rule 4).
      let mentorName = offset % 3 == 1 ? initials(mentor) : "\(mentor.surname) \(mentor.firstName)"
      for mentee in pair.mentees.map({ school.students[$0] }) {
        file.row([
          String(pair.number), mentorName, spelledClass(mentor), menteeName(mentee, offset),
          spelledClass(mentee),
          spelledModel(pair.model), Self.date((year, 9, pair.startDay)), pair.status,
        ])
      }
    }
    return File(name: file.name, bytes: file.bytes())
  }

  // MARK: spellings

  /// A mentee's name as a busy curator types it: usually «Фамилия Имя» (rule 3), sometimes
  /// swapped (rule 5), with a typo (rule 6), with «е» for «ё» or a Latin «o» (normalisation).
  func menteeName(_ student: SampleSchool.Student, _ offset: Int) -> String {
    switch offset % 11 {
    case 4: return "\(student.firstName) \(student.surname)"
    case 7 where student.surname.count >= 6:
      return "\(typo(student.surname)) \(student.firstName) \(student.patronymic)"
    case 9: return student.surname.replacingOccurrences(of: "ё", with: "е") + " " + student.firstName
    case 10: return student.surname.replacingOccurrences(of: "о", with: "o") + " " + student.firstName
    default: return "\(student.surname) \(student.firstName)"
    }
  }

  /// «Иванов П.С.».
  func initials(_ student: SampleSchool.Student) -> String {
    "\(student.surname) \(student.firstName.prefix(1)).\(student.patronymic.prefix(1))."
  }

  /// The surname with two inner letters swapped for one (edit distance 1: a replaced letter).
  func typo(_ word: String) -> String {
    var letters = Array(word)
    let position = letters.count - 2
    letters[position] = letters[position] == "и" ? "е" : "и"
    return String(letters)
  }

  /// A class as people write it: «7А», «7 а», «7-А», «7"А"», «07А», «7a» (Latin).
  mutating func spelledClass(_ student: SampleSchool.Student) -> String {
    switch random.int(0...9) {
    case 0: return "\(student.grade) \(student.letter.lowercased())"
    case 1: return "\(student.grade)-\(student.letter)"
    case 2: return "\(student.grade)\"\(student.letter)\""
    case 3 where student.grade < 10: return "0\(student.grade)\(student.letter)"
    case 4 where student.letter == "А": return "\(student.grade)a"
    default: return student.className
    }
  }

  /// A model as typed: case, dashes and quotes vary.
  mutating func spelledModel(_ model: String) -> String {
    switch random.int(0...4) {
    case 0: return model.replacingOccurrences(of: " – ", with: "-").capitalizedFirst
    case 1: return "«" + model.replacingOccurrences(of: "–", with: "—") + "»"
    case 2: return model.uppercased()
    default: return model
    }
  }

  /// dd.MM.yyyy.
  static func date(_ value: (year: Int, month: Int, day: Int)) -> String {
    "\(two(value.day)).\(two(value.month)).\(value.year)"
  }

  static func two(_ value: Int) -> String {
    value < 10 ? "0\(value)" : String(value)
  }
}

extension String {
  var capitalizedFirst: String {
    prefix(1).uppercased() + dropFirst()
  }
}
