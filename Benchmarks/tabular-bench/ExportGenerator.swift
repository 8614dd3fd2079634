import Foundation
import TabularIO

/// Writes a journal-like `;` export (person, class, subject, period, date, mark) with quoted
/// Cyrillic fields, once in UTF-8 and once in Windows-1251, of about the requested size.
enum ExportGenerator {
  static let surnames = [
    "Иванов", "Смирнова", "Кузнецов", "Попова", "Васильев", "Петрова", "Соколов", "Михайлова", "Новиков",
    "Фёдорова", "Морозов", "Волкова", "Алексеев", "Лебедева", "Семёнов", "Егорова", "Павлов", "Козлова",
  ]
  static let names = ["Пётр", "Анна", "Илья", "Мария", "Олег", "Юлия", "Артём", "Дарья", "Семён", "Ксения"]
  static let subjects = [
    "Математика", "Русский язык", "Литература", "Английский язык", "История", "Физика", "Биология",
    "География", "Информатика", "Химия",
  ]
  static let periods = ["1 четверть", "2 четверть", "3 четверть", "4 четверть"]
  static let patronymics = [
    "Сергеевич", "Андреевна", "Ильич", "Олеговна", "Петрович", "Игоревна", "Павлович",
  ]

  static func write(folder: String, megabytes: Int) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let target = megabytes << 20
    let encoder = try cp1251Encoder()
    let utf8Path = folder + "/export.utf8.csv"
    let cp1251Path = folder + "/export.cp1251.csv"
    _ = FileManager.default.createFile(atPath: utf8Path, contents: nil)
    _ = FileManager.default.createFile(atPath: cp1251Path, contents: nil)
    let utf8 = try FileHandle(forWritingTo: URL(fileURLWithPath: utf8Path))
    let cp1251 = try FileHandle(forWritingTo: URL(fileURLWithPath: cp1251Path))
    var block = "\"ФИО\";\"Класс\";\"Предмет\";\"Период\";\"Дата\";\"Отметка\"\r\n"
    var written = 0
    var writtenCP1251 = 0
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    while written < target || writtenCP1251 < target {
      for _ in 0..<2000 {
        // A school of 2 000 pupils: the same person comes back on many rows, as in a journal.
        let pupil = next(2000)
        let person =
          "\(surnames[pupil % surnames.count]) \(names[pupil / surnames.count % names.count]) "
          + patronymics[pupil % patronymics.count]
        let grade = 5 + pupil % 7
        let letter = ["А", "Б", "В"][pupil / 7 % 3]
        block += "\"\(person)\";\"\(grade)\(letter)\";\"\(subjects[next(subjects.count)])\";"
        block +=
          "\"\(periods[next(4)])\";\"\(String(format: "%02d.%02d.2025", next(28) + 1, next(4) + 9))\";\"\(next(4) + 2)\"\r\n"
      }
      if written < target {
        let bytes = Data(block.utf8)
        utf8.write(bytes)
        written += bytes.count
      }
      if writtenCP1251 < target {
        let bytes = encoder(block)
        cp1251.write(Data(bytes))
        writtenCP1251 += bytes.count
      }
      block = ""
    }
    try utf8.close()
    try cp1251.close()
    print("wrote \(utf8Path) (\(written >> 20) MiB) and \(cp1251Path) (\(writtenCP1251 >> 20) MiB)")
  }

  /// Unicode → Windows-1251, built by inverting TabularIO's decoder.
  static func cp1251Encoder() throws -> (String) -> [UInt8] {
    let decoder = CellDecoder(encoding: .windows1251)
    var table: [Unicode.Scalar: UInt8] = [:]
    for byte in UInt8(0x80)...UInt8(0xFF) {
      if let scalar = decoder.decode([byte]).unicodeScalars.first { table[scalar] = byte }
    }
    return { text in
      text.unicodeScalars.map { $0.value < 0x80 ? UInt8($0.value) : table[$0] ?? UInt8(ascii: "?") }
    }
  }
}
