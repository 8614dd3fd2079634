import Testing

@testable import Reporting

/// Text estimation, wrapping, scales and label spreading used by the charts.
@Suite struct LayoutHelperTests {
  @Test func wrapRespectsWidthAndLineLimit() {
    let text = "Насколько полезными для тебя оказались встречи с наставником и помогли ли они тебе"
    let lines = TextMetrics.wrap(text, maxWidth: 200, size: 16, maxLines: 3)
    #expect(lines.count == 3)
    #expect(lines.last?.hasSuffix("…") == true)
    for line in lines { #expect(TextMetrics.width(line, size: 16) <= 200) }
    #expect(TextMetrics.wrap("", maxWidth: 100, size: 16, maxLines: 3) == [""])
    let long = TextMetrics.wrap("Суперсверхдлинноеслово", maxWidth: 60, size: 16, maxLines: 9)
    #expect(long.count > 1)
    #expect(long.dropLast().allSatisfy { $0.hasSuffix("-") })
  }

  @Test func tooltipOnlyWhenTextIsNotShownVerbatim() {
    #expect(TextMetrics.tooltip(for: "a b c", lines: ["a b", "c"]) == nil)
    #expect(TextMetrics.tooltip(for: "a b c", lines: ["a…"]) == "a b c")
  }

  @Test func scaleHasNiceTicksFromZero() {
    let scale = ChartScale(low: 2.9, high: 4.25, fixedUpper: 5)
    #expect(scale.lower == 0)
    #expect(scale.upper == 5)
    #expect(scale.ticks == [0, 1, 2, 3, 4, 5])
    let counts = ChartScale(low: 0, high: 14)
    #expect(counts.ticks.first == 0)
    #expect((counts.ticks.last ?? 0) >= 14)
    #expect(ChartScale(low: 0, high: 0.8).decimals == 1)
    let negative = ChartScale(low: -3, high: 7)
    #expect(negative.lower <= -3 && negative.upper >= 7)
  }

  @Test func spreadKeepsOrderAndGap() {
    let placed = SlopeChart.spread([100, 101, 102, 300], gap: 20, low: 0, high: 400)
    #expect(placed[1] - placed[0] >= 20 && placed[2] - placed[1] >= 20)
    #expect(placed[3] == 300)
    let crowded = SlopeChart.spread([390, 395, 399], gap: 20, low: 0, high: 400)
    #expect(crowded.max()! <= 400 && crowded[2] - crowded[1] >= 20)
  }

  @Test func contrastColourFollowsLuminance() {
    #expect(ChartStyle.textColor(on: "#2d004b") == "#ffffff")
    #expect(ChartStyle.textColor(on: "#fee0b6") == "#000000")
  }
}
