#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The standard normal distribution N(0, 1).
///
/// Non-throwing: like SciPy, invalid arguments (NaN, probabilities outside `[0, 1]`) give NaN.
public enum Normal {
  /// Cumulative distribution function `Φ(x)`; `scipy.special.ndtr(x)` / `scipy.stats.norm.cdf(x)`.
  public static func cdf(_ x: Double) -> Double {
    0.5 * erfc(-x / 2.0.squareRoot())
  }

  /// Survival function `1 − Φ(x)`, accurate in the upper tail; `scipy.stats.norm.sf(x)`.
  public static func sf(_ x: Double) -> Double {
    0.5 * erfc(x / 2.0.squareRoot())
  }

  /// Probability density `φ(x)`; `scipy.stats.norm.pdf(x)`.
  public static func pdf(_ x: Double) -> Double {
    exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
  }

  /// Quantile function `Φ⁻¹(p)`; `scipy.special.ndtri(p)` / `scipy.stats.norm.ppf(p)`.
  ///
  /// Acklam's rational approximation (relative error < 1.2e-9) refined by one Halley step on
  /// the tail that contains `p`, which brings it to about 1e-15 relative. Returns `-∞` for 0,
  /// `+∞` for 1 and NaN outside `[0, 1]`.
  public static func quantile(_ p: Double) -> Double {
    guard p >= 0, p <= 1 else { return .nan }
    if p == 0 { return -.infinity }
    if p == 1 { return .infinity }
    if p == 0.5 { return 0 }
    return p < 0.5 ? lowerTailQuantile(p) : -lowerTailQuantile(1 - p)
  }

  /// Upper-tail quantile: the `x` with `sf(x) == q`; `scipy.stats.norm.isf(q)`.
  ///
  /// More accurate than `quantile(1 - q)` when `q` is tiny.
  public static func inverseSurvival(_ q: Double) -> Double {
    guard q >= 0, q <= 1 else { return .nan }
    if q == 0 { return .infinity }
    if q == 1 { return -.infinity }
    if q == 0.5 { return 0 }
    return q < 0.5 ? -lowerTailQuantile(q) : lowerTailQuantile(1 - q)
  }
}

extension Normal {
  /// Quantile for `0 < p < 0.5` (the result is negative).
  private static func lowerTailQuantile(_ p: Double) -> Double {
    let x = acklam(p)
    // Halley refinement on f(x) = Φ(x) − p, using the relative residual so tiny p stay accurate.
    let residual = cdf(x) - p
    let u = residual * (2 * Double.pi).squareRoot() * exp(0.5 * x * x)
    // Only in the subnormal range (p < 1e-300) can the density term overflow.
    guard u.isFinite else { return x }
    return x - u / (1 + 0.5 * x * u)
  }

  /// Acklam's approximation of `Φ⁻¹(p)` for `0 < p < 1`.
  private static func acklam(_ p: Double) -> Double {
    let a = [
      -3.969_683_028_665_376e+01, 2.209_460_984_245_205e+02, -2.759_285_104_469_687e+02,
      1.383_577_518_672_690e+02, -3.066_479_806_614_716e+01, 2.506_628_277_459_239e+00,
    ]
    let b = [
      -5.447_609_879_822_406e+01, 1.615_858_368_580_409e+02, -1.556_989_798_598_866e+02,
      6.680_131_188_771_972e+01, -1.328_068_155_288_572e+01,
    ]
    let c = [
      -7.784_894_002_430_293e-03, -3.223_964_580_411_365e-01, -2.400_758_277_161_838e+00,
      -2.549_732_539_343_734e+00, 4.374_664_141_464_968e+00, 2.938_163_982_698_783e+00,
    ]
    let d = [
      7.784_695_709_041_462e-03, 3.224_671_290_700_398e-01, 2.445_134_137_142_996e+00,
      3.754_408_661_907_416e+00,
    ]
    let low = 0.024_25
    if p < low {
      let q = (-2 * log(p)).squareRoot()
      let numerator = ((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]
      return numerator / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    }
    if p > 1 - low {
      let q = (-2 * log1p(-p)).squareRoot()
      let numerator = ((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]
      return -numerator / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    }
    let q = p - 0.5
    let r = q * q
    let numerator = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
    return numerator / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  }
}
