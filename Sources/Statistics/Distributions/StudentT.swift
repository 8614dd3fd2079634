#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Student's t distribution with `df > 0` degrees of freedom (not necessarily an integer).
///
/// Non-throwing: like SciPy, invalid arguments (NaN, `df <= 0`, probabilities outside
/// `[0, 1]`) give NaN.
public enum StudentT {
  /// Cumulative distribution function `P(T ≤ t)`; `scipy.special.stdtr(df, t)` /
  /// `scipy.stats.t.cdf(t, df)`.
  ///
  /// Uses `P(T > |t|) = ½ I_x(df/2, ½)` with `x = df / (df + t²)`, evaluating the incomplete
  /// beta on the side that keeps the smaller tail accurate in relative terms.
  public static func cdf(_ t: Double, df: Double) -> Double {
    guard let tails = tails(t, df: df) else { return .nan }
    return t < 0 ? tails.beyond : tails.within
  }

  /// Survival function `P(T > t)`; `scipy.stats.t.sf(t, df)` (equals `stdtr(df, -t)`).
  public static func sf(_ t: Double, df: Double) -> Double {
    guard let tails = tails(t, df: df) else { return .nan }
    return t < 0 ? tails.within : tails.beyond
  }

  /// Probability density; `scipy.stats.t.pdf(t, df)`.
  public static func pdf(_ t: Double, df: Double) -> Double {
    guard df > 0, !t.isNaN else { return .nan }
    let logDensity =
      -0.5 * (df + 1) * log1p(t * t / df) - 0.5 * log(df) - SpecialFunctions.logBeta(0.5 * df, 0.5)
    return exp(logDensity)
  }

  /// `beyond = P(T > |t|)` and `within = 1 − beyond`, or nil for invalid arguments.
  private static func tails(_ t: Double, df: Double) -> (beyond: Double, within: Double)? {
    guard df > 0, !t.isNaN, !df.isNaN else { return nil }
    if t == 0 { return (0.5, 0.5) }
    if t.isInfinite { return (0, 1) }
    let squared = t * t
    // x = df / (df + t²) and y = t² / (df + t²), each computed without cancellation.
    let x: Double
    let y: Double
    if squared.isInfinite {
      (x, y) = (0, 1)
    } else if squared < df {
      let ratio = squared / df
      (x, y) = (1 / (1 + ratio), ratio / (1 + ratio))
    } else {
      let ratio = df / squared
      (x, y) = (ratio / (1 + ratio), 1 / (1 + ratio))
    }
    let pair = SpecialFunctions.incompleteBetaPair(x: x, y: y, a: 0.5 * df, b: 0.5)
    let beyond = 0.5 * pair.lower
    return (beyond, 0.5 + 0.5 * pair.upper)
  }
}
