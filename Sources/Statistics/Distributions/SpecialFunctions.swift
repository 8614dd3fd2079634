#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Special functions underlying the distributions: log-beta and the regularized incomplete beta.
public enum SpecialFunctions {
  /// Natural logarithm of the beta function, `ln B(a, b)`, for `a, b > 0`; `scipy.special.betaln`.
  ///
  /// When the larger argument is at least 10, the difference `lgamma(a) − lgamma(a + b)` is
  /// evaluated with Stirling's series so the cancellation between two large log-gammas does
  /// not cost digits (important for the t distribution with large degrees of freedom).
  /// Returns NaN for non-positive or NaN arguments.
  public static func logBeta(_ a: Double, _ b: Double) -> Double {
    guard a > 0, b > 0 else { return .nan }
    let large = max(a, b)
    let small = min(a, b)
    if large < 10 {
      return lgamma(a) + lgamma(b) - lgamma(a + b)
    }
    let sum = large + small
    // lgamma(large) - lgamma(sum) = -(large - ½)·log1p(small/large) - small·ln(sum) + small + Δ
    let ratio = -(large - 0.5) * log1p(small / large)
    let correction = stirlingCorrection(large) - stirlingCorrection(sum)
    if small < 10 {
      return lgamma(small) + ratio - small * log(sum) + small + correction
    }
    // Both large: expand lgamma(small) too and combine the logarithms.
    let halfLogTwoPi = 0.918_938_533_204_672_741_78
    return halfLogTwoPi - 0.5 * log(sum) + ratio + (small - 0.5) * log(small / sum)
      + stirlingCorrection(small) + correction
  }

  /// Regularized incomplete beta function `I_x(a, b)` for `a, b > 0`, `0 ≤ x ≤ 1`;
  /// `scipy.special.betainc(a, b, x)`.
  ///
  /// Continued fraction evaluated with the modified Lentz method, on whichever side of the
  /// symmetry `I_x(a, b) = 1 − I_{1−x}(b, a)` converges fastest. Relative accuracy is about
  /// 1e-14 for moderate parameters. Returns NaN outside the domain.
  public static func regularizedIncompleteBeta(x: Double, a: Double, b: Double) -> Double {
    guard x >= 0, x <= 1 else { return .nan }
    return incompleteBetaPair(x: x, y: 1 - x, a: a, b: b).lower
  }
}

extension SpecialFunctions {
  /// `I_x(a, b)` and its complement `1 − I_x(a, b)`, given both `x` and `y = 1 − x` exactly.
  ///
  /// One of the two is computed directly from the continued fraction and the other as its
  /// complement, so the small one is accurate in relative terms.
  static func incompleteBetaPair(x: Double, y: Double, a: Double, b: Double) -> (lower: Double, upper: Double)
  {
    guard a > 0, b > 0, x >= 0, y >= 0, !x.isNaN, !y.isNaN else { return (.nan, .nan) }
    if x == 0 { return (0, 1) }
    if y == 0 { return (1, 0) }
    if x < (a + 1) / (a + b + 2) {
      let direct = continuedFractionTerm(x: x, y: y, a: a, b: b)
      return (direct, 1 - direct)
    }
    let complement = continuedFractionTerm(x: y, y: x, a: b, b: a)
    return (1 - complement, complement)
  }

  /// `x^a y^b / (a B(a, b))` times the continued fraction, i.e. `I_x(a, b)` when
  /// `x < (a + 1) / (a + b + 2)`.
  private static func continuedFractionTerm(x: Double, y: Double, a: Double, b: Double) -> Double {
    // ln x and ln y from whichever of x, y is small, so neither loses digits near 1.
    let logX = x > 0.5 ? log1p(-y) : log(x)
    let logY = y > 0.5 ? log1p(-x) : log(y)
    let logFront = a * logX + b * logY - logBeta(a, b)
    return exp(logFront) * continuedFraction(x: x, a: a, b: b) / a
  }

  /// The continued fraction of `I_x(a, b)` (modified Lentz).
  private static func continuedFraction(x: Double, a: Double, b: Double) -> Double {
    let tiny = 1e-300
    let epsilon = 1e-16
    let maximumIterations = 100_000
    let sum = a + b
    var c = 1.0
    var d = 1 - sum * x / (a + 1)
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var result = d
    for m in 1...maximumIterations {
      let m = Double(m)
      let twoM = 2 * m
      // Even step.
      var coefficient = m * (b - m) * x / ((a - 1 + twoM) * (a + twoM))
      d = 1 + coefficient * d
      if abs(d) < tiny { d = tiny }
      c = 1 + coefficient / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      result *= d * c
      // Odd step.
      coefficient = -(a + m) * (sum + m) * x / ((a + twoM) * (a + 1 + twoM))
      d = 1 + coefficient * d
      if abs(d) < tiny { d = tiny }
      c = 1 + coefficient / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      result *= delta
      if abs(delta - 1) < epsilon { break }
    }
    return result
  }

  /// Stirling-series remainder `lgamma(x) − [(x − ½) ln x − x + ½ ln 2π]` for `x ≥ 10`.
  private static func stirlingCorrection(_ x: Double) -> Double {
    let inverse = 1 / x
    let inverseSquared = inverse * inverse
    // Bernoulli-number coefficients B_{2k} / (2k (2k − 1)), k = 1 ... 7.
    let coefficients: [Double] = [
      1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360_360, 1.0 / 156,
    ]
    var series = 0.0
    for coefficient in coefficients.reversed() {
      series = series * inverseSquared + coefficient
    }
    return series * inverse
  }
}
