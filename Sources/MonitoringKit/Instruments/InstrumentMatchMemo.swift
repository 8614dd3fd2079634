import Foundation

/// The instrument matches of the last header row asked about, shared by the dataset
/// recognizer (is this a survey?) and the survey reader (which items are where?), so that a
/// survey file's headers are matched against every instrument once, not twice.
final class InstrumentMatchMemo: @unchecked Sendable {
  let matcher: InstrumentMatcher
  private let lock = NSLock()
  private var last: (headers: [String], columns: [Int], matches: [InstrumentMatcher.Match])?

  init(_ matcher: InstrumentMatcher) {
    self.matcher = matcher
  }

  /// `matcher.match(headers:columns:)`, remembered for the same arguments.
  func matches(headers: [String], columns: [Int]) -> [InstrumentMatcher.Match] {
    lock.lock()
    defer { lock.unlock() }
    if let last, last.headers == headers, last.columns == columns { return last.matches }
    let matches = matcher.match(headers: headers, columns: columns)
    last = (headers, columns, matches)
    return matches
  }
}
