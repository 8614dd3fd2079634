import Testing

@testable import MonitoringKit

/// Shared tables of mark cells, used by the String parser tests and the ASCII agreement test.
enum MarkCases {
  /// Cells that parse, with their marks.
  static let valid: [(String, [MarkValue])] = [
    ("5", [.numeric(5)]), ("1", [.numeric(1)]), ("3", [.numeric(3)]), (" 4 ", [.numeric(4)]),
    ("4,25", [.numeric(4.25)]), ("4.25", [.numeric(4.25)]), ("4,5", [.numeric(4.5)]),
    ("4.5", [.numeric(4.5)]),
    ("1,0", [.numeric(1)]), ("5.0", [.numeric(5)]), ("3,67", [.numeric(3.67)]), ("2.333", [.numeric(2.333)]),
    ("5/4", [.numeric(5), .numeric(4)]), ("5 4", [.numeric(5), .numeric(4)]),
    ("5  4  3", [.numeric(5), .numeric(4), .numeric(3)]), ("5\\4", [.numeric(5), .numeric(4)]),
    ("5;4", [.numeric(5), .numeric(4)]), ("5, 4", [.numeric(5), .numeric(4)]),
    ("5 ,4", [.numeric(5), .numeric(4)]), ("5/4/3", [.numeric(5), .numeric(4), .numeric(3)]),
    ("4,5/3", [.numeric(4.5), .numeric(3)]), ("4+", [.numeric(4)]), ("5-", [.numeric(5)]),
    ("3+ 4-", [.numeric(3), .numeric(4)]), ("5/", [.numeric(5)]), ("/5", [.numeric(5)]),
    ("5//4", [.numeric(5), .numeric(4)]), ("05", [.numeric(5)]), ("5\t4", [.numeric(5), .numeric(4)]),
    ("5\r\n4", [.numeric(5), .numeric(4)]), ("", []), ("   ", []), ("-", []), (" - ", []),
  ]

  /// Cells that are rejected, with the error.
  static let invalid: [(String, MarkError)] = [
    ("6", .outOfRange("6")), ("0", .outOfRange("0")), ("10", .outOfRange("10")), ("5,4", .outOfRange("5,4")),
    ("0,5", .outOfRange("0,5")), ("5.01", .outOfRange("5.01")), ("5 6", .outOfRange("6")),
    ("1000", .outOfRange("1000")), ("6+", .outOfRange("6+")), ("-5", .unknownValue("-5")),
    ("+5", .unknownValue("+5")), ("4,5+", .unknownValue("4,5+")), ("5--", .unknownValue("5--")),
    ("5 - 4", .unknownValue("-")), ("4.", .unknownValue("4.")), (".5", .unknownValue(".5")),
    ("4..5", .unknownValue("4..5")), ("/", .unknownValue("/")), ("abc", .unknownValue("abc")),
    ("n/a", .unknownValue("n/a")), ("5a", .unknownValue("5a")), ("4,5,6", .unknownValue("4,5,6")),
    ("1e3", .unknownValue("1e3")), ("5 x", .unknownValue("x")), ("--", .unknownValue("--")),
    ("1.2345678901234567", .unknownValue("1.2345678901234567")), ("хор", .unknownValue("хор")),
    ("отл.", .unknownValue("отл.")), ("5 н/д", .unknownValue("н/д")), ("пять", .unknownValue("пять")),
    ("зачёт5", .unknownValue("зачёт5")), ("ХОР", .unknownValue("ХОР")),
  ]
}

@Suite("MarkParser")
struct MarkParserTests {
  @Test("parses numeric cells", arguments: MarkCases.valid)
  func valid(input: String, expected: [MarkValue]) {
    #expect(MarkParser.parse(input) == .success(expected))
  }

  @Test("rejects bad cells with a reason", arguments: MarkCases.invalid)
  func invalid(input: String, expected: MarkError) {
    #expect(MarkParser.parse(input) == .failure(expected))
  }

  @Test(
    "reads keywords",
    arguments: [
      ("н/а", MarkValue.notAttested), ("Н/А", .notAttested), ("н\\а", .notAttested), ("на", .notAttested),
      ("НА", .notAttested), ("не атт.", .notAttested), ("не атт", .notAttested), ("н/a", .notAttested),
      ("нa", .notAttested), ("неаттестован", .notAttested), ("не аттестована", .notAttested),
      ("н.а.", .notAttested), ("осв", .exempt), ("осв.", .exempt), ("Осв", .exempt), ("освобожден", .exempt),
      ("освобождена", .exempt), ("освобожден(а)", .exempt), ("освобождён", .exempt), ("зач", .pass),
      ("зач.", .pass), ("зачет", .pass), ("зачёт", .pass), ("Зачтено", .pass), ("ЗАЧЁТ", .pass),
      ("незач", .fail), ("незачет", .fail), ("незачёт", .fail), ("не зачтено", .fail), ("Не зачёт", .fail),
      ("н/д", nil), ("нет данных", nil), ("—", nil),
    ] as [(String, MarkValue?)])
  func keywords(input: String, expected: MarkValue?) {
    #expect(MarkParser.parse(input) == .success(expected.map { [$0] } ?? []))
  }

  @Test("mixes keywords and numbers word by word")
  func mixed() {
    #expect(MarkParser.parse("5 н/а") == .success([.numeric(5), .notAttested]))
    #expect(MarkParser.parse("зач 4") == .success([.pass, .numeric(4)]))
    #expect(MarkParser.parse("4– 5") == .success([.numeric(4), .numeric(5)]))  // en dash as a minus sign
  }

  @Test("reports error codes")
  func codes() {
    #expect(MarkError.outOfRange("6").code == "out-of-range")
    #expect(MarkError.unknownValue("хор").code == "unknown-value")
    #expect(MarkError.unknownValue("хор").fragment == "хор")
  }

  @Test(
    "labels marks",
    arguments: [
      (MarkValue.numeric(5), "5"), (.numeric(4.5), "4,5"), (.notAttested, "н/а"), (.exempt, "осв"),
      (.pass, "зач"),
      (.fail, "незач"),
    ])
  func labels(mark: MarkValue, expected: String) {
    #expect(mark.label == expected)
  }
}
