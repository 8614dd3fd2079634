import Statistics
import Testing

/// Descriptive statistics and distribution values derived by hand in the comments.
@Suite("Descriptive and distributions, hand-worked")
struct DescriptiveHandTests {
  @Test("mean, variance, median and type-7 quantiles of small samples")
  func descriptive() throws {
    // [2, 4, 4, 4, 5, 5, 7, 9]: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32 → var 32/7.
    let sample: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
    #expect(try Descriptive.mean(sample) == 5)
    #expect(abs(try Descriptive.variance(sample) - 32.0 / 7) < 1e-15)
    #expect(abs(try Descriptive.standardDeviation(sample) - (32.0 / 7).squareRoot()) < 1e-15)
    #expect(try Descriptive.median([3, 1, 2]) == 2)
    #expect(try Descriptive.median([4, 1, 3, 2]) == 2.5)
    // [1, 2, 3, 4], p = 0.25: h = 3 · 0.25 = 0.75 → 1 + 0.75 · (2 − 1) = 1.75.
    #expect(try Descriptive.quantile([4, 3, 2, 1], 0.25) == 1.75)
    #expect(try Descriptive.quantile([4, 3, 2, 1], 1) == 4)
    #expect(try Descriptive.quantile([7], 0.3) == 7)
  }

  @Test("pooled SD, including a sample of one")
  func pooled() throws {
    // [1, 3] and [2, 4, 6]: SS = 2 + 8 = 10 over 5 − 2 = 3 → √(10/3).
    #expect(
      abs(try Descriptive.pooledStandardDeviation([1, 3], [2, 4, 6]) - (10.0 / 3).squareRoot()) < 1e-15)
    // [5] and [1, 3]: SS = 0 + 2 over 1 → √2.
    #expect(abs(try Descriptive.pooledStandardDeviation([5], [1, 3]) - 2.0.squareRoot()) < 1e-15)
    #expect(throws: StatisticsError.tooFewObservations(required: 3, actual: 2)) {
      try Descriptive.pooledStandardDeviation([5], [1])
    }
  }

  @Test("descriptive input errors")
  func errors() {
    #expect(throws: StatisticsError.empty) { try Descriptive.mean([]) }
    #expect(throws: StatisticsError.tooFewObservations(required: 2, actual: 1)) {
      try Descriptive.variance([1])
    }
    #expect(throws: StatisticsError.probabilityOutOfRange(1.5)) { try Descriptive.quantile([1, 2], 1.5) }
    #expect(throws: StatisticsError.nonFiniteValue) { try Descriptive.median([1, .infinity]) }
  }

  @Test("closed-form distribution values")
  func distributions() {
    #expect(Normal.cdf(0) == 0.5)
    #expect(abs(Normal.quantile(0.975) - 1.959963984540054) < 1e-15)
    #expect(Normal.quantile(0) == -.infinity && Normal.quantile(1) == .infinity)
    #expect(Normal.quantile(1.5).isNaN)
    // df = 1 is Cauchy: F(1) = ½ + atan(1)/π = 0.75; the 97.5 % point is tan(0.475π).
    #expect(abs(StudentT.cdf(1, df: 1) - 0.75) < 1e-15)
    #expect(abs(StudentT.quantile(0.975, df: 1) - 12.706204736174698) < 1e-12)
    // df = 4: F(t) = ½ + (3/8) · t/√u · (1 − t²/(12u)) with u = 1 + t²/4, and F(−t) = 1 − F(t).
    let u = 1 + 1.3 * 1.3 / 4
    let closedForm = 0.5 + 3.0 / 8 * 1.3 / u.squareRoot() * (1 - 1.3 * 1.3 / (12 * u))
    #expect(abs(StudentT.cdf(1.3, df: 4) - closedForm) < 1e-15)
    #expect(abs(StudentT.cdf(-1.3, df: 4) - (1 - closedForm)) < 1e-15)
    // I_x(1, 1) = x, I_x(a, 1) = xᵃ, I_½(a, a) = ½.
    #expect(abs(SpecialFunctions.regularizedIncompleteBeta(x: 0.3, a: 1, b: 1) - 0.3) < 1e-15)
    #expect(abs(SpecialFunctions.regularizedIncompleteBeta(x: 0.6, a: 3, b: 1) - 0.216) < 1e-15)
    #expect(abs(SpecialFunctions.regularizedIncompleteBeta(x: 0.5, a: 7.5, b: 7.5) - 0.5) < 1e-14)
    // Bin(6, ½): P(X ≤ 3) = (1 + 6 + 15 + 20)/64 = 42/64.
    #expect(abs(Binomial.cdf(3, trials: 6, probability: 0.5) - 42.0 / 64) < 1e-15)
    #expect(
      Binomial.cdf(-1, trials: 6, probability: 0.5) == 0 && Binomial.cdf(6, trials: 6, probability: 0.5) == 1)
  }
}
