/// Gives every distinct byte string a dense id, looked up straight from a cell's bytes.
///
/// The hot path of a journal export repeats the same names, classes, subjects and periods
/// millions of times; interning by bytes turns each into an `Int` with one hash and one compare,
/// no `String` and no allocation per cell. Open addressing over an arena of the stored bytes.
public struct ByteInterner: Sendable {
  private var arena: [UInt8] = []
  private var starts: [Int] = []
  private var lengths: [Int] = []
  private var hashes: [UInt64] = []
  /// Slot → id + 1 (0 = empty).
  private var slots: [Int32]
  private var mask: Int

  /// Creates an interner sized for about `capacity` distinct strings.
  public init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Int32](repeating: 0, count: size)
    mask = size - 1
  }

  /// Number of distinct strings.
  public var count: Int { starts.count }

  /// The id of `bytes`, adding it when new.
  @inlinable
  public mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    internHashed(bytes, hash: Self.hash(bytes))
  }

  /// The bytes of `id`.
  public func bytes(of id: Int) -> ArraySlice<UInt8> {
    arena[starts[id]..<(starts[id] + lengths[id])]
  }

  @usableFromInline
  mutating func internHashed(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = Int(slots[slot])
      if entry == 0 { break }
      let id = entry - 1
      if hashes[id] == hash && lengths[id] == bytes.count && equal(id, bytes) { return id }
      slot = (slot + 1) & mask
    }
    let id = starts.count
    starts.append(arena.count)
    lengths.append(bytes.count)
    hashes.append(hash)
    arena.append(contentsOf: bytes)
    slots[slot] = Int32(id + 1)
    if starts.count * 2 > slots.count { grow() }
    return id
  }

  private func equal(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    arena.withUnsafeBufferPointer { stored in
      let start = starts[id]
      for index in 0..<bytes.count where stored[start + index] != bytes[index] { return false }
      return true
    }
  }

  private mutating func grow() {
    let size = slots.count * 2
    slots = [Int32](repeating: 0, count: size)
    mask = size - 1
    for id in 0..<starts.count {
      var slot = Int(truncatingIfNeeded: hashes[id]) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(id + 1)
    }
  }

  /// FNV-1a over the bytes, finished with a multiply-xorshift so close strings spread out.
  @inlinable
  public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    hash ^= hash >> 32
    hash &*= 0xD6E8_FEB8_6659_FD93
    return hash ^ (hash >> 32)
  }
}
