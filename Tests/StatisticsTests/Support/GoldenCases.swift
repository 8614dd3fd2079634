import Statistics
import Testing

/// One descriptive-statistics case: sample `x` (and `y` for the pooled SD).
struct DescriptiveCase: Decodable, Sendable, CustomTestStringConvertible {
  struct QuantileValue: Decodable, Sendable {
    let p: Double
    let value: Double
  }

  let name: String
  let x: [Double]
  let y: [Double]
  let mean: Double
  let median: Double
  let quantiles: [QuantileValue]
  let variance: Double?
  let sd: Double?
  let pooledSd: Double?

  var testDescription: String { name }
}

/// `ndtr(x)` and `ndtr(-x)`.
struct NormalCase: Decodable, Sendable, CustomTestStringConvertible {
  let x: Double
  let cdf: Double
  let sf: Double

  var testDescription: String { "x=\(x)" }
}

/// `ndtri(p)`.
struct NormalQuantileCase: Decodable, Sendable, CustomTestStringConvertible {
  let p: Double
  let x: Double

  var testDescription: String { "p=\(p)" }
}

/// `stdtr(df, t)` and `stdtr(df, -t)`.
struct TCdfCase: Decodable, Sendable, CustomTestStringConvertible {
  let df: Double
  let t: Double
  let cdf: Double
  let sf: Double

  var testDescription: String { "df=\(df) t=\(t)" }
}

/// `stdtrit(df, p)`.
struct TQuantileCase: Decodable, Sendable, CustomTestStringConvertible {
  let df: Double
  let p: Double
  let t: Double

  var testDescription: String { "df=\(df) p=\(p)" }
}

/// `betainc(a, b, x)`.
struct BetaincCase: Decodable, Sendable, CustomTestStringConvertible {
  let a: Double
  let b: Double
  let x: Double
  let value: Double

  var testDescription: String { "a=\(a) b=\(b) x=\(x)" }
}

/// `binom.cdf(k, n, p)`.
struct BinomialCase: Decodable, Sendable, CustomTestStringConvertible {
  let k: Int
  let n: Int
  let p: Double
  let value: Double

  var testDescription: String { "k=\(k) n=\(n) p=\(p)" }
}

/// `wilcoxon(after, before, zero_method="pratt", correction=False, method=...)`.
struct WilcoxonCase: Decodable, Sendable, CustomTestStringConvertible {
  let name: String
  let after: [Double]
  let before: [Double]
  let n: Int
  let zeros: Int
  let hasTies: Bool
  let expectedError: String?
  let wPlus: Double?
  let wMinus: Double?
  let statistic: Double?
  let rankBiserial: Double?
  let swiftMethod: String?
  let scipyMethod: String?
  let p: Double?
  let pExact: Double?
  let pApprox: Double?
  let z: Double?
  let scipyZstatistic: Double?

  var testDescription: String { name }
}

/// `ttest_rel(after, before)` with its 95 % and 90 % confidence intervals.
struct TTestCase: Decodable, Sendable, CustomTestStringConvertible {
  let name: String
  let after: [Double]
  let before: [Double]
  let n: Int
  let expectedError: String?
  let t: Double?
  let df: Int?
  let p: Double?
  let meanDifference: Double?
  let sdDifference: Double?
  let ciLow: Double?
  let ciHigh: Double?
  let ci90Low: Double?
  let ci90High: Double?
  let cohensDz: Double?

  var testDescription: String { name }
}

/// `min(1, 2 * binom.cdf(min(b, c), b + c, 0.5))`.
struct McNemarCase: Decodable, Sendable, CustomTestStringConvertible {
  let b: Int
  let c: Int
  let expectedError: String?
  let p: Double?

  var testDescription: String { "b=\(b) c=\(c)" }
}

/// `mannwhitneyu(x, y, alternative="two-sided", use_continuity=True, method="asymptotic")`.
struct MannWhitneyCase: Decodable, Sendable, CustomTestStringConvertible {
  let name: String
  let x: [Double]
  let y: [Double]
  let expectedError: String?
  let scipyP: Double?
  let u: Double?
  let uY: Double?
  let p: Double?
  let z: Double?

  var testDescription: String { name }
}

/// Maps the fixture's `expected_error` names to ``StatisticsError`` values.
func expectedError(named name: String, n: Int) -> StatisticsError? {
  switch name {
  case "allDifferencesZero": .allDifferencesZero
  case "zeroVariance": .zeroVariance
  case "noDiscordantPairs": .noDiscordantPairs
  case "tooFewObservations": .tooFewObservations(required: 2, actual: n)
  default: nil
  }
}
