import Foundation
import Testing

@testable import TabularIO

/// Parsing in row-aligned segments on two threads gives what one sequential parse gives: the
/// same rows, lines, records, blank rows, errors (with their positions) and observed bytes.
@Suite struct SegmentedReadTests {
  /// Every fixture that parses as a table, the malformed ones included.
  static let files = [
    "excel_cp1251_semicolon.csv", "google_forms_utf8.csv", "journal.tsv", "pipes.txt", "roster.cp1251.csv",
    "roster.koi8r.csv", "roster.utf8.csv", "roster.utf8bom.csv", "empty_vs_missing.csv", "caps_cp1251.csv",
    "unbalanced_mid.csv", "unbalanced_eof.csv", "blank_only.csv", "header_only.csv",
  ]

  /// Everything a read delivered, the observed bytes included.
  struct Outcome: Equatable {
    var rows: [[String]] = []
    var lines: [Int] = []
    var records: [Int] = []
    var summaryRecords = 0
    var blankRows = 0
    var error: String?
    var observed: [UInt8] = []
    var segmented = false
  }

  static func read(
    _ path: String, chunkSize: Int, segments: Bool, fieldLimit: Int = 1 << 20, sniffBytes: Int = 1
  ) throws -> Outcome {
    var outcome = Outcome()
    var observed: [UInt8] = []
    let probe = try TableReader(path: path, options: TableReadOptions(sniffBytes: 1 << 16))
    let options = TableReadOptions(
      encoding: probe.encoding, delimiter: probe.dialect.delimiter, chunkSize: chunkSize,
      fieldLimit: fieldLimit,
      sniffBytes: sniffBytes, parsesInSegments: segments)
    let reader = try TableReader(path: path, options: options) { observed.append(contentsOf: $0) }
    outcome.segmented = reader.canParseInSegments
    let summary = try reader.read { row in
      outcome.rows.append(row.strings())
      outcome.lines.append(row.line)
      outcome.records.append(row.record)
    }
    try reader.drainForObserver()
    outcome.summaryRecords = summary.records
    outcome.blankRows = summary.blankRows
    outcome.error = summary.parseError.map { "\($0)" }
    outcome.observed = observed
    outcome.segmented = outcome.segmented && segments
    return outcome
  }

  @Test(arguments: [1, 2, 3, 5, 8, 13, 32, 64, 200])
  func fixturesReadTheSameInSegments(chunkSize: Int) throws {
    var segmentedFiles = 0
    for file in Self.files {
      let path = Fixtures.path(file)
      let sequential = try Self.read(path, chunkSize: chunkSize, segments: false)
      var segmented = try Self.read(path, chunkSize: chunkSize, segments: true)
      if segmented.segmented { segmentedFiles += 1 }
      segmented.segmented = false
      #expect(segmented == sequential, "\(file) at chunk size \(chunkSize)")
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
      #expect(segmented.observed == bytes, "\(file): the observer saw every byte once, in order")
    }
    if chunkSize <= 64 { #expect(segmentedFiles >= 5, "the segmented path was taken") }
  }

  @Test("an over-long field in a later segment is reported where one parse reports it")
  func overLongField() throws {
    var text = "a;b\n"
    for index in 0..<200 { text += "\(index);\"x\"\"y\nz\"\r\n" }
    text += "long;" + String(repeating: "q", count: 300) + "\n"
    for index in 0..<50 { text += "\(index);\"tail\"\n" }
    let path = try Fixtures.temporaryFile(Array(text.utf8))
    for chunkSize in [16, 64, 100] {
      let sequential = try Self.read(path, chunkSize: chunkSize, segments: false, fieldLimit: 256)
      let segmented = try Self.read(path, chunkSize: chunkSize, segments: true, fieldLimit: 256)
      #expect(sequential.error != nil)
      #expect(segmented.segmented)
      #expect(segmented.rows == sequential.rows)
      #expect(segmented.lines == sequential.lines)
      #expect(segmented.error == sequential.error)
      #expect(segmented.observed == sequential.observed)
    }
  }

  @Test("an error in the first segment, when the opening read was longer than a chunk")
  func errorInsideTheOpeningRead() throws {
    // The opening read takes 64 KiB (the sniff window) while chunks are 4 KiB: the sequential
    // continuation stops at the error well inside what the observer has already seen.
    var text = "ФИО;Класс\nИванов Пётр;7А\nа\"б;7Б\n"
    while text.utf8.count < 200_000 { text += "Петрова Анна;8В\n" }
    let path = try Fixtures.temporaryFile(Array(text.utf8))
    let sequential = try Self.read(path, chunkSize: 4096, segments: false, sniffBytes: 65536)
    let segmented = try Self.read(path, chunkSize: 4096, segments: true, sniffBytes: 65536)
    #expect(segmented.segmented)
    #expect(sequential.error != nil)
    #expect(segmented.rows == sequential.rows)
    #expect(segmented.error == sequential.error)
    #expect(segmented.observed == Array(text.utf8), "every byte observed once, in order")
    #expect(sequential.observed == Array(text.utf8))
  }

  @Test("random tables with quoted line breaks, escaped quotes, CRLF and blank lines")
  func randomTables() throws {
    var generator = SplitMix(seed: 2026)
    let cells = ["", "x", "ж", "\"q\"\"q\"", "\"a\nb\"", "\"c\r\nd\"", "\"\"", "7А", "\"; ;\""]
    for round in 0..<40 {
      var text = ""
      let rows = 20 + Int(generator.next() % 200)
      for _ in 0..<rows {
        let fields = 1 + Int(generator.next() % 4)
        text += (0..<fields).map { _ in cells[Int(generator.next() % UInt64(cells.count))] }.joined(
          separator: ";")
        text += ["\n", "\r\n", "\n\n", "\r\n\r\n"][Int(generator.next() % 4)]
      }
      if round % 5 == 0 { text += "\"never closed;\n1;2\n" }
      let path = try Fixtures.temporaryFile(Array(text.utf8))
      for chunkSize in [4, 9, 33] {
        let sequential = try Self.read(path, chunkSize: chunkSize, segments: false)
        var segmented = try Self.read(path, chunkSize: chunkSize, segments: true)
        segmented.segmented = false
        #expect(segmented == sequential, "round \(round) at chunk size \(chunkSize)")
      }
    }
  }
}

/// A small seeded generator (SplitMix64) for reproducible random tables.
struct SplitMix {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
