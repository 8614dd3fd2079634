/// A small deterministic random generator (SplitMix64): the same seed gives the same school.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator from `seed`.
  public init(seed: UInt64) {
    state = seed &+ 0x9E37_79B9_7F4A_7C15
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform integer in `range`.
  public mutating func int(_ range: ClosedRange<Int>) -> Int {
    Int.random(in: range, using: &self)
  }

  /// A uniform double in [0, 1).
  public mutating func unit() -> Double {
    Double(next() >> 11) / Double(1 << 53)
  }

  /// True with probability `p`.
  public mutating func chance(_ p: Double) -> Bool {
    unit() < p
  }

  /// A standard normal deviate (Box–Muller).
  public mutating func normal() -> Double {
    let u1 = max(unit(), 1e-12)
    let u2 = unit()
    return (-2 * _log(u1)).squareRoot() * _cos(2 * Double.pi * u2)
  }

  /// One element of a non-empty array.
  public mutating func pick<T>(_ values: [T]) -> T {
    values[int(0...(values.count - 1))]
  }
}

// Elementary functions without Foundation, so the generator is usable anywhere.
@inline(__always) func _log(_ x: Double) -> Double {
  #if canImport(Glibc)
    return Glibc.log(x)
  #else
    return Darwin.log(x)
  #endif
}

@inline(__always) func _cos(_ x: Double) -> Double {
  #if canImport(Glibc)
    return Glibc.cos(x)
  #else
    return Darwin.cos(x)
  #endif
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
