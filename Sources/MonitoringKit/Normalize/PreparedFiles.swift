import Foundation

/// The files opened by `Normalizer.prepareAll`, filled in by index from several threads.
///
/// Each slot is written once, by the thread that prepared its file, and read after all of
/// them are done; the lock makes those writes visible to the reading thread.
final class PreparedFiles: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [(account: FileAccount, prepared: Normalizer.Prepared?)?]

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  /// Records what preparing file `index` gave.
  func set(_ index: Int, account: FileAccount, prepared: Normalizer.Prepared?) {
    lock.lock()
    slots[index] = (account, prepared)
    lock.unlock()
  }

  /// Every file's account and reader, in index order (once every slot is set).
  var all: [(account: FileAccount, prepared: Normalizer.Prepared?)] {
    lock.lock()
    defer { lock.unlock() }
    return slots.map { $0! }
  }
}
