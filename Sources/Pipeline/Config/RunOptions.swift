import Foundation
import MonitoringKit

/// What the command line says about a run (every stage shares these).
public struct RunOptions: Sendable {
  public var input: String?
  public var pipeline: String
  public var output: String
  public var year: AcademicYear?
  public var language: Language
  /// The generation time: `--now`, else `SOURCE_DATE_EPOCH`, else the clock.
  public var now: Date
  /// Whether `now` was pinned (`--now` or `SOURCE_DATE_EPOCH`): outputs must then be
  /// byte-identical, so nothing measured (stage timings) is written.
  public var timePinned: Bool

  public init(
    input: String? = nil, pipeline: String = "pipelines/year-end.yml", output: String = "reports",
    year: AcademicYear? = nil, language: Language = .ru, now: Date = Date(), timePinned: Bool = false
  ) {
    self.input = input
    self.pipeline = pipeline
    self.output = output
    self.year = year
    self.language = language
    self.now = now
    self.timePinned = timePinned
  }

  /// The generation date shown in the report, ISO `yyyy-MM-dd`: a pinned time is read in UTC
  /// (the same everywhere), the clock in the machine's time zone.
  public var generatedOn: String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timePinned ? TimeZone(identifier: "UTC")! : TimeZone.current
    let parts = calendar.dateComponents([.year, .month, .day], from: now)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
    return "\(parts.year ?? 1970)-\(two(parts.month ?? 1))-\(two(parts.day ?? 1))"
  }

  /// The pinned time of `--now` (an ISO date, or a date-time, UTC unless it names a zone) or of
  /// `SOURCE_DATE_EPOCH` (seconds since 1970), in that order; nil when neither is given.
  /// Throws a Russian message for an unreadable `--now`.
  public static func pinnedTime(now text: String?, environment: [String: String]) throws -> Date? {
    if let text {
      guard let date = parseISO(text) else {
        throw PipelineConfig.LoadError.invalid(
          path: "--now", reason: "«\(text)» — ожидается дата ГГГГ-ММ-ДД или дата и время ГГГГ-ММ-ДДTчч:мм:сс")
      }
      return date
    }
    return environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:))
  }

  /// `2026-06-01`, `2026-06-01T10:00:00`, `2026-06-01T10:00:00Z` or with an offset.
  public static func parseISO(_ text: String) -> Date? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    let variants: [ISO8601DateFormatter.Options] = [
      [.withInternetDateTime],
      [.withFullDate, .withTime, .withDashSeparatorInDate, .withColonSeparatorInTime],
      [.withFullDate, .withDashSeparatorInDate],
    ]
    for options in variants {
      formatter.formatOptions = options
      if let date = formatter.date(from: trimmed) { return date }
    }
    return nil
  }
}
