/// A school year, 1 September to 31 August, named «2025/2026».
public struct AcademicYear: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The calendar year in which it starts.
  public var startYear: Int

  /// Creates the academic year that starts in `startYear`.
  public init(startYear: Int) {
    self.startYear = startYear
  }

  /// Parses «2025/2026», «2025-2026», «2025–26», «2025/26» or «2025».
  public init?(_ text: String) {
    let digits = text.split { !$0.isNumber }.map(String.init)
    guard let first = digits.first, first.count == 4, let start = Int(first), (2000...2100).contains(start)
    else {
      return nil
    }
    if digits.count > 1 {
      let second = digits[1]
      let expected = second.count == 2 ? (start + 1) % 100 : start + 1
      guard Int(second) == expected else { return nil }
    }
    startYear = start
  }

  /// The academic year a date falls in (September starts a new one).
  public init(year: Int, month: Int) {
    startYear = month >= 9 ? year : year - 1
  }

  /// «2025/2026».
  public var description: String { "\(startYear)/\(startYear + 1)" }

  /// «2025-2026», safe in a folder name.
  public var folderName: String { "\(startYear)-\(startYear + 1)" }

  /// The default programme start: 1 September.
  public var defaultStart: (year: Int, month: Int, day: Int) { (startYear, 9, 1) }

  /// The default programme end: 31 May.
  public var defaultEnd: (year: Int, month: Int, day: Int) { (startYear + 1, 5, 31) }

  /// The year before.
  public var previous: AcademicYear { AcademicYear(startYear: startYear - 1) }

  public static func < (lhs: AcademicYear, rhs: AcademicYear) -> Bool { lhs.startYear < rhs.startYear }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let year = AcademicYear(text) else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath, debugDescription: "учебный год «\(text)»: ожидается вида 2025/2026")
      )
    }
    self = year
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
