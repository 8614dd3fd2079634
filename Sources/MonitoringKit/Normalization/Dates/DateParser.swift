/// Reads dates and timestamps in the forms school exports use (data contract §2 "Cells").
///
/// Date forms: `dd.MM.yyyy`, `d.M.yyyy`, `dd.MM.yy` (read as 20yy), `yyyy-MM-dd`, `dd-MM-yyyy`,
/// `yyyy/MM/dd` (Google Forms), optionally followed by «г.» («01.09.2025 г.»). Each may carry a
/// time `H:mm` or `H:mm:ss` after a space (or `T` in ISO form), then an optional AM/PM token and
/// an optional zone (`GMT+3`, `UTC+03:00`, `MSK`, `+03:00`), which is ignored: times are local.
///
/// The AM/PM token (Google Forms exports) may be localised or mangled by a wrong encoding:
/// - hour ≥ 13: the token is ignored, the hour is already on a 24-hour clock;
/// - AM/ДП (any case, dots ignored): 12 becomes 0, other hours stay;
/// - PM/ПП: 1–11 become 13–23, 12 stays;
/// - any other token without digits is a mangled marker and the hour is kept as written
///   (the date is what matters for waves and de-duplication; decision where the contract is
///   silent).
/// Calendar days are validated (29.02 only in leap years); years outside 1900–2199 are rejected.
public enum DateParser {
  /// Markers of the morning, normalised to uppercase without dots.
  public static let morningMarkers: Set<String> = ["AM", "A", "ДП", "АМ"]
  /// Markers of the afternoon, normalised to uppercase without dots.
  public static let afternoonMarkers: Set<String> = ["PM", "P", "ПП", "РМ"]
  /// Prefixes of time-zone tokens, which are ignored.
  static let zonePrefixes: [String] = ["GMT", "UTC", "MSK", "МСК"]
  /// Suffixes after a date meaning «год» («01.09.2025г.»).
  static let yearSuffixes: [String] = ["г.", "г"]

  /// Parses a date or timestamp cell; `nil` when it is not one of the accepted forms.
  public static func parse(_ text: String) -> SchoolDate? {
    guard let cleaned = CellText.clean(text) else { return nil }
    var words = cleaned.split(separator: " ").map(String.init)
    var first = words.removeFirst()
    if first.count > 10, let tIndex = first.firstIndex(of: "T"),
      first.distance(from: first.startIndex, to: tIndex) == 10
    {
      words.insert(String(first[first.index(after: tIndex)...]), at: 0)
      first = String(first[..<tIndex])
    }
    for suffix in yearSuffixes where first.lowercased().hasSuffix(suffix) && first.count > suffix.count {
      first.removeLast(suffix.count)
      break
    }
    if let word = words.first, yearSuffixes.contains(word.lowercased()) { words.removeFirst() }
    guard let (year, month, day) = datePart(first) else { return nil }
    guard let timeWord = words.first else { return SchoolDate(year: year, month: month, day: day) }
    words.removeFirst()
    let (timeText, glued) = splitGluedMarker(timeWord)
    if let glued { words.insert(glued, at: 0) }
    guard let (hour, minute, second) = timePart(timeText) else { return nil }
    var resolvedHour = hour
    var sawMarker = false
    for word in words {
      if isZone(word) { continue }
      guard !sawMarker, !word.contains(where: { $0.asciiDigit != nil }) else { return nil }
      sawMarker = true
      resolvedHour = applyMarker(word, to: hour)
    }
    guard let time = SchoolDate.Time(hour: resolvedHour, minute: minute, second: second) else { return nil }
    return SchoolDate(year: year, month: month, day: day, time: time)
  }

  /// Reads the date word into (year, month, day), not yet validated against the calendar.
  static func datePart(_ word: String) -> (Int, Int, Int)? {
    for separator in [".", "-", "/"] as [Character] where word.contains(separator) {
      let pieces = word.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
      guard pieces.count == 3, pieces.allSatisfy(isDigits) else { return nil }
      let (a, b, c) = (pieces[0], pieces[1], pieces[2])
      if a.count == 4, b.count <= 2, c.count <= 2, separator != "." {
        return (Int(a)!, Int(b)!, Int(c)!)
      }
      if a.count <= 2, b.count <= 2, separator != "/" {
        if c.count == 4 { return (Int(c)!, Int(b)!, Int(a)!) }
        if c.count == 2, separator == "." { return (2000 + Int(c)!, Int(b)!, Int(a)!) }
      }
      return nil
    }
    return nil
  }

  /// Reads `H:mm` or `H:mm:ss`.
  static func timePart(_ word: String) -> (Int, Int, Int)? {
    let pieces = word.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    guard pieces.count == 2 || pieces.count == 3, pieces.allSatisfy(isDigits),
      pieces[0].count <= 2, pieces.dropFirst().allSatisfy({ $0.count == 2 })
    else { return nil }
    return (Int(pieces[0])!, Int(pieces[1])!, pieces.count == 3 ? Int(pieces[2])! : 0)
  }

  /// Splits «10:15:30PM» into the time and the marker glued to it.
  static func splitGluedMarker(_ word: String) -> (String, String?) {
    guard let index = word.firstIndex(where: { $0.isLetter }), index != word.startIndex else {
      return (word, nil)
    }
    return (String(word[..<index]), String(word[index...]))
  }

  /// The 24-hour hour for a 12-hour `hour` and an AM/PM token.
  static func applyMarker(_ token: String, to hour: Int) -> Int {
    guard hour <= 12 else { return hour }
    let marker = token.uppercased().filter { $0 != "." }
    if morningMarkers.contains(marker) { return hour == 12 ? 0 : hour }
    if afternoonMarkers.contains(marker), hour >= 1 { return hour == 12 ? 12 : hour + 12 }
    return hour
  }

  /// Whether a token is a time zone («GMT+3», «+03:00»).
  static func isZone(_ token: String) -> Bool {
    let upper = token.uppercased()
    if zonePrefixes.contains(where: upper.hasPrefix) { return true }
    guard let sign = upper.first, sign == "+" || sign == "-" else { return false }
    return upper.dropFirst().allSatisfy { $0.asciiDigit != nil || $0 == ":" } && upper.count > 1
  }

  /// Whether a string is one or more ASCII digits.
  static func isDigits(_ text: String) -> Bool {
    !text.isEmpty && text.allSatisfy { $0.asciiDigit != nil }
  }
}
