import Foundation

extension SampleExports {
  static let clubNames = [
    "Робототехника", "Шахматы", "Волейбол", "Хор «Радуга»", "Юный журналист", "ОФП", "Театральная студия",
  ]
  static let months = [
    "сентябрь", "октябрь", "ноябрь", "декабрь", "январь", "февраль", "март", "апрель", "май",
  ]

  /// Club attendance by month, Windows-1251 `;`. Mentees join clubs more as the year goes on.
  mutating func clubs() -> File {
    var file = ExportFile("Кружки и секции.csv", style: .excel)
    file.row(["ФИО", "Класс", "Кружок/секция", "Месяц", "Посещено занятий", "Всего занятий"])
    for student in school.students {
      let startsIn = student.role == .mentee ? random.chance(0.3) : random.chance(0.45)
      let joinsLater = !startsIn && student.role == .mentee && random.chance(0.4)
      guard startsIn || joinsLater else { continue }
      let club = Self.clubNames[(student.index * 7) % Self.clubNames.count]
      let firstMonth = startsIn ? 0 : random.int(2...6)
      let leaves = startsIn && random.chance(student.role == .mentee ? 0.05 : 0.12)
      let lastMonth = leaves ? random.int(firstMonth...7) : 8
      for month in firstMonth...lastMonth {
        let held = 8
        let numbers = random.chance(0.05)
        file.row([
          student.fullName, student.className, club, Self.months[month],
          numbers ? "" : String(max(1, held - random.int(0...3))),
          numbers ? "" : String(held),
        ])
      }
    }
    return File(name: file.name, bytes: file.bytes())
  }

  /// The prevention registry, a hand-made list with `|`; the reason column is never shown.
  mutating func registry() -> File {
    var file = ExportFile("Профилактический учёт.csv", style: .pipes)
    file.row(["ФИО", "Класс", "Вид учёта", "Дата постановки", "Дата снятия", "Основание"])
    let types = ["ВШУ", "ВШУ", "ПДН", "КДНиЗП", "группа риска"]
    for student in school.students {
      let probability = student.role == .mentee ? 0.15 : 0.025
      guard random.chance(probability) else { continue }
      let onBefore = random.chance(0.75)
      let dateOn =
        onBefore
        ? (year - random.int(0...1), random.int(1...12), random.int(1...28))
        : (year, random.int(10...12), random.int(1...28))
      let removed = random.chance(student.role == .mentee ? 0.5 : 0.2)
      let dateOff = removed ? Self.date((year + 1, random.int(1...5), random.int(1...28))) : ""
      file.row([
        student.fullName, student.className, random.pick(types), Self.date(dateOn), dateOff,
        "пропуски занятий",
      ])
    }
    return File(name: file.name, bytes: file.bytes())
  }

  /// The meeting log by pair number, UTF-8 `;` with LF: a full cycle for most pairs.
  mutating func meetings() -> File {
    var file = ExportFile("Журнал встреч.csv", style: .excelUTF8)
    file.row(["№ пары", "Дата", "Тип встречи", "Длительность, мин", "Формат"])
    for pair in school.pairs {
      var entries: [(Int, Int, String)] = [
        (9, pair.startDay, "Встреча-знакомство"), (10, 3, "Пробная встреча"),
      ]
      if pair.status != "расформирована" {
        entries.append((10, 17, "Планирование"))
        let working = random.int((pair.fullCycle ? 3 : 0)...7)
        for index in 0..<working {
          entries.append(
            (11 + index, 10, random.pick(["Рабочая встреча", "Тематическая встреча", "Занятие"])))
        }
        if pair.fullCycle { entries.append((5, 20, "Итоговая встреча")) }
      }
      for (month, day, type) in entries {
        let normalizedMonth = (month - 1) % 12 + 1
        let calendarYear = normalizedMonth >= 9 ? year : year + 1
        file.row([
          String(pair.number), Self.date((calendarYear, normalizedMonth, day)), type,
          String(random.pick([30, 40, 45, 60])),
          random.chance(0.8) ? "очно" : "онлайн",
        ])
      }
    }
    return File(name: file.name, bytes: file.bytes())
  }
}
