import PropertyBased
import Testing

@testable import TabularIO

/// The hot-path lookup tables agree with the standard library's `Dictionary`.
@Suite struct InterningTests {
  @Test("IntMap agrees with Dictionary on random keys, overwrites and growth")
  func intMapAgreesWithDictionary() async {
    // Small key ranges force repeats and overwrites; wide ones force growth and long probes.
    let operations = Gen.int(in: 0...5000).array(of: 1...4).array(of: 0...400)
    await propertyCheck(count: 60, input: operations) { operations in
      var map = IntMap(capacity: 4)
      var reference: [Int: Int] = [:]
      for (step, operation) in operations.enumerated() {
        let key = operation.count == 1 ? operation[0] % 37 : operation.reduce(0) { $0 &* 5003 &+ $1 }
        map.set(key, step)
        reference[key] = step
      }
      #expect(map.count == reference.count)
      for (key, value) in reference { #expect(map.get(key) == value) }
      for probe in [5001, 25_015_009, Int.max] where reference[probe] == nil {
        #expect(map.get(probe) == IntMap.missing)
      }
    }
  }

  @Test("ByteInterner.packed places byte i in bits 8i–8i+7, for every length up to eight")
  func packedMatchesTheByteLoop() {
    let samples: [[UInt8]] = [
      [], [0x31], [0x31, 0x32], Array("1.0".utf8), Array("четв".utf8.prefix(4)), Array("16.10.25".utf8),
      Array("12345".utf8), Array("123456".utf8), Array("1234567".utf8), [0xFF, 0x01, 0x02],
      [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x7F],
    ]
    for bytes in samples {
      var expected: UInt64 = 0
      for (index, byte) in bytes.enumerated() { expected |= UInt64(byte) << (8 * UInt64(index)) }
      let packed = bytes.withUnsafeBufferPointer { ByteInterner.packed($0) }
      #expect(packed == Int(exactly: expected), "\(bytes)")
    }
    // Too long, or the top bit set (a Cyrillic letter last in eight bytes of cp1251): nil.
    #expect(Array("123456789".utf8).withUnsafeBufferPointer { ByteInterner.packed($0) } == nil)
    #expect([UInt8](repeating: 0xE0, count: 8).withUnsafeBufferPointer { ByteInterner.packed($0) } == nil)
  }

  @Test("ByteInterner numbers distinct strings densely in order of first appearance")
  func internerAgreesWithDictionary() async {
    // Cells of 0–20 bytes over a small alphabet: many repeats, every tail length of the hash.
    let cells = Gen.int(in: 0...3).array(of: 0...20).map { $0.map { UInt8(0x61 + $0) } }.array(of: 1...300)
    await propertyCheck(count: 60, input: cells) { cells in
      var interner = ByteInterner(capacity: 2)
      var reference: [[UInt8]: Int] = [:]
      for cell in cells {
        let id = cell.withUnsafeBufferPointer { interner.intern($0) }
        let expected = reference[cell] ?? reference.count
        reference[cell] = expected
        #expect(id == expected)
        #expect(Array(interner.bytes(of: id)) == cell)
      }
      #expect(interner.count == reference.count)
    }
  }

  @Test("ByteInterner keeps a pair apart from the same bytes split differently")
  func pairsAreNotConcatenations() {
    var interner = ByteInterner()
    func pair(_ first: String, _ second: String) -> Int {
      Array(first.utf8).withUnsafeBufferPointer { first in
        Array(second.utf8).withUnsafeBufferPointer { second in interner.intern(first, second) }
      }
    }
    let ivanov7A = pair("Иванов Иван", "7А")
    #expect(pair("Иванов Ива", "н7А") != ivanov7A)
    #expect(pair("Иванов Иван7А", "") != ivanov7A)
    #expect(pair("Иванов Иван", "7А") == ivanov7A)
    #expect(interner.count == 3)
    // A separator byte inside a part: same bytes, split elsewhere, asked for right after (the
    // last-key shortcut) and again after its neighbour (the successor shortcut).
    let left = pair("а\u{1F}б", "в")
    let right = pair("а", "б\u{1F}в")
    #expect(right != left)
    #expect(pair("а\u{1F}б", "в") == left)
    #expect(pair("а", "б\u{1F}в") == right)
    let single = Array("а\u{1F}б\u{1F}в".utf8).withUnsafeBufferPointer { interner.intern($0) }
    #expect(single != right && single != left)
    #expect(interner.count == 6)
  }
}
