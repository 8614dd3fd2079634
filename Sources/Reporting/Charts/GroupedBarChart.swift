/// Grouped bars, one group per category and one bar per series (e.g. «До» and «После»).
///
/// Bars are vertical while every category label fits under its group in at most three lines and
/// every value label fits over its bar; otherwise (many categories, long subject names, narrow
/// bars) the chart switches to horizontal bars with the category label above each group, which
/// reads well on a phone. Series are told apart by colour and texture (solid, hatched, dotted…).
public struct GroupedBarChart: Chart, Equatable {
  /// The chart title.
  public var title: String
  /// A text description of the chart.
  public var description: String
  /// Category names (subjects, indicators…).
  public var categories: [String]
  /// The series, each with one value per category.
  public var series: [ChartSeries]
  /// The title of the value axis (e.g. «Средний балл»).
  public var valueAxisLabel: String
  /// A fixed upper end of the value axis (e.g. 5 for marks); the data maximum if larger.
  public var maxValue: Double?
  /// An optional title of the category axis; also the first table header when not empty.
  public var categoryAxisLabel: String

  /// Creates a grouped bar chart.
  public init(
    title: String, description: String, categories: [String], series: [ChartSeries],
    valueAxisLabel: String, maxValue: Double? = nil, categoryAxisLabel: String = ""
  ) {
    self.title = title
    self.description = description
    self.categories = categories
    self.series = series
    self.valueAxisLabel = valueAxisLabel
    self.maxValue = maxValue
    self.categoryAxisLabel = categoryAxisLabel
  }

  /// The numbers as a table: one row per category, one column per series.
  public var table: ChartTable {
    let first = categoryAxisLabel.isEmpty ? "Показатель" : categoryAxisLabel
    let rows = categories.indices.map { c in
      [categories[c]] + series.indices.map { value(category: c, series: $0).label }
    }
    return ChartTable(caption: title, header: [first] + series.map(\.name), rows: rows)
  }

  /// Renders the chart as SVG.
  public func svg(idPrefix: String) -> String {
    guard !categories.isEmpty, !series.isEmpty else {
      return SVGCanvas.empty(idPrefix: idPrefix, title: title, description: description)
    }
    var canvas = SVGCanvas(idPrefix: idPrefix)
    let height = fitsVertically ? drawVertical(on: &canvas) : drawHorizontal(on: &canvas)
    return canvas.render(height: height, title: title, description: description)
  }

  /// The value of one bar; missing entries are drawn as nothing and labelled «—».
  func value(category: Int, series s: Int) -> ChartValue {
    let values = series[s].values
    return category < values.count ? values[category] : ChartValue(nil, label: RussianFormat.dash)
  }

  /// The value axis covering all drawable values and `maxValue`.
  var scale: ChartScale {
    let all = series.flatMap { $0.values.compactMap(\.drawable) }
    let low = all.min() ?? 0
    let high = all.max() ?? 0
    let fixed = maxValue.map { max($0, high) }
    return ChartScale(low: low, high: high, fixedUpper: fixed)
  }

  /// The legend: one textured swatch per series.
  var legend: ChartLegend {
    ChartLegend(
      entries: series.indices.map {
        .init(key: .swatch(Self.fill(for: $0)), text: series[$0].name)
      })
  }

  /// The fill of series `index`.
  static func fill(for index: Int) -> ChartFill {
    ChartStyle.seriesFills[index % ChartStyle.seriesFills.count]
  }
}
