/// A month of the academic year: сентябрь = 1 … август = 12.
///
/// Parsing accepts month names in any case and grammatical form, abbreviated («сент.»), with a
/// year («Сентябрь 2025»), English names, a date (its month), `MM.yyyy`/`yyyy-MM`, and a bare
/// number, which is read as a calendar month («9» = сентябрь; decision where the contract is
/// silent).
public enum AcademicMonth: Int, Hashable, Sendable, CaseIterable, Comparable {
  /// Сентябрь.
  case september = 1
  /// Октябрь.
  case october
  /// Ноябрь.
  case november
  /// Декабрь.
  case december
  /// Январь.
  case january
  /// Февраль.
  case february
  /// Март.
  case march
  /// Апрель.
  case april
  /// Май.
  case may
  /// Июнь.
  case june
  /// Июль.
  case july
  /// Август.
  case august

  /// Word prefixes and the calendar months they name, checked in order («мар» before «ма»).
  public static let prefixes: [(prefix: String, month: Int)] = [
    ("сен", 9), ("окт", 10), ("ноя", 11), ("дек", 12), ("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4),
    ("май", 5), ("мая", 5), ("мае", 5), ("маю", 5), ("июн", 6), ("июл", 7), ("авг", 8),
    ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4),
    ("may", 5), ("jun", 6), ("jul", 7), ("aug", 8),
  ]

  /// The academic month of a calendar month (1–12).
  public init?(calendarMonth: Int) {
    guard (1...12).contains(calendarMonth) else { return nil }
    self.init(rawValue: (calendarMonth + 3) % 12 + 1)
  }

  /// The academic month a date falls in.
  public init(date: SchoolDate) {
    self.init(calendarMonth: date.month)!
  }

  /// The calendar month, 1–12.
  public var calendarMonth: Int {
    (rawValue + 7) % 12 + 1
  }

  /// Parses a month cell; `nil` when no month is named.
  public static func parse(_ text: String) -> AcademicMonth? {
    guard let cleaned = CellText.clean(text) else { return nil }
    if let date = DateParser.parse(cleaned) { return AcademicMonth(date: date) }
    for word in TextNormalizer.letterWords(cleaned) {
      if let entry = prefixes.first(where: { word.hasPrefix($0.prefix) }) {
        return AcademicMonth(calendarMonth: entry.month)
      }
    }
    let numbers = cleaned.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "/" || $0 == " " })
    if numbers.count == 1, numbers[0].count <= 2, let month = Int(numbers[0]) {
      return AcademicMonth(calendarMonth: month)
    }
    if numbers.count == 2, numbers.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil }) {
      let (a, b) = (numbers[0], numbers[1])
      if a.count <= 2, b.count == 4 { return AcademicMonth(calendarMonth: Int(a)!) }
      if a.count == 4, b.count <= 2 { return AcademicMonth(calendarMonth: Int(b)!) }
    }
    return nil
  }

  /// The Russian name in the nominative: «сентябрь».
  public var label: String {
    Self.labels[rawValue - 1]
  }

  /// Nominative month names in academic order.
  static let labels = [
    "сентябрь", "октябрь", "ноябрь", "декабрь", "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август",
  ]

  /// Orders September first.
  public static func < (lhs: AcademicMonth, rhs: AcademicMonth) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
