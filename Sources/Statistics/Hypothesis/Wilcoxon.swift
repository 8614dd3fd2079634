/// The Wilcoxon signed-rank test for paired samples.
public enum Wilcoxon {
  /// Two-sided Wilcoxon signed-rank test of `d = after − before` with Pratt's treatment of
  /// zeros; `scipy.stats.wilcoxon(after, before, zero_method="pratt", correction=False,
  /// method="exact" | "approx")`.
  ///
  /// All `|d|`, zeros included, are ranked with average ranks for ties; the zeros' ranks are
  /// then dropped from `W+` and `W−`. With `method == nil` the rule of
  /// ``WilcoxonMethod/automatic(pairs:zeros:hasTies:)`` applies.
  ///
  /// - Exact: as SciPy, the null distribution is that of `n` untied ranks (zeros counted in
  ///   `n`) and `p = min(1, 2 · min(P(W+ ≥ ⌊W+⌋), P(W+ ≤ ⌈W+⌉)))`; it is only truly exact
  ///   without zeros and ties.
  /// - Approximate: `E[W+] = (n(n+1) − z(z+1)) / 4`,
  ///   `Var[W+] = (n(n+1)(2n+1) − z(z+1)(2z+1) − Σ(t³ − t)/2) / 24` (z = number of zeros, the
  ///   tie sum over the non-zero tie groups) and `p = 2 · sf(|Z|)`, no continuity correction.
  ///
  /// - Throws: `.empty`, `.lengthMismatch`, `.nonFiniteValue`, `.allDifferencesZero`.
  public static func signedRank(after: [Double], before: [Double], method: WilcoxonMethod? = nil)
    throws(StatisticsError) -> WilcoxonSignedRankResult
  {
    let differences = try PairedDifferences.make(after: after, before: before)
    let n = differences.count
    let zeros = differences.filter { $0 == 0 }.count
    guard zeros < n else { throw .allDifferencesZero }

    let ranking = Ranking(differences.map { abs($0) })
    var wPlus = 0.0
    var wMinus = 0.0
    for (difference, rank) in zip(differences, ranking.ranks) {
      if difference > 0 {
        wPlus += rank
      } else if difference < 0 {
        wMinus += rank
      }
    }

    // Normal approximation (Cureton's adjustment for Pratt's zeros, as in SciPy).
    let count = Double(n)
    let zeroCount = Double(zeros)
    let expected = (count * (count + 1) - zeroCount * (zeroCount + 1)) / 4
    // Zeros have the smallest |d|, so they form the first tie group; SciPy leaves them out.
    let nonZeroGroups = zeros > 0 ? ranking.tieGroupSizes.dropFirst() : ranking.tieGroupSizes[...]
    let varianceTimes24 =
      count * (count + 1) * (2 * count + 1) - zeroCount * (zeroCount + 1) * (2 * zeroCount + 1)
      - Ranking.tieTerm(nonZeroGroups) / 2
    let z = (wPlus - expected) / (varianceTimes24 / 24).squareRoot()

    let hasTies = ranking.hasTies
    let chosen = method ?? WilcoxonMethod.automatic(pairs: n, zeros: zeros, hasTies: hasTies)
    let p: Double
    switch chosen {
    case .exact:
      let distribution = SignedRankDistribution(n: n)
      let upper = distribution.sf(Int(wPlus.rounded(.down)))
      let lower = distribution.cdf(Int(wPlus.rounded(.up)))
      p = min(1, max(0, 2 * min(upper, lower)))
    case .approximate:
      p = 2 * Normal.sf(abs(z))
    }

    return WilcoxonSignedRankResult(
      n: n, zeros: zeros, hasTies: hasTies, wPlus: wPlus, wMinus: wMinus,
      statistic: min(wPlus, wMinus), rankBiserial: (wPlus - wMinus) / (wPlus + wMinus),
      z: z, p: p, method: chosen)
  }
}
