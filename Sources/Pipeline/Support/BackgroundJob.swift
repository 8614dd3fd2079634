import Foundation

/// One throwing job run on its own thread while the caller goes on; `wait` joins it.
///
/// `run` stores the warehouse this way while the indicators and the report are computed from
/// the same in-memory data: the two need different cores, not each other.
final class BackgroundJob: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  // Written by the job's thread before `done` is signalled, read only after `wait` returns.
  private var failure: (any Error)?
  private var elapsed: Double = 0

  /// Starts `body` on a new thread.
  init(_ body: @escaping @Sendable () throws -> Void) {
    Thread { [self] in
      let start = Date()
      do { try body() } catch { failure = error }
      elapsed = Date().timeIntervalSince(start)
      done.signal()
    }.start()
  }

  /// Waits for the job to end; returns its wall seconds or throws its error.
  @discardableResult
  func wait() throws -> Double {
    done.wait()
    if let failure { throw failure }
    return elapsed
  }
}
