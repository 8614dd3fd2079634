extension Quantity {
  /// The text printed for the quantity, in Russian typography («72,5 % (29 из 40)»).
  public var formatted: String {
    switch self {
    case .count(let n), .plain(let n): RussianFormat.integer(n)
    case .share(let count, let total): RussianFormat.percentOf(count, of: total)
    case .rate(let value, let n): "\(RussianFormat.percent(value)) (N = \(RussianFormat.integer(n)))"
    case .mean(let value, _, let decimals), .statistic(let value, let decimals):
      RussianFormat.number(value, decimals: decimals)
    case .change(let value, _, let decimals): RussianFormat.signed(value, decimals: decimals)
    case .pValue(let p): RussianFormat.pValue(p)
    case .text(let text), .unavailable(let text), .hidden(let text): text
    }
  }

  /// The quantity as a chart value: drawn only when it is a real number.
  var asChartValue: ChartValue {
    switch self {
    case .hidden, .unavailable, .text: ChartValue(nil, label: formatted)
    case .share(let count, let total):
      ChartValue(
        total > 0 ? Double(count) / Double(total) * 100 : nil,
        label: RussianFormat.percent(Double(count) / Double(max(total, 1))))
    default: ChartValue(chartValue, label: formatted)
    }
  }
}

extension Sentence {
  /// The sentence as plain text, with `escape` applied to the text parts only.
  func text(escaping escape: (String) -> String) -> String {
    parts.map { part in
      switch part {
      case .text(let text): escape(text)
      case .quantity(let quantity): escape(quantity.formatted)
      }
    }.joined()
  }
}
