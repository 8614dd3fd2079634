/// A map from non-negative integer keys to integer values, for hot loops.
///
/// Open addressing with a multiplicative hash: no per-lookup hasher setup as `Dictionary` has.
/// Values are stored as given; `missing` is what `get` returns for an absent key.
public struct IntMap: Sendable {
  private var keys: [Int]
  private var values: [Int]
  private var mask: Int
  /// Number of keys.
  public private(set) var count = 0
  /// The value returned for absent keys.
  public static let missing = Int.min

  /// Creates a map sized for about `capacity` keys.
  public init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = [Int](repeating: -1, count: size)
    values = [Int](repeating: 0, count: size)
    mask = size - 1
  }

  @inline(__always)
  private func slot(for key: Int) -> Int {
    Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
  }

  /// The value of `key` (≥ 0), or `IntMap.missing`.
  @inline(__always)
  public func get(_ key: Int) -> Int {
    var index = slot(for: key)
    while true {
      let found = keys[index]
      if found == key { return values[index] }
      if found < 0 { return Self.missing }
      index = (index + 1) & mask
    }
  }

  /// Sets the value of `key` (≥ 0).
  public mutating func set(_ key: Int, _ value: Int) {
    var index = slot(for: key)
    while keys[index] >= 0 && keys[index] != key { index = (index + 1) & mask }
    if keys[index] < 0 { count += 1 }
    keys[index] = key
    values[index] = value
    if count * 2 > keys.count { grow() }
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = [Int](repeating: -1, count: oldKeys.count * 2)
    values = [Int](repeating: 0, count: oldKeys.count * 2)
    mask = keys.count - 1
    count = 0
    for (index, key) in oldKeys.enumerated() where key >= 0 { set(key, oldValues[index]) }
  }
}
