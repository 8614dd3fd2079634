/// A statistical test that either ran or says why it did not (indicators.md, Tests).
public enum TestOutcome<Result: Sendable & Equatable>: Sendable, Equatable {
  /// The test ran on `n` observations.
  case done(n: Int, Result)
  /// The test could not run; `reason` is the JSON reason code (`insufficient_n`, `no_change`…).
  case unavailable(reason: String)

  /// The result, when the test ran.
  public var result: Result? {
    if case .done(_, let result) = self { return result }
    return nil
  }

  /// The number of observations, when the test ran.
  public var n: Int? {
    if case .done(let n, _) = self { return n }
    return nil
  }

  /// The reason code, when the test did not run.
  public var reason: String? {
    if case .unavailable(let reason) = self { return reason }
    return nil
  }

  /// Below 6 observations no test can reach p < .05: the test is not run.
  public static var minimumN: Int { 6 }
  /// Below 20 observations the result is flagged `small_sample`.
  public static var smallSampleN: Int { 20 }
}
