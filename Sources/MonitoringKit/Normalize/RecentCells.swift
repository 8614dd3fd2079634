/// A small direct-mapped cache of grade aggregates used last, in front of the grade index.
///
/// A journal lists one pupil's marks together: a few dozen subject × period cells, each hit
/// again and again before the next pupil. Their slots are chosen by subject and period alone,
/// so one pupil's cells do not evict each other, and the lookup stays in a few kilobytes instead
/// of a cache miss in the grade index of the whole school. A slot keeps the full key (person
/// included), so a hit is always exact.
struct RecentCells {
  /// Key and cell index of every slot side by side; key −1 when empty.
  private var entries = [Int](repeating: -1, count: 2 * RecentCells.slotCount)

  static let slotCount = 256

  /// The slot of a subject id and a period code: 16 subjects × 16 periods without collisions.
  @inline(__always)
  static func slot(subject: Int, periodCode: Int) -> Int {
    ((subject & 15) << 4) | (periodCode & 15)
  }

  /// The cell index remembered for `key` in `slot`, if that is the key the slot holds.
  @inline(__always)
  func index(of key: Int, at slot: Int) -> Int? {
    entries.withUnsafeBufferPointer { entries in
      entries[2 * slot] == key ? entries[2 * slot + 1] : nil
    }
  }

  /// Remembers `index` as the cell of `key` in `slot`.
  @inline(__always)
  mutating func remember(_ key: Int, _ index: Int, at slot: Int) {
    entries[2 * slot] = key
    entries[2 * slot + 1] = index
  }
}
