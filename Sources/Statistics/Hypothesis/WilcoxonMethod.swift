/// How the p-value of the Wilcoxon signed-rank test is computed.
public enum WilcoxonMethod: String, Sendable, Equatable, CaseIterable {
  /// Exact null distribution of `W+` (dynamic programme over rank sums);
  /// SciPy `method="exact"`. Costs O(n³) time and O(n²) memory; meant for n up to a few hundred.
  case exact
  /// Normal approximation with Pratt's mean/variance adjustment and tie correction, without
  /// continuity correction; SciPy `method="approx"` (`"asymptotic"`) with `correction=False`.
  case approximate

  /// The project's automatic rule: exact when `n ≤ 25` and there are no zero differences and no
  /// tied `|d|`, otherwise the normal approximation.
  ///
  /// This is not SciPy's `method="auto"` (which goes exact up to n = 50 and runs a permutation
  /// test for ties when n ≤ 13).
  public static func automatic(pairs: Int, zeros: Int, hasTies: Bool) -> WilcoxonMethod {
    pairs <= 25 && zeros == 0 && !hasTies ? .exact : .approximate
  }
}
