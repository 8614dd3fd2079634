import Statistics

/// The paired and two-sample tests of indicators.md, with its rules for small samples.
///
/// Every test returns `unavailable(insufficient_n)` below 6 observations; statistics that
/// cannot be computed map to a reason code: all differences zero → `no_change` (Wilcoxon),
/// sd(d) = 0 → `no_variance` (t-test), b + c = 0 → `no_change` (McNemar), all values equal →
/// `no_variance` (Mann–Whitney).
public enum IndicatorTests {
  /// Wilcoxon signed-rank on (after, before), Pratt zeros, exact or approximate as the spec says.
  public static func wilcoxon(after: [Double], before: [Double]) -> TestOutcome<WilcoxonSignedRankResult> {
    guard after.count >= TestOutcome<WilcoxonSignedRankResult>.minimumN else {
      return .unavailable(reason: "insufficient_n")
    }
    do {
      return .done(n: after.count, try Wilcoxon.signedRank(after: after, before: before))
    } catch {
      return .unavailable(reason: reason(error))
    }
  }

  /// Paired t-test on (after, before).
  public static func ttest(after: [Double], before: [Double]) -> TestOutcome<PairedTTestResult> {
    guard after.count >= TestOutcome<PairedTTestResult>.minimumN else {
      return .unavailable(reason: "insufficient_n")
    }
    do {
      return .done(n: after.count, try TTest.paired(after: after, before: before))
    } catch {
      return .unavailable(reason: reason(error))
    }
  }

  /// Exact McNemar over `n` paired observations with discordant counts `b` and `c`.
  public static func mcnemar(n: Int, b: Int, c: Int) -> TestOutcome<McNemarResult> {
    guard n >= TestOutcome<McNemarResult>.minimumN else { return .unavailable(reason: "insufficient_n") }
    do {
      return .done(n: n, try McNemar.exact(b: b, c: c))
    } catch {
      return .unavailable(reason: reason(error))
    }
  }

  /// Mann–Whitney U (two-sided, asymptotic, continuity-corrected) of `x` against `y`.
  public static func mannWhitney(_ x: [Double], _ y: [Double]) -> TestOutcome<MannWhitneyResult> {
    guard x.count + y.count >= TestOutcome<MannWhitneyResult>.minimumN, !x.isEmpty, !y.isEmpty else {
      return .unavailable(reason: "insufficient_n")
    }
    do {
      return .done(n: x.count + y.count, try MannWhitney.uTest(x, y))
    } catch {
      return .unavailable(reason: reason(error))
    }
  }

  /// The reason code of a statistics error.
  static func reason(_ error: StatisticsError) -> String {
    switch error {
    case .allDifferencesZero, .noDiscordantPairs: "no_change"
    case .zeroVariance: "no_variance"
    case .empty: "no_data"
    case .tooFewObservations: "insufficient_n"
    default: "not_computable"
    }
  }

  /// Whether `n` observations make a small sample (6 ≤ n < 20).
  static func small(_ n: Int) -> JSONValue { .bool(n < TestOutcome<Int>.smallSampleN) }

  /// `{n, w_plus, w_minus, statistic, rank_biserial, z, p, method, zeros, small_sample}`.
  public static func json(_ result: WilcoxonSignedRankResult) -> JSONValue {
    .object([
      ("n", .int(result.n)), ("w_plus", .double(result.wPlus)), ("w_minus", .double(result.wMinus)),
      ("statistic", .double(result.statistic)), ("rank_biserial", .double(result.rankBiserial)),
      ("z", .double(result.z)), ("p", .double(result.p)), ("method", .string(result.method.rawValue)),
      ("zeros", .int(result.zeros)), ("small_sample", small(result.n)),
    ])
  }

  /// `{n, t, df, p, mean_diff, ci95, cohen_dz, small_sample}`.
  public static func json(_ result: PairedTTestResult) -> JSONValue {
    .object([
      ("n", .int(result.n)), ("t", .double(result.t)), ("df", .int(result.df)), ("p", .double(result.p)),
      ("mean_diff", .double(result.meanDifference)),
      ("ci95", .array([.double(result.confidenceInterval.lower), .double(result.confidenceInterval.upper)])),
      ("cohen_dz", .double(result.cohensDz)), ("small_sample", small(result.n)),
    ])
  }

  /// `{n, b, c, p, small_sample}` for a McNemar test over `n` pairs.
  public static func json(_ result: McNemarResult, n: Int) -> JSONValue {
    .object([
      ("n", .int(n)), ("b", .int(result.b)), ("c", .int(result.c)), ("p", .double(result.p)),
      ("small_sample", small(n)),
    ])
  }

  /// `{n, n1, n2, u, z, p, small_sample}`.
  public static func json(_ result: MannWhitneyResult) -> JSONValue {
    .object([
      ("n", .int(result.n1 + result.n2)), ("n1", .int(result.n1)), ("n2", .int(result.n2)),
      ("u", .double(result.u)), ("z", .double(result.z)), ("p", .double(result.p)),
      ("small_sample", small(result.n1 + result.n2)),
    ])
  }
}
