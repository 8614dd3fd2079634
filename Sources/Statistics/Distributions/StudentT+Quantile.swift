#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension StudentT {
  /// Quantile function: the `t` with `cdf(t, df) == p`; `scipy.special.stdtrit(df, p)` /
  /// `scipy.stats.t.ppf(p, df)`.
  ///
  /// Closed forms for `df == 1` and `df == 2`; otherwise a Cornish–Fisher start followed by
  /// Newton iterations on `ln sf(t)` that are kept inside a bisection bracket, to about
  /// 1e-14 relative. Returns `∓∞` for `p` = 0 / 1 and NaN for invalid arguments.
  public static func quantile(_ p: Double, df: Double) -> Double {
    guard df > 0, p >= 0, p <= 1 else { return .nan }
    if p == 0 { return -.infinity }
    if p == 1 { return .infinity }
    if p == 0.5 { return 0 }
    let upper = upperQuantile(tail: min(p, 1 - p), df: df)
    return p < 0.5 ? -upper : upper
  }

  /// The `t ≥ 0` with `sf(t, df) == tail`, for `0 < tail < 0.5`.
  private static func upperQuantile(tail q: Double, df: Double) -> Double {
    if df == 1 {
      return 1 / tan(Double.pi * q)
    }
    if df == 2 {
      return (1 - 2 * q) / (2 * q * (1 - q)).squareRoot()
    }
    // Bracket [low, high] with sf(low) > q >= sf(high).
    var low = 0.0
    var high = max(initialGuess(tail: q, df: df), 1)
    while sf(high, df: df) > q {
      low = high
      high *= 2
      if high.isInfinite { return .infinity }
    }
    let target = log(q)
    var t = initialGuess(tail: q, df: df)
    if !(t > low && t < high) { t = 0.5 * (low + high) }
    for _ in 0..<200 {
      let survival = sf(t, df: df)
      let residual = log(survival) - target
      if residual > 0 { low = t } else { high = t }
      if residual == 0 { return t }
      // d/dt ln sf(t) = −pdf(t) / sf(t).
      let step = residual * survival / pdf(t, df: df)
      var next = t + step
      if !(next > low && next < high) || !next.isFinite {
        next = 0.5 * (low + high)
      }
      if abs(next - t) <= 4 * Double.ulpOfOne * abs(next) || high - low <= 4 * Double.ulpOfOne * high {
        return next
      }
      t = next
    }
    return t
  }

  /// Cornish–Fisher expansion of the t quantile around the normal quantile.
  private static func initialGuess(tail q: Double, df: Double) -> Double {
    let z = Normal.inverseSurvival(q)
    let z2 = z * z
    let g1 = (z2 + 1) * z / 4
    let g2 = ((5 * z2 + 16) * z2 + 3) * z / 96
    let g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384
    let g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160
    return z + g1 / df + g2 / (df * df) + g3 / (df * df * df) + g4 / (df * df * df * df)
  }
}
