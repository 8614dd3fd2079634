/// The Mann–Whitney U test (Wilcoxon rank-sum test) for two independent samples.
public enum MannWhitney {
  /// Two-sided Mann–Whitney U test with tie and continuity corrections (normal approximation);
  /// `scipy.stats.mannwhitneyu(x, y, alternative="two-sided", use_continuity=True,
  /// method="asymptotic")`.
  ///
  /// `σ² = n1·n2/12 · ((N + 1) − Σ(t³ − t) / (N(N − 1)))` over the tie groups of the pooled
  /// sample, `z = (max(U_x, U_y) − n1·n2/2 − ½) / σ`, `p = min(1, 2 · sf(z))`.
  ///
  /// - Throws: `.empty` if either sample is empty, `.nonFiniteValue`, and `.zeroVariance` when
  ///   every pooled value is equal (σ = 0; SciPy reports `p = 1` there).
  public static func uTest(_ x: [Double], _ y: [Double]) throws(StatisticsError) -> MannWhitneyResult {
    try Descriptive.validate(x)
    try Descriptive.validate(y)
    let ranking = Ranking(x + y)
    guard ranking.tieGroupSizes.count > 1 else { throw .zeroVariance }

    let n1 = Double(x.count)
    let n2 = Double(y.count)
    let total = n1 + n2
    let rankSumX = ranking.ranks[..<x.count].reduce(0, +)
    let uX = rankSumX - n1 * (n1 + 1) / 2
    let uY = n1 * n2 - uX
    let tieTerm = Ranking.tieTerm(ranking.tieGroupSizes)
    let sigma = (n1 * n2 / 12 * ((total + 1) - tieTerm / (total * (total - 1)))).squareRoot()
    let z = (max(uX, uY) - n1 * n2 / 2 - 0.5) / sigma
    let p = min(1, max(0, 2 * Normal.sf(z)))
    return MannWhitneyResult(n1: x.count, n2: y.count, u: uX, uY: uY, z: z, p: p)
  }
}
