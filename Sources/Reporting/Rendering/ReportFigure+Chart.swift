extension ReportFigure {
  /// The chart kit's chart for this figure (after the privacy pass).
  func chart(words: ReportWords) -> any Chart {
    switch kind {
    case .groupedBars(let categories, let series, let axis, let max):
      return GroupedBarChart(
        title: title, description: description, categories: categories,
        series: series.map { ChartSeries(name: $0.name, values: $0.values.map(\.asChartValue)) },
        valueAxisLabel: axis,
        maxValue: max)
    case .stacked(let bars, let names, let header):
      return StackedPercentChart(
        title: title, description: description,
        bars: bars.map { bar in
          StackedBar(
            label: bar.label,
            segments: bar.segments.map { segment in
              if case .count(let n) = segment { return ChartValue(Double(n), label: segment.formatted) }
              return ChartValue(nil, label: segment.formatted)
            })
        }, segmentNames: names, labelHeader: header.isEmpty ? words.indicator : header)
    case .histogram(let bins, let x, let y):
      return HistogramChart(
        title: title, description: description,
        bins: bins.map {
          HistogramBin(label: $0.label, value: $0.value.asChartValue, isNegative: $0.isNegative)
        },
        xAxisLabel: x, yAxisLabel: y, negativeName: words.histogramNames.negative,
        zeroName: words.histogramNames.zero, positiveName: words.histogramNames.positive)
    case .items(let items):
      let complete = items.allSatisfy { item in
        item.counts.allSatisfy { if case .count = $0 { true } else { false } }
      }
      guard complete else {
        // Public edition: the 1–10 distribution would show small counts; the means remain.
        return GroupedBarChart(
          title: title, description: words.itemMeansDescription, categories: items.map(\.label),
          series: [ChartSeries(name: words.meanOfTen, values: items.map(\.mean.asChartValue))],
          valueAxisLabel: words.meanOfTen, maxValue: 10)
      }
      return ItemDistributionChart(
        title: title, description: description,
        items: items.map { item in
          DistributionItem(
            label: item.label, meanLabel: item.mean.formatted,
            counts: item.counts.map { if case .count(let n) = $0 { n } else { 0 } })
        })
    case .slope(let lines, let before, let after, let axis):
      return SlopeChart(
        title: title, description: description,
        lines: lines.map {
          SlopeLine(label: $0.label, before: $0.before.asChartValue, after: $0.after.asChartValue)
        },
        beforeLabel: before, afterLabel: after, valueAxisLabel: axis, labelHeader: words.schoolClass)
    }
  }
}
