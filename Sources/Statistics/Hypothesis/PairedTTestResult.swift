/// Outcome of ``TTest/paired(after:before:confidenceLevel:)``.
public struct PairedTTestResult: Sendable, Equatable {
  /// Number of pairs.
  public let n: Int
  /// Mean of `d = after − before`; SciPy's `estimate` (`ttest_rel(...).estimate`).
  public let meanDifference: Double
  /// Sample standard deviation of `d` (`ddof = 1`).
  public let sdDifference: Double
  /// Standard error of the mean difference, `sdDifference / √n`; SciPy's `standard_error`.
  public let standardError: Double
  /// t statistic `meanDifference / standardError`; SciPy's `statistic`.
  public let t: Double
  /// Degrees of freedom `n − 1`; SciPy's `df`.
  public let df: Int
  /// Two-sided p-value `2 · sf(|t|, df)`; SciPy's `pvalue`.
  public let p: Double
  /// Confidence interval of the mean difference; SciPy's `confidence_interval(level)`.
  public let confidenceInterval: ConfidenceInterval
  /// Cohen's `d_z = meanDifference / sdDifference` (effect size of the differences).
  public let cohensDz: Double

  /// Memberwise initializer.
  public init(
    n: Int, meanDifference: Double, sdDifference: Double, standardError: Double, t: Double, df: Int,
    p: Double, confidenceInterval: ConfidenceInterval, cohensDz: Double
  ) {
    self.n = n
    self.meanDifference = meanDifference
    self.sdDifference = sdDifference
    self.standardError = standardError
    self.t = t
    self.df = df
    self.p = p
    self.confidenceInterval = confidenceInterval
    self.cohensDz = cohensDz
  }
}
