import Foundation
import Testing
import TabularIO

@Suite struct EncodingTests {
  static let variants: [(String, TextEncoding)] = [
    ("roster.utf8.csv", .utf8), ("roster.utf8bom.csv", .utf8), ("roster.cp1251.csv", .windows1251),
    ("roster.koi8r.csv", .koi8r), ("roster.utf16le.csv", .utf16le), ("roster.utf16be.csv", .utf16be),
  ]

  @Test(arguments: variants)
  func theSameTableDecodesToTheSameTextInEveryEncoding(file: String, encoding: TextEncoding) throws {
    let read = try Fixtures.read(fixture: file)
    #expect(read.summary?.encoding == encoding)
    #expect(read.summary?.dialect.delimiter == UInt8(ascii: ";"))
    #expect(
      read.rows == [
        ["ФИО", "Класс", "Дата рождения", "Пол"],
        ["Иванов Пётр Сергеевич", "7А", "12.03.2012", "м"],
        ["Смирнова Анна Игоревна", "7 Б", "01.09.2012", "ж"],
        ["Кузнецов-Лебедев Ёжик", "8 \"В\"", "29.02.2012", "м"],
        ["Попова Юлия", "10", "", "ж"],
      ])
  }

  @Test func allCapsCp1251IsNotMistakenForKOI8() throws {
    let read = try Fixtures.read(fixture: "caps_cp1251.csv")
    #expect(read.summary?.encoding == .windows1251)
    #expect(read.rows[1] == ["ИВАНОВ ПЁТР", "7А", "М"])
  }

  @Test func aForcedEncodingWins() throws {
    let read = try Fixtures.read(fixture: "roster.cp1251.csv", TableReadOptions(encoding: .koi8r))
    #expect(read.summary?.encoding == .koi8r)
    #expect(read.summary?.encodingForced == true)
    #expect(read.rows[0][0] != "ФИО")
  }

  @Test func pureASCIIIsReportedAsUTF8() throws {
    let path = try Fixtures.temporaryFile(Array("id;class\n1;7A\n".utf8))
    #expect(try Fixtures.read(path).summary?.encoding == .utf8)
  }

  @Test func cyrillicAfterALongASCIIStretchStillDecidesTheEncoding() throws {
    var bytes = Array("id;name\n".utf8)
    for index in 0..<3000 { bytes += Array("\(index);student\n".utf8) }
    bytes += Array("3000;".utf8) + Array("Иванов".data(using: .windowsCP1251)!) + [0x0A]
    let path = try Fixtures.temporaryFile(bytes)
    let read = try Fixtures.read(path, TableReadOptions(chunkSize: 4096, sniffBytes: 4096))
    #expect(read.summary?.encoding == .windows1251)
    #expect(read.rows.last == ["3000", "Иванов"])
  }

  @Test func utf16SurrogatePairsSurviveEveryCut() throws {
    // «Ёж 🦔» in UTF-16LE: the hedgehog is a surrogate pair.
    let text = "Ёж 🦔;x\n"
    let units = Array(text.utf16)
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in units { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    for cut in 1...bytes.count {
      var transcoder = UTF16Transcoder(bigEndian: false)
      var out: [UInt8] = []
      bytes[2..<max(2, cut)].withUnsafeBytes { transcoder.transcode($0, into: &out) }
      bytes[max(2, cut)...].withUnsafeBytes { transcoder.transcode($0, into: &out) }
      transcoder.finish(into: &out)
      #expect(String(decoding: out, as: UTF8.self) == text, "cut at \(cut)")
    }
  }

  @Test func unpairedSurrogatesBecomeReplacementCharacters() {
    var transcoder = UTF16Transcoder(bigEndian: true)
    var out: [UInt8] = []
    let bytes: [UInt8] = [0xD8, 0x3D, 0x00, 0x41, 0xDC, 0x00]  // high, «A», lone low
    bytes.withUnsafeBytes { transcoder.transcode($0, into: &out) }
    transcoder.finish(into: &out)
    #expect(String(decoding: out, as: UTF8.self) == "\u{FFFD}A\u{FFFD}")
  }

  @Test func singleByteDecodersMatchTheCodePages() {
    // «Ёж» in cp1251 is A8 E6, in KOI8-R B3 D6.
    #expect(CellDecoder(encoding: .windows1251).decode([0xA8, 0xE6]) == "Ёж")
    #expect(CellDecoder(encoding: .koi8r).decode([0xB3, 0xD6]) == "Ёж")
    // The euro sign (cp1251 0x88) takes three UTF-8 bytes.
    #expect(CellDecoder(encoding: .windows1251).decode([0x88, 0x31]) == "€1")
  }
}
