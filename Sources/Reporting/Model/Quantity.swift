/// A number shown in the report, with what the privacy pass needs to know about it.
///
/// Quantities stay unformatted in the model; the renderers format them with
/// ``RussianFormat`` so the HTML and the Markdown print the same text.
public enum Quantity: Sendable, Equatable {
  /// A count of people, pairs or meetings (suppressed when 1–4 in the public report).
  case count(Int)
  /// A count of files, rows or cells: never about people, never suppressed.
  case plain(Int)
  /// A share «72,5 % (29 из 40)»: `count` of `total` people.
  case share(Int, of: Int)
  /// A percentage computed over `n` people, without a whole numerator (e.g. attendance).
  case rate(Double, n: Int)
  /// A mean over `n` people.
  case mean(Double, n: Int, decimals: Int)
  /// A signed change of a mean over `n` people.
  case change(Double, n: Int, decimals: Int)
  /// A test statistic or other number not tied to a group size.
  case statistic(Double, decimals: Int)
  /// A p-value («p < 0,001»).
  case pValue(Double)
  /// Text (from the input or from the catalog).
  case text(String)
  /// Not computable; the text says why («мало данных»).
  case unavailable(String)
  /// Removed by the privacy pass; the text is what is shown instead («менее 5»).
  case hidden(String)

  /// The number a chart draws, when there is one.
  public var chartValue: Double? {
    switch self {
    case .count(let value), .plain(let value): Double(value)
    case .share(let count, let total): total > 0 ? Double(count) / Double(total) * 100 : nil
    case .rate(let value, _): value * 100
    case .mean(let value, _, _), .change(let value, _, _), .statistic(let value, _): value
    case .pValue(let value): value
    case .text, .unavailable, .hidden: nil
    }
  }

  /// The people count behind the value, when it has one.
  public var groupSize: Int? {
    switch self {
    case .share(_, let total): total
    case .rate(_, let n), .mean(_, let n, _), .change(_, let n, _): n
    default: nil
    }
  }
}
