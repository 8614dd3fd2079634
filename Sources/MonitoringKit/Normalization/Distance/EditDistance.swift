/// Levenshtein distance between strings, counted in `Character`s.
public enum EditDistance {
  /// The edit distance between `a` and `b`; with a `bound`, any distance above it is reported
  /// as `bound + 1` and the computation stops early.
  public static func levenshtein(_ a: String, _ b: String, bound: Int? = nil) -> Int {
    levenshtein(Array(a), Array(b), bound: bound)
  }

  /// The edit distance between two character arrays (see `levenshtein(_:_:bound:)`).
  public static func levenshtein(_ a: [Character], _ b: [Character], bound: Int? = nil) -> Int {
    let limit = bound.map { max(0, $0) }
    if let limit, abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
        rowMinimum = min(rowMinimum, current[j])
      }
      if let limit, rowMinimum > limit { return limit + 1 }
      swap(&previous, &current)
    }
    let distance = previous[b.count]
    if let limit, distance > limit { return limit + 1 }
    return distance
  }

  /// Whether two character arrays are at most one edit apart (linear time).
  public static func isWithinOne(_ a: [Character], _ b: [Character]) -> Bool {
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    guard long.count - short.count <= 1 else { return false }
    var i = 0
    while i < short.count, short[i] == long[i] { i += 1 }
    if i == short.count { return true }
    if short.count == long.count {
      return short[(i + 1)...] == long[(i + 1)...]
    }
    return short[i...] == long[(i + 1)...]
  }
}
