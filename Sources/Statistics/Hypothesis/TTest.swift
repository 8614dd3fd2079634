/// Student t-tests.
public enum TTest {
  /// Two-sided paired t-test of `d = after − before` against zero;
  /// `scipy.stats.ttest_rel(after, before)` and its `.confidence_interval(confidenceLevel)`.
  ///
  /// - Parameter confidenceLevel: level of the interval for the mean difference, in `(0, 1)`.
  /// - Throws: `.empty`, `.lengthMismatch`, `.nonFiniteValue`, `.probabilityOutOfRange`,
  ///   `.tooFewObservations` for a single pair, and `.zeroVariance` when all differences are
  ///   identical (SciPy would return `inf`/`nan`, or a meaningless huge t from round-off).
  public static func paired(after: [Double], before: [Double], confidenceLevel: Double = 0.95)
    throws(StatisticsError) -> PairedTTestResult
  {
    guard confidenceLevel > 0, confidenceLevel < 1 else {
      throw .probabilityOutOfRange(confidenceLevel)
    }
    let differences = try PairedDifferences.make(after: after, before: before)
    let n = differences.count
    guard n >= 2 else { throw .tooFewObservations(required: 2, actual: n) }
    guard let first = differences.first, differences.contains(where: { $0 != first }) else {
      throw .zeroVariance
    }
    let mean = try Descriptive.mean(differences)
    let sd = try Descriptive.standardDeviation(differences)
    let standardError = sd / Double(n).squareRoot()
    let t = mean / standardError
    let df = n - 1
    let p = 2 * StudentT.sf(abs(t), df: Double(df))
    let critical = StudentT.quantile(1 - (1 - confidenceLevel) / 2, df: Double(df))
    let interval = ConfidenceInterval(
      level: confidenceLevel, lower: mean - critical * standardError, upper: mean + critical * standardError)
    return PairedTTestResult(
      n: n, meanDifference: mean, sdDifference: sd, standardError: standardError, t: t, df: df, p: p,
      confidenceInterval: interval, cohensDz: mean / sd)
  }
}
