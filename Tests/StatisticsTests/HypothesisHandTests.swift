import Statistics
import Testing

/// Paired t, McNemar and Mann–Whitney cases derived by hand in the comments.
@Suite("Paired t, McNemar, Mann–Whitney, hand-worked")
struct HypothesisHandTests {
  @Test("paired t with d = [1, 2, 3]: t = 2√3, p = 1 − √(6/7)")
  func pairedTTwoDegrees() throws {
    // mean 2, sd 1, SE = 1/√3, t = 2√3, df = 2. For df = 2, P(|T| > t) = 1 − t/√(t² + 2)
    // = 1 − √(12/14). The 97.5 % quantile for df = 2 is (1 − 2q)/√(2q(1 − q)) with q = 0.025,
    // i.e. 0.95/√0.04875 = 4.302652729911275…; CI = 2 ± 4.3026527/√3.
    let result = try TTest.paired(after: [2, 4, 6], before: [1, 2, 3])
    #expect(result.df == 2 && result.meanDifference == 2 && result.sdDifference == 1)
    #expect(abs(result.t - 2 * 3.0.squareRoot()) < 1e-14)
    #expect(abs(result.p - (1 - (6.0 / 7).squareRoot())) < 1e-14)
    let halfWidth = 0.95 / 0.04875.squareRoot() / 3.0.squareRoot()
    #expect(abs(result.confidenceInterval.lower - (2 - halfWidth)) < 1e-13)
    #expect(abs(result.confidenceInterval.upper - (2 + halfWidth)) < 1e-13)
    #expect(result.cohensDz == 2)
  }

  @Test("paired t with two pairs: Cauchy tail, p = 1 − 2·atan(2)/π")
  func pairedTOneDegree() throws {
    // d = [1, 3]: mean 2, sd √2, SE = 1, t = 2, df = 1 (Cauchy): P(T > 2) = ½ − atan(2)/π.
    let result = try TTest.paired(after: [1, 3], before: [0, 0])
    #expect(result.df == 1)
    #expect(abs(result.t - 2) < 1e-15)
    #expect(abs(result.p - (1 - 2 * 1.1071487177940904 / Double.pi)) < 1e-14)
  }

  @Test("paired t is undefined for constant differences and a single pair")
  func pairedTErrors() {
    #expect(throws: StatisticsError.zeroVariance) {
      try TTest.paired(after: [2.5, 3.5, 4.5], before: [1, 2, 3])
    }
    #expect(throws: StatisticsError.tooFewObservations(required: 2, actual: 1)) {
      try TTest.paired(after: [2], before: [1])
    }
    #expect(throws: StatisticsError.probabilityOutOfRange(1)) {
      try TTest.paired(after: [2, 3], before: [1, 1], confidenceLevel: 1)
    }
  }

  @Test(
    "exact McNemar from binomial counts",
    arguments: [
      // b = 0, c = 6: P(X ≤ 0) = 1/64 → p = 2/64.
      (0, 6, 2.0 / 64),
      // b = 1, c = 5: P(X ≤ 1) = (1 + 6)/64 → p = 14/64.
      (1, 5, 14.0 / 64),
      // b = c = 3: P(X ≤ 3) = 42/64 > ½ → p capped at 1.
      (3, 3, 1.0),
      // b = 0, c = 1: P(X ≤ 0) = ½ → p = 1.
      (0, 1, 1.0),
      // b = 2, c = 10: P(X ≤ 2) = (1 + 12 + 66)/4096 → p = 158/4096.
      (2, 10, 158.0 / 4096),
    ])
  func mcNemar(b: Int, c: Int, p: Double) throws {
    let result = try McNemar.exact(b: b, c: c)
    #expect(abs(result.p - p) < 1e-15)
  }

  @Test("McNemar without discordant pairs or with a negative count throws")
  func mcNemarErrors() {
    #expect(throws: StatisticsError.noDiscordantPairs) { try McNemar.exact(b: 0, c: 0) }
    #expect(throws: StatisticsError.negativeCount(-1)) { try McNemar.exact(b: -1, c: 4) }
  }

  @Test("Mann–Whitney, completely separated samples")
  func mannWhitneySeparated() throws {
    // x = [4, 5, 6] beats every y = [1, 2, 3]: U_x = 9, U_y = 0. No ties, N = 6:
    // σ² = 3·3/12 · 7 = 5.25, z = (9 − 4.5 − 0.5)/√5.25 = 4/√5.25 ≈ 1.7457.
    let result = try MannWhitney.uTest([4, 5, 6], [1, 2, 3])
    #expect(result.u == 9 && result.uY == 0)
    #expect(abs(result.z - 4 / 5.25.squareRoot()) < 1e-15)
    #expect(abs(result.p - 2 * Normal.sf(4 / 5.25.squareRoot())) < 1e-15)
    #expect(abs(result.p - 0.0809) < 1e-4)
  }

  @Test("Mann–Whitney tie correction")
  func mannWhitneyTies() throws {
    // Pooled [1, 2, 2 | 2, 3] → ranks [1, 3, 3 | 3, 5]; R_x = 7, U_x = 7 − 6 = 1, U_y = 5.
    // One tie group of 3: Σ(t³ − t) = 24; σ² = 6/12 · (6 − 24/20) = 2.4;
    // z = (5 − 3 − 0.5)/√2.4.
    let result = try MannWhitney.uTest([1, 2, 2], [2, 3])
    #expect(result.u == 1 && result.uY == 5)
    #expect(abs(result.z - 1.5 / 2.4.squareRoot()) < 1e-15)
  }

  @Test("Mann–Whitney: equal U gives p = 1; degenerate inputs throw")
  func mannWhitneyEdges() throws {
    // U_x = U_y = 8 = n1·n2/2, so z = −0.5/σ < 0 and 2·sf(z) > 1 is capped at 1.
    let balanced = try MannWhitney.uTest([1, 4, 5, 8], [2, 3, 6, 7])
    #expect(balanced.u == 8 && balanced.p == 1 && balanced.z < 0)
    #expect(throws: StatisticsError.zeroVariance) { try MannWhitney.uTest([2, 2], [2]) }
    #expect(throws: StatisticsError.empty) { try MannWhitney.uTest([], [1, 2]) }
  }
}
