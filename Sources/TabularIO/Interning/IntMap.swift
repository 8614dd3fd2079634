/// A map from non-negative integer keys to integer values, for hot loops.
///
/// Open addressing with a multiplicative hash: no per-lookup hasher setup as `Dictionary` has.
/// Values are stored as given; `missing` is what `get` returns for an absent key.
public struct IntMap: Sendable {
  /// Key and value of each slot side by side (key at 2 × slot, value after it), so a probe
  /// touches one cache line; an empty slot's key is −1.
  private var slots: [Int]
  private var mask: Int
  /// 64 − log2(slot count): a key's slot is the top bits of its product with the golden
  /// ratio (Fibonacci hashing), so every byte of the key moves it. (The middle bits, used
  /// before, ignored the upper bytes: dates packed from «dd.mm.yy» collided by month.)
  private var shift: UInt64
  /// Number of keys.
  public private(set) var count = 0
  /// The value returned for absent keys.
  public static let missing = Int.min

  /// Creates a map sized for about `capacity` keys.
  public init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Self.emptySlots(size)
    mask = size - 1
    shift = UInt64(64 - size.trailingZeroBitCount)
  }

  private static func emptySlots(_ size: Int) -> [Int] {
    [Int](unsafeUninitializedCapacity: 2 * size) { buffer, initialized in
      for slot in 0..<size {
        buffer[2 * slot] = -1
        buffer[2 * slot + 1] = 0
      }
      initialized = 2 * size
    }
  }

  @inline(__always)
  private func slot(for key: Int) -> Int {
    Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The value of `key` (≥ 0), or `IntMap.missing`.
  @inline(__always)
  public func get(_ key: Int) -> Int {
    slots.withUnsafeBufferPointer { slots in
      var index = slot(for: key)
      while true {
        let found = slots[2 * index]
        if found == key { return slots[2 * index + 1] }
        if found < 0 { return Self.missing }
        index = (index + 1) & mask
      }
    }
  }

  /// Sets the value of `key` (≥ 0).
  public mutating func set(_ key: Int, _ value: Int) {
    var index = slot(for: key)
    while slots[2 * index] >= 0 && slots[2 * index] != key { index = (index + 1) & mask }
    if slots[2 * index] < 0 { count += 1 }
    slots[2 * index] = key
    slots[2 * index + 1] = value
    if count * 2 > slots.count / 2 { grow() }
  }

  private mutating func grow() {
    let old = slots
    let size = old.count  // twice the old number of slots
    slots = Self.emptySlots(size)
    mask = size - 1
    shift = UInt64(64 - size.trailingZeroBitCount)
    count = 0
    for slot in 0..<(old.count / 2) where old[2 * slot] >= 0 { set(old[2 * slot], old[2 * slot + 1]) }
  }
}
