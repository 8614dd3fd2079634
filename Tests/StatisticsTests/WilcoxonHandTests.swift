import Statistics
import Testing

/// Wilcoxon cases whose answers are derived by hand in the comments (independent of the fixture).
@Suite("Wilcoxon signed-rank, hand-worked")
struct WilcoxonHandTests {
  @Test("n = 6, all differences positive: exact p = 2/64")
  func allPositive() throws {
    // d = 1...6 (distinct), so W+ = 1 + … + 6 = 21, W− = 0. Of the 2⁶ = 64 equally likely sign
    // patterns only "all +" reaches 21, so P(W+ ≥ 21) = 1/64 and the two-sided p = 2/64.
    let result = try Wilcoxon.signedRank(after: [2, 4, 6, 8, 10, 12], before: [1, 2, 3, 4, 5, 6])
    #expect(result.method == .exact)
    #expect(result.wPlus == 21 && result.wMinus == 0 && result.statistic == 0)
    #expect(result.rankBiserial == 1)
    #expect(result.p == 2.0 / 64)
  }

  @Test("n = 3 exact distribution: p = 6/8")
  func threePairs() throws {
    // d = [1, −2, 3]: W+ = 1 + 3 = 4, W− = 2. Subset sums of {1, 2, 3}: 0, 1, 2, 3, 3, 4, 5, 6.
    // P(W+ ≥ 4) = 3/8, P(W+ ≤ 4) = 6/8, so p = 2 · 3/8 = 0.75.
    let result = try Wilcoxon.signedRank(after: [1, 0, 3], before: [0, 2, 0])
    #expect(result.method == .exact)
    #expect(result.wPlus == 4 && result.wMinus == 2 && result.statistic == 2)
    #expect(result.rankBiserial == (4.0 - 2) / 6)
    #expect(result.p == 0.75)
  }

  @Test("a single pair is defined: p = 1")
  func singlePair() throws {
    // n = 1: W+ ∈ {0, 1} with probability ½ each; W+ = 1 gives p = min(1, 2 · ½) = 1.
    let result = try Wilcoxon.signedRank(after: [5], before: [3])
    #expect(result.method == .exact && result.p == 1 && result.wPlus == 1)
  }

  @Test("Pratt: the zero keeps its rank and shifts the mean and variance")
  func prattZero() throws {
    // d = [0, 2, −3, 4, 5]: |d| ranks 1…5; dropping the zero's rank 1 gives W+ = 2 + 4 + 5 = 11,
    // W− = 3 (Wilcox's method would re-rank to 1…4 instead). n = 5, zeros = 1:
    // E = (5·6 − 1·2)/4 = 7, Var = (5·6·11 − 1·2·3)/24 = 324/24 = 13.5, z = 4/√13.5.
    let result = try Wilcoxon.signedRank(after: [1, 4, 0, 9, 5], before: [1, 2, 3, 5, 0])
    #expect(result.method == .approximate)
    #expect(result.zeros == 1 && result.n == 5)
    #expect(result.wPlus == 11 && result.wMinus == 3)
    let z = 4 / 13.5.squareRoot()
    #expect(abs(result.z - z) < 1e-15)
    #expect(abs(result.p - 2 * Normal.sf(z)) < 1e-15)
    // ≈ 0.2763 (Φ(1.0887) = 0.86185).
    #expect(abs(result.p - 0.2763) < 1e-4)
  }

  @Test("tie correction on the variance")
  func ties() throws {
    // d = [1, 1, −1, 2, 3]: |d| ranks [2, 2, 2, 4, 5]; W+ = 2 + 2 + 4 + 5 = 13, W− = 2.
    // E = 5·6/4 = 7.5; tie group of 3 → Σ(t³ − t) = 24; Var = (330 − 24/2)/24 = 13.25.
    let result = try Wilcoxon.signedRank(after: [1, 1, 0, 2, 3], before: [0, 0, 1, 0, 0])
    #expect(result.method == .approximate && result.hasTies)
    #expect(result.wPlus == 13 && result.wMinus == 2)
    #expect(abs(result.z - 5.5 / 13.25.squareRoot()) < 1e-15)
  }

  @Test("forced exact with a zero uses SciPy's n-including-zeros distribution")
  func forcedExactWithZero() throws {
    // d = [0, 1, 2]: Pratt ranks 2 and 3, W+ = 5. SciPy's exact null is that of n = 3 untied
    // ranks: P(W+ ≥ 5) = 2/8 ({2,3}, {1,2,3}), P(W+ ≤ 5) = 7/8, so p = 2 · 2/8 = 0.5.
    let result = try Wilcoxon.signedRank(after: [4, 5, 6], before: [4, 4, 4], method: .exact)
    #expect(result.method == .exact && result.wPlus == 5)
    #expect(result.p == 0.5)
  }

  @Test("the automatic rule switches at n = 25 / 26")
  func automaticRule() {
    #expect(WilcoxonMethod.automatic(pairs: 25, zeros: 0, hasTies: false) == .exact)
    #expect(WilcoxonMethod.automatic(pairs: 26, zeros: 0, hasTies: false) == .approximate)
    #expect(WilcoxonMethod.automatic(pairs: 10, zeros: 1, hasTies: false) == .approximate)
    #expect(WilcoxonMethod.automatic(pairs: 10, zeros: 0, hasTies: true) == .approximate)
  }

  @Test("undefined inputs throw typed errors")
  func errors() {
    #expect(throws: StatisticsError.allDifferencesZero) {
      try Wilcoxon.signedRank(after: [1, 2, 3], before: [1, 2, 3])
    }
    #expect(throws: StatisticsError.lengthMismatch(2, 3)) {
      try Wilcoxon.signedRank(after: [1, 2], before: [1, 2, 3])
    }
    #expect(throws: StatisticsError.empty) { try Wilcoxon.signedRank(after: [], before: []) }
    #expect(throws: StatisticsError.nonFiniteValue) {
      try Wilcoxon.signedRank(after: [1, .nan], before: [0, 0])
    }
  }
}
