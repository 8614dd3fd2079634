/// Average ranks with tie bookkeeping, shared by the rank-based tests.
///
/// Equivalent to `scipy.stats.rankdata(x, method="average")` plus the tie counts SciPy's
/// private `_rankdata(..., return_ties=True)` returns.
struct Ranking: Sendable, Equatable {
  /// Rank of each input value, in input order (1-based; tied values share their mean rank).
  let ranks: [Double]
  /// Sizes of the groups of equal values, in ascending order of the value.
  let tieGroupSizes: [Int]

  /// Ranks `values` (which must be free of NaN), comparing with `==`.
  init(_ values: [Double]) {
    let order = values.indices.sorted { values[$0] < values[$1] }
    var ranks = [Double](repeating: 0, count: values.count)
    var groups: [Int] = []
    var start = 0
    while start < order.count {
      var end = start + 1
      while end < order.count, values[order[end]] == values[order[start]] {
        end += 1
      }
      // Ordinal ranks start + 1 ... end share their average.
      let average = Double(start + 1 + end) / 2
      for position in start..<end {
        ranks[order[position]] = average
      }
      groups.append(end - start)
      start = end
    }
    self.ranks = ranks
    self.tieGroupSizes = groups
  }

  /// Whether any value occurs more than once.
  var hasTies: Bool { tieGroupSizes.contains { $0 > 1 } }

  /// The tie-correction term `Σ (t³ − t)` over the given group sizes.
  static func tieTerm<S: Sequence>(_ groupSizes: S) -> Double where S.Element == Int {
    groupSizes.reduce(0.0) { total, size in
      let t = Double(size)
      return total + (t * t * t - t)
    }
  }
}
