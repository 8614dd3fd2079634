/// The binomial distribution Bin(n, p).
public enum Binomial {
  /// Cumulative distribution function `P(X ≤ k)` for `X ~ Bin(trials, probability)`;
  /// `scipy.stats.binom.cdf(k, n, p)`.
  ///
  /// Exact identity `P(X ≤ k) = I_{1−p}(n − k, k + 1)` (regularized incomplete beta).
  /// Returns 0 for `k < 0`, 1 for `k ≥ n`, NaN for `trials < 0` or `probability ∉ [0, 1]`.
  public static func cdf(_ k: Int, trials: Int, probability: Double) -> Double {
    guard trials >= 0, probability >= 0, probability <= 1 else { return .nan }
    if k < 0 { return 0 }
    if k >= trials { return 1 }
    if probability == 0 { return 1 }
    if probability == 1 { return 0 }
    return SpecialFunctions.incompleteBetaPair(
      x: 1 - probability, y: probability, a: Double(trials - k), b: Double(k + 1)
    ).lower
  }
}
