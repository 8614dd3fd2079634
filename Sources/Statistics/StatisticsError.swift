/// The closed set of reasons a statistic cannot be computed for the given input.
///
/// Every throwing function in the library uses typed throws, `throws(StatisticsError)`,
/// so callers can switch over the cases exhaustively. Where SciPy would return `nan`
/// (or a meaningless `inf`) the library throws one of these instead.
public enum StatisticsError: Error, Sendable, Equatable {
  /// The input sample (or one of the samples) is empty; SciPy returns `nan`.
  case empty
  /// Paired inputs have different lengths (`after.count`, `before.count`); SciPy raises `ValueError`.
  case lengthMismatch(Int, Int)
  /// Too few observations for the statistic to be defined (e.g. a sample SD needs two values).
  case tooFewObservations(required: Int, actual: Int)
  /// An input value is NaN or infinite; SciPy would propagate `nan`.
  case nonFiniteValue
  /// A probability or confidence level lies outside the allowed range.
  case probabilityOutOfRange(Double)
  /// A count (e.g. a McNemar discordant-pair count) is negative.
  case negativeCount(Int)
  /// The statistic divides by a zero spread: all paired differences are equal (paired t-test)
  /// or all pooled values are equal (Mann–Whitney); SciPy returns `inf`/`nan` or `p = 1`.
  case zeroVariance
  /// McNemar's test has no discordant pairs (`b + c == 0`); SciPy's binomial test is undefined.
  case noDiscordantPairs
  /// Every paired difference is zero, so the Wilcoxon signed-rank test is undefined; SciPy returns `nan`.
  case allDifferencesZero
}
