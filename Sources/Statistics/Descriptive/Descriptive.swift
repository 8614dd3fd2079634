/// Descriptive statistics of one or two samples (mean, spread, order statistics).
///
/// All functions validate their input and throw ``StatisticsError``: `.empty` for an empty
/// sample, `.nonFiniteValue` for NaN or infinity, `.tooFewObservations` where the sample SD
/// is undefined (fewer than two values).
public enum Descriptive {
  /// Arithmetic mean of `values`; `numpy.mean(x)`.
  ///
  /// Uses compensated (Neumaier) summation, so it is at least as accurate as NumPy's
  /// pairwise summation.
  public static func mean(_ values: [Double]) throws(StatisticsError) -> Double {
    try validate(values)
    return compensatedSum(values) / Double(values.count)
  }

  /// Sample variance with `ddof = 1`; `numpy.var(x, ddof=1)`.
  ///
  /// Two-pass algorithm (sum of squared deviations from the mean). Needs at least two values.
  public static func variance(_ values: [Double]) throws(StatisticsError) -> Double {
    try validate(values)
    guard values.count >= 2 else {
      throw .tooFewObservations(required: 2, actual: values.count)
    }
    return sumOfSquaredDeviations(values) / Double(values.count - 1)
  }

  /// Sample standard deviation with `ddof = 1`; `numpy.std(x, ddof=1)`.
  public static func standardDeviation(_ values: [Double]) throws(StatisticsError) -> Double {
    try variance(values).squareRoot()
  }

  /// Median of `values` (mean of the two middle values for even counts); `numpy.median(x)`.
  public static func median(_ values: [Double]) throws(StatisticsError) -> Double {
    try validate(values)
    let sorted = values.sorted()
    let middle = sorted.count / 2
    if sorted.count % 2 == 1 {
      return sorted[middle]
    }
    return (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// Quantile `probability` of `values` by linear interpolation (Hyndman–Fan type 7);
  /// `numpy.quantile(x, q)` with its default `method="linear"`.
  ///
  /// With sorted values `v` and `h = (n - 1) * probability`, the result interpolates between
  /// `v[floor(h)]` and `v[floor(h) + 1]`. `probability` must lie in `[0, 1]`.
  public static func quantile(_ values: [Double], _ probability: Double) throws(StatisticsError) -> Double {
    try validate(values)
    guard probability >= 0, probability <= 1 else { throw .probabilityOutOfRange(probability) }
    let sorted = values.sorted()
    let position = Double(sorted.count - 1) * probability
    let lowerIndex = Int(position.rounded(.down))
    guard lowerIndex < sorted.count - 1 else { return sorted[sorted.count - 1] }
    let fraction = position - Double(lowerIndex)
    return lerp(sorted[lowerIndex], sorted[lowerIndex + 1], fraction)
  }

  /// Pooled standard deviation of two samples,
  /// `sqrt(((n1 - 1) s1² + (n2 - 1) s2²) / (n1 + n2 - 2))`.
  ///
  /// Computed from the sums of squared deviations, so a sample of size one contributes
  /// nothing to the numerator; needs both samples non-empty and `n1 + n2 >= 3`.
  /// SciPy has no direct equivalent (it is the denominator of `ttest_ind`'s Cohen's d).
  public static func pooledStandardDeviation(_ first: [Double], _ second: [Double]) throws(StatisticsError)
    -> Double
  {
    try validate(first)
    try validate(second)
    let total = first.count + second.count
    guard total >= 3 else { throw .tooFewObservations(required: 3, actual: total) }
    let squares = sumOfSquaredDeviations(first) + sumOfSquaredDeviations(second)
    return (squares / Double(total - 2)).squareRoot()
  }
}

extension Descriptive {
  /// Throws `.empty` or `.nonFiniteValue` for unusable input.
  static func validate(_ values: [Double]) throws(StatisticsError) {
    guard !values.isEmpty else { throw .empty }
    guard values.allSatisfy({ $0.isFinite }) else { throw .nonFiniteValue }
  }

  /// Neumaier-compensated sum.
  static func compensatedSum(_ values: [Double]) -> Double {
    var sum = 0.0
    var compensation = 0.0
    for value in values {
      let next = sum + value
      if abs(sum) >= abs(value) {
        compensation += (sum - next) + value
      } else {
        compensation += (value - next) + sum
      }
      sum = next
    }
    return sum + compensation
  }

  /// Sum of squared deviations from the mean of a non-empty sample.
  static func sumOfSquaredDeviations(_ values: [Double]) -> Double {
    let center = compensatedSum(values) / Double(values.count)
    return compensatedSum(values.map { ($0 - center) * ($0 - center) })
  }

  /// NumPy's `_lerp`: interpolates from the nearer end point for better monotonicity.
  static func lerp(_ lower: Double, _ upper: Double, _ fraction: Double) -> Double {
    let difference = upper - lower
    if fraction >= 0.5 {
      return upper - difference * (1 - fraction)
    }
    return lower + difference * fraction
  }
}
