/// McNemar's test for paired binary outcomes.
public enum McNemar {
  /// Exact (binomial) two-sided McNemar test on the discordant counts `b` and `c`;
  /// `min(1, 2 * scipy.stats.binom.cdf(min(b, c), b + c, 0.5))`, which equals
  /// `scipy.stats.binomtest(min(b, c), b + c).pvalue` and statsmodels'
  /// `mcnemar(table, exact=True)`.
  ///
  /// - Throws: `.negativeCount` for a negative count, `.noDiscordantPairs` when `b + c == 0`.
  public static func exact(b: Int, c: Int) throws(StatisticsError) -> McNemarResult {
    guard b >= 0 else { throw .negativeCount(b) }
    guard c >= 0 else { throw .negativeCount(c) }
    guard b + c > 0 else { throw .noDiscordantPairs }
    let tail = Binomial.cdf(min(b, c), trials: b + c, probability: 0.5)
    return McNemarResult(b: b, c: c, p: min(1, 2 * tail))
  }
}
