import Foundation

/// A bounded queue of row batches from the parsing thread to the reading thread.
///
/// The producer blocks when `capacity` batches wait; the consumer blocks when none does. Either
/// side may stop: `close` after the last batch, `cancel` when the consumer gives up.
final class BatchChannel: @unchecked Sendable {
  private let condition = NSCondition()
  private var queue: [RowBatch] = []
  private let capacity: Int
  private var closed = false
  private(set) var cancelled = false
  /// A failure of the producer (a read error), delivered after the batches before it.
  private var failure: (any Error)?

  init(capacity: Int) {
    self.capacity = capacity
  }

  /// Adds a batch; returns false when the consumer has cancelled.
  func send(_ batch: RowBatch) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while queue.count >= capacity && !cancelled { condition.wait() }
    guard !cancelled else { return false }
    queue.append(batch)
    condition.broadcast()
    return true
  }

  /// Marks the end of the batches, with the producer's failure if any.
  func close(failure: (any Error)? = nil) {
    condition.lock()
    closed = true
    self.failure = failure
    condition.broadcast()
    condition.unlock()
  }

  /// The next batch; nil at the end. Throws the producer's failure after the last batch.
  func receive() throws -> RowBatch? {
    condition.lock()
    defer { condition.unlock() }
    while queue.isEmpty && !closed { condition.wait() }
    if !queue.isEmpty {
      let batch = queue.removeFirst()
      condition.broadcast()
      return batch
    }
    if let failure { throw failure }
    return nil
  }

  /// Stops the producer (the consumer failed).
  func cancel() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    condition.unlock()
  }
}
