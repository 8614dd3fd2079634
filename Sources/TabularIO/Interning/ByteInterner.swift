#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Gives every distinct byte string a dense id, looked up straight from a cell's bytes.
///
/// The hot path of a journal export repeats the same names, classes, subjects and periods
/// millions of times; interning by bytes turns each into an `Int` with one hash and one compare,
/// no `String` and no allocation per cell. Open addressing over an arena of the stored bytes;
/// the hash reads eight bytes at a time. A pair of cells (a name and a class) can be interned
/// as one key.
public struct ByteInterner: Sendable {
  private var arena: [UInt8] = []
  private var starts: [Int] = []
  private var lengths: [Int] = []
  private var hashes: [UInt64] = []
  /// By id: the length of a pair's first part, −1 for a single key. Equal bytes with equal
  /// splits are the same key, even when a part itself holds the 0x1F separator.
  private var splits: [Int32] = []
  /// Slot → id + 1 (0 = empty).
  private var slots: [Int32]
  private var mask: Int
  /// The id returned last: sorted exports repeat a key on consecutive rows, checked first.
  private var lastID = -1
  /// By id: the id returned right after it the last time (−1 if none), checked second. A
  /// journal lists each pupil's subjects in the same cycle, so the subject after «Алгебра» is
  /// usually the one that followed it before.
  private var successors: [Int32] = []

  /// Creates an interner sized for about `capacity` distinct strings.
  public init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Int32](repeating: 0, count: size)
    mask = size - 1
  }

  /// Number of distinct strings.
  public var count: Int { starts.count }

  /// Up to eight bytes packed into one non-negative integer (nil when longer or when the top
  /// bit would be set), for direct lookups of short cells without hashing.
  @inline(__always)
  public static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let count = bytes.count
    guard count <= 8 else { return nil }
    guard let base = bytes.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    // Byte i lands in bits 8i…8i+7; two overlapping loads put the shared bytes in the same
    // place, so or-ing them is exact.
    var value: UInt64 = 0
    if count == 8 {
      value = raw.loadUnaligned(as: UInt64.self)
    } else if count >= 4 {
      value =
        UInt64(raw.loadUnaligned(as: UInt32.self))
        | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << (8 * UInt64(count - 4))
    } else {
      for index in 0..<count { value |= UInt64(base[index]) << (8 * UInt64(index)) }
    }
    let signed = Int(bitPattern: UInt(value))
    return signed >= 0 ? signed : nil
  }

  /// The id of `bytes`, adding it when new.
  public mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    if isStored(lastID, bytes, nil) { return lastID }
    if let next = predicted(bytes, nil) { return next }
    let hash = Self.hash(bytes)
    return remember(find(hash: hash, bytes, nil) ?? insert(hash: hash, bytes, nil))
  }

  /// Whether `id` (≥ 0) holds `first` (and `second`).
  @inline(__always)
  private func isStored(_ id: Int, _ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>?)
    -> Bool
  {
    guard id >= 0 else { return false }
    let length = first.count + (second.map { $0.count + 1 } ?? 0)
    guard lengths[id] == length, splits[id] == Self.split(first, second) else { return false }
    return arena.withUnsafeBufferPointer { arena in
      Self.same(arena.baseAddress! + starts[id], first, second)
    }
  }

  /// The successor of the id returned last, when it holds the key; it becomes the last.
  @inline(__always)
  private mutating func predicted(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>?)
    -> Int?
  {
    guard lastID >= 0 else { return nil }
    let next = Int(successors[lastID])
    guard isStored(next, first, second) else { return nil }
    lastID = next
    return next
  }

  /// Makes `id` the id returned last, noting it as the successor of the one before.
  @inline(__always)
  private mutating func remember(_ id: Int) -> Int {
    if lastID >= 0 { successors[lastID] = Int32(truncatingIfNeeded: id) }
    lastID = id
    return id
  }

  /// The id of the pair (`first`, `second`) as one key (stored as first, 0x1F, second).
  public mutating func intern(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>)
    -> Int
  {
    if isStored(lastID, first, second) { return lastID }
    if let next = predicted(first, second) { return next }
    let hash = Self.hash(first) &* 0x9E37_79B9_7F4A_7C15 ^ Self.hash(second)
    return remember(find(hash: hash, first, second) ?? insert(hash: hash, first, second))
  }

  /// The bytes of `id`.
  public func bytes(of id: Int) -> ArraySlice<UInt8> {
    arena[starts[id]..<(starts[id] + lengths[id])]
  }

  private func find(hash: UInt64, _ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>?)
    -> Int?
  {
    let length = first.count + (second.map { $0.count + 1 } ?? 0)
    let split = Self.split(first, second)
    return slots.withUnsafeBufferPointer { slots in
      hashes.withUnsafeBufferPointer { hashes in
        lengths.withUnsafeBufferPointer { lengths in
          starts.withUnsafeBufferPointer { starts in
            arena.withUnsafeBufferPointer { arena in
              var slot = Int(truncatingIfNeeded: hash) & mask
              while true {
                let entry = Int(slots[slot])
                if entry == 0 { return nil }
                let id = entry - 1
                if hashes[id] == hash && lengths[id] == length && splits[id] == split {
                  let stored = arena.baseAddress! + starts[id]
                  if Self.same(stored, first, second) { return id }
                }
                slot = (slot + 1) & mask
              }
            }
          }
        }
      }
    }
  }

  /// The split recorded for a key: the first part's length for a pair, −1 for a single key.
  @inline(__always)
  private static func split(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>?)
    -> Int32
  {
    second == nil ? -1 : Int32(truncatingIfNeeded: first.count)
  }

  @inline(__always)
  private static func same(
    _ stored: UnsafePointer<UInt8>, _ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>?
  ) -> Bool {
    if first.count > 0, memcmp(stored, first.baseAddress!, first.count) != 0 { return false }
    guard let second else { return true }
    if stored[first.count] != 0x1F { return false }
    return second.count == 0 || memcmp(stored + first.count + 1, second.baseAddress!, second.count) == 0
  }

  private mutating func insert(
    hash: UInt64, _ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>?
  )
    -> Int
  {
    let id = starts.count
    starts.append(arena.count)
    arena.append(contentsOf: first)
    if let second {
      arena.append(0x1F)
      arena.append(contentsOf: second)
    }
    lengths.append(arena.count - starts[id])
    hashes.append(hash)
    splits.append(Self.split(first, second))
    successors.append(-1)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(id + 1)
    if starts.count * 2 > slots.count { grow() }
    return id
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

  /// A fast 64-bit hash of the bytes: eight bytes a step, multiply-xorshift mixing.
  @inline(__always)
  public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
    guard let base = bytes.baseAddress else { return hash }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    while offset + 8 <= bytes.count {
      hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
      hash ^= hash >> 31
      offset += 8
    }
    // The last 1–7 bytes: as the last eight (overlapping the word before) when there are
    // eight, else as two overlapping four-byte words; byte by byte only below four.
    var tail: UInt64 = 0
    let count = bytes.count
    if offset < count {
      if count >= 8 {
        tail = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
      } else if count >= 4 {
        tail =
          UInt64(raw.loadUnaligned(as: UInt32.self))
          | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
      } else {
        for index in 0..<count { tail |= UInt64(base[index]) << (8 * UInt64(index)) }
      }
    }
    hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
    hash ^= hash >> 29
    hash = hash &* 0xBF58_476D_1CE4_E5B9
    return hash ^ (hash >> 32)
  }
}
