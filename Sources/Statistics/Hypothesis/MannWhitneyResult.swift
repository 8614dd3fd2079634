/// Outcome of ``MannWhitney/uTest(_:_:)``.
public struct MannWhitneyResult: Sendable, Equatable {
  /// Size of the first sample `x`.
  public let n1: Int
  /// Size of the second sample `y`.
  public let n2: Int
  /// `U` of `x`: `R_x − n1(n1+1)/2`, the number of (x, y) pairs with `x > y` (ties count ½);
  /// SciPy's `statistic`.
  public let u: Double
  /// `U` of `y`, `n1·n2 − u`.
  public let uY: Double
  /// Standardised statistic SciPy uses internally:
  /// `(max(u, uY) − n1·n2/2 − ½) / σ` with the tie-corrected `σ`; non-negative unless `u == uY`.
  public let z: Double
  /// Two-sided p-value `min(1, 2 · sf(z))`; SciPy's `pvalue`.
  public let p: Double

  /// Memberwise initializer.
  public init(n1: Int, n2: Int, u: Double, uY: Double, z: Double, p: Double) {
    self.n1 = n1
    self.n2 = n2
    self.u = u
    self.uY = uY
    self.z = z
    self.p = p
  }
}
