/// A calendar date with an optional time of day, as found in school exports.
///
/// No time zone: dates and times are the school's local ones as written. Ordering is by day,
/// then time; a date without a time sorts before the same date with any time.
public struct SchoolDate: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// A time of day.
  public struct Time: Hashable, Sendable, Comparable {
    /// Hour, 0–23.
    public let hour: Int
    /// Minute, 0–59.
    public let minute: Int
    /// Second, 0–59.
    public let second: Int

    /// Creates a time; `nil` when a component is out of range.
    public init?(hour: Int, minute: Int, second: Int = 0) {
      guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
      self.hour = hour
      self.minute = minute
      self.second = second
    }

    /// Seconds since midnight.
    public var secondsOfDay: Int { hour * 3600 + minute * 60 + second }

    /// Orders by time of day.
    public static func < (lhs: Time, rhs: Time) -> Bool {
      lhs.secondsOfDay < rhs.secondsOfDay
    }
  }

  /// The year (four digits).
  public let year: Int
  /// The month, 1–12.
  public let month: Int
  /// The day of the month.
  public let day: Int
  /// The time of day, when the cell had one.
  public let time: Time?

  /// Creates a date; `nil` for an impossible day (31.04, 29.02 outside leap years) or a year
  /// outside 1900–2199.
  public init?(year: Int, month: Int, day: Int, time: Time? = nil) {
    guard (1900...2199).contains(year), (1...12).contains(month),
      (1...Self.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
    self.time = time
  }

  /// The date `days` days after 1 January 1970 (no time).
  public init(daysSince1970 days: Int) {
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthPart = (5 * dayOfYear + 2) / 153
    day = dayOfYear - (153 * monthPart + 2) / 5 + 1
    month = monthPart < 10 ? monthPart + 3 : monthPart - 9
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    time = nil
  }

  /// Days since 1 January 1970 (negative before it), for comparisons and differences.
  public var daysSince1970: Int {
    // Howard Hinnant's days_from_civil.
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The same day without the time.
  public var dateOnly: SchoolDate {
    SchoolDate(year: year, month: month, day: day)!
  }

  /// Whether `year` is a leap year in the Gregorian calendar.
  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in a month.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// `dd.MM.yyyy`, the form Russian readers expect.
  public var formatted: String {
    "\(Self.pad(day)).\(Self.pad(month)).\(year)"
  }

  /// `dd.MM.yyyy`, followed by ` HH:mm:ss` when there is a time.
  public var description: String {
    guard let time else { return formatted }
    return "\(formatted) \(Self.pad(time.hour)):\(Self.pad(time.minute)):\(Self.pad(time.second))"
  }

  /// `yyyy-MM-dd`.
  public var iso: String {
    "\(year)-\(Self.pad(month))-\(Self.pad(day))"
  }

  /// Orders by day, then time (no time first).
  public static func < (lhs: SchoolDate, rhs: SchoolDate) -> Bool {
    let left = lhs.daysSince1970
    let right = rhs.daysSince1970
    if left != right { return left < right }
    return (lhs.time?.secondsOfDay ?? -1) < (rhs.time?.secondsOfDay ?? -1)
  }

  static func pad(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}
