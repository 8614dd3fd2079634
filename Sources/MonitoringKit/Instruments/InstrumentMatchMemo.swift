import Foundation

/// The instrument matches of every header row asked about, shared by the dataset
/// recognizer (is this a survey?) and the survey reader (which items are where?), so that a
/// survey file's headers are matched against every instrument once, not twice.
final class InstrumentMatchMemo: @unchecked Sendable {
  let matcher: InstrumentMatcher
  private let lock = NSLock()
  private var found: [Key: [InstrumentMatcher.Match]] = [:]

  private struct Key: Hashable {
    var headers: [String]
    var columns: [Int]
  }

  init(_ matcher: InstrumentMatcher) {
    self.matcher = matcher
  }

  /// `matcher.match(headers:columns:)`, remembered for the same arguments. Files are
  /// prepared on several threads at once; the matching itself runs outside the lock.
  func matches(headers: [String], columns: [Int]) -> [InstrumentMatcher.Match] {
    let key = Key(headers: headers, columns: columns)
    lock.lock()
    let known = found[key]
    lock.unlock()
    if let known { return known }
    let matches = matcher.match(headers: headers, columns: columns)
    lock.lock()
    found[key] = matches
    lock.unlock()
    return matches
  }
}
