import Foundation

/// The idle row sinks of a parser: the parsing thread takes one for the next chunk, the reading
/// thread gives one back when it has handed all its rows on.
final class SinkPool: @unchecked Sendable {
  private let condition = NSCondition()
  private var idle: [Int]

  /// A pool whose sinks `0..<count` are idle except `busy`.
  init(count: Int, busy: Int) {
    idle = (0..<count).filter { $0 != busy }
  }

  /// An idle sink, waiting for one if needed.
  func take() -> Int {
    condition.lock()
    defer { condition.unlock() }
    while idle.isEmpty { condition.wait() }
    return idle.removeLast()
  }

  /// Gives sink `index` back.
  func give(_ index: Int) {
    condition.lock()
    idle.append(index)
    condition.signal()
    condition.unlock()
  }
}
