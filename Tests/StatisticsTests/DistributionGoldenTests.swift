import Statistics
import Testing

@Suite("Distributions vs SciPy")
struct DistributionGoldenTests {
  @Test("normal cdf / sf = ndtr(±x)", arguments: Golden.shared.normal)
  func normal(_ item: NormalCase) {
    expectClose(Normal.cdf(item.x), item.cdf, "cdf")
    expectClose(Normal.sf(item.x), item.sf, "sf")
    // The tails must also be right in relative terms, not just below 1e-9.
    #expect(relativeError(Normal.sf(item.x), item.sf) <= 1e-12)
    #expect(relativeError(Normal.cdf(item.x), item.cdf) <= 1e-12)
  }

  @Test("normal quantile = ndtri(p)", arguments: Golden.shared.normalQuantile)
  func normalQuantile(_ item: NormalQuantileCase) {
    expectClose(Normal.quantile(item.p), item.x, "quantile")
    // isf(p) = −ppf(p): exercises the upper tail without rounding 1 − p.
    expectClose(Normal.inverseSurvival(item.p), -item.x, "inverseSurvival")
  }

  @Test("Student t cdf / sf = stdtr(df, ±t)", arguments: Golden.shared.tCdf)
  func studentT(_ item: TCdfCase) {
    expectClose(StudentT.cdf(item.t, df: item.df), item.cdf, "cdf")
    expectClose(StudentT.sf(item.t, df: item.df), item.sf, "sf")
    let smallerTail = min(item.cdf, item.sf)
    let computed = item.t < 0 ? StudentT.cdf(item.t, df: item.df) : StudentT.sf(item.t, df: item.df)
    #expect(
      relativeError(computed, smallerTail) <= 1e-10,
      "tail relative error: got \(computed), SciPy \(smallerTail)")
  }

  @Test("Student t quantile = stdtrit(df, p)", arguments: Golden.shared.tQuantile)
  func studentTQuantile(_ item: TQuantileCase) {
    let t = StudentT.quantile(item.p, df: item.df)
    expectClose(t, item.t, "quantile")
    // Round trip through the CDF.
    expectClose(StudentT.cdf(t, df: item.df), item.p, "cdf(quantile)", tolerance: 1e-12)
  }

  @Test("regularized incomplete beta = betainc(a, b, x)", arguments: Golden.shared.betainc)
  func incompleteBeta(_ item: BetaincCase) {
    let value = SpecialFunctions.regularizedIncompleteBeta(x: item.x, a: item.a, b: item.b)
    expectClose(value, item.value, "I_x(a, b)")
    #expect(relativeError(value, item.value) <= 1e-11, "relative: \(value) vs \(item.value)")
  }

  @Test("binomial cdf = binom.cdf(k, n, p)", arguments: Golden.shared.binomCdf)
  func binomial(_ item: BinomialCase) {
    expectClose(Binomial.cdf(item.k, trials: item.n, probability: item.p), item.value, "cdf")
  }
}

/// `|actual − expected| / |expected|`; 0 when both are equal or `expected` is subnormal
/// (where the C library's `erfc` and SciPy's Cephes legitimately differ in the last digits).
private func relativeError(_ actual: Double, _ expected: Double) -> Double {
  if actual == expected || abs(expected) < Double.leastNormalMagnitude { return 0 }
  return abs(actual - expected) / abs(expected)
}
