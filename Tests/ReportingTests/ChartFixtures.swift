import Reporting

/// Realistic and hostile chart inputs shared by the chart tests.
enum ChartFixtures {
  static let hostile = "<script>alert('x')</script> & \"кавычки\" 'апостроф'"

  static func value(_ x: Double?) -> ChartValue {
    ChartValue(x, label: x.map { RussianFormat.number($0, decimals: 2) } ?? "менее 5")
  }

  static let grouped = GroupedBarChart(
    title: "Средний балл до и после", description: "Средний балл подопечных до и после программы.",
    categories: ["Русский язык", "Алгебра", "Геометрия"],
    series: [
      ChartSeries(name: "До", values: [value(3.12), value(3.05), value(nil)]),
      ChartSeries(name: "После", values: [value(3.45), value(3.3), value(3.01)]),
    ],
    valueAxisLabel: "Средний балл", maxValue: 5)

  static let groupedHorizontal = GroupedBarChart(
    title: "По предметам", description: "Восемь предметов.",
    categories: [
      "Русский язык", "Алгебра", "Геометрия", "Литература", "Иностранный язык (английский)", "Физика",
      "История", hostile,
    ],
    series: [
      ChartSeries(name: "До программы", values: (0..<8).map { value(3 + Double($0) / 10) }),
      ChartSeries(
        name: "После \(hostile)", values: (0..<8).map { $0 == 3 ? value(nil) : value(3.2 + Double($0) / 10) }),
    ],
    valueAxisLabel: "Средний балл", maxValue: 5, categoryAxisLabel: "Предмет")

  static let stacked = StackedPercentChart(
    title: "Уровень тревожности", description: "Доли учащихся по уровням тревожности.",
    bars: [
      StackedBar(
        label: "До", segments: [.init(18, label: "18"), .init(15, label: "15"), .init(7, label: "7")]),
      StackedBar(
        label: "После", segments: [.init(1, label: "1"), .init(1, label: "1"), .init(1, label: "1")]),
      StackedBar(
        label: "5Б",
        segments: [.init(nil, label: "менее 5"), .init(8, label: "8"), .init(nil, label: "менее 5")]),
      StackedBar(
        label: hostile, segments: [.init(2, label: "2"), .init(1, label: "1"), .init(4, label: "4")]),
    ],
    segmentNames: ["норма", "повышенная", hostile])

  static let histogram = HistogramChart(
    title: "Изменение среднего балла", description: "Распределение изменения среднего балла.",
    bins: [
      HistogramBin(label: "−1,0…−0,5", value: .init(2, label: "2"), isNegative: true),
      HistogramBin(label: "−0,5…0", value: .init(5, label: "5"), isNegative: true),
      HistogramBin(label: "0", value: .init(6, label: "6"), isNegative: nil),
      HistogramBin(label: "0…0,5", value: .init(14, label: "14"), isNegative: false),
      HistogramBin(label: hostile, value: .init(nil, label: "менее 5"), isNegative: false),
    ],
    xAxisLabel: "Изменение среднего балла", yAxisLabel: "Число учащихся")

  static let items = ItemDistributionChart(
    title: "Удовлетворённость подопечных", description: "Ответы по вопросам анкеты.",
    items: [
      DistributionItem(
        label: "Насколько комфортно тебе было общаться с наставником?", meanLabel: "8,4",
        counts: [0, 0, 1, 1, 2, 3, 5, 9, 10, 9]),
      DistributionItem(
        label:
          "Насколько полезными для тебя оказались встречи с наставником и помогли ли они тебе лучше понимать материал по предметам, которые вызывали трудности, и стал ли ты увереннее на уроках и контрольных работах?",
        meanLabel: "7,1", counts: [1, 2, 1, 3, 4, 6, 8, 7, 5, 3]),
      DistributionItem(label: hostile, meanLabel: "—", counts: Array(repeating: 0, count: 10)),
    ])

  static let slope = SlopeChart(
    title: "Средний балл по классам", description: "Средний балл по классам до и после.",
    lines: [
      SlopeLine(label: "5А", before: value(3.45), after: value(3.71)),
      SlopeLine(label: "5Б", before: value(3.5), after: value(3.48)),
      SlopeLine(label: "6А", before: value(3.2), after: value(3.2)),
      SlopeLine(label: "7А", before: value(nil), after: value(3.9)),
      SlopeLine(label: hostile, before: value(2.9), after: value(3.3)),
    ],
    beforeLabel: "До", afterLabel: "После", valueAxisLabel: "Средний балл")

  /// Every fixture with a distinct id prefix.
  static let all: [(prefix: String, chart: any Chart)] = [
    ("grouped", grouped), ("grouped-h", groupedHorizontal), ("stacked", stacked), ("hist", histogram),
    ("items", items), ("slope", slope),
  ]

  /// Every chart type with no data.
  static let empty: [any Chart] = [
    GroupedBarChart(
      title: "Пусто", description: "Нет предметов.", categories: [], series: [], valueAxisLabel: "Балл"),
    StackedPercentChart(title: "Пусто", description: "Нет полос.", bars: [], segmentNames: ["норма"]),
    HistogramChart(
      title: "Пусто", description: "Нет интервалов.", bins: [], xAxisLabel: "x", yAxisLabel: "y"),
    ItemDistributionChart(title: "Пусто", description: "Нет вопросов.", items: []),
    SlopeChart(
      title: "Пусто", description: "Нет классов.", lines: [], beforeLabel: "До", afterLabel: "После"),
  ]
}
