/// A chart in the report model, holding quantities so the privacy pass reaches its numbers.
///
/// Turned into a ``Chart`` of the chart kit only at rendering, after the privacy pass.
public struct ReportFigure: Sendable, Equatable {
  /// A labelled pair of values (slope charts).
  public struct Pair: Sendable, Equatable {
    public var label: String
    public var before: Quantity
    public var after: Quantity
  }

  /// A labelled bar (histograms).
  public struct Bin: Sendable, Equatable {
    public var label: String
    public var value: Quantity
    /// Left of zero (true), the zero bin (nil) or right of zero (false).
    public var isNegative: Bool?
  }

  /// A questionnaire item with its 1–10 answer counts.
  public struct Item: Sendable, Equatable {
    public var label: String
    public var mean: Quantity
    public var counts: [Quantity]
  }

  /// The kinds of chart.
  public enum Kind: Sendable, Equatable {
    /// Vertical grouped bars: categories × series.
    case groupedBars(
      categories: [String], series: [(name: String, values: [Quantity])], axis: String, max: Double?)
    /// 100 % stacked bars; segments are counts.
    case stacked(bars: [(label: String, segments: [Quantity])], segmentNames: [String], labelHeader: String)
    /// A histogram.
    case histogram(bins: [Bin], xAxis: String, yAxis: String)
    /// Horizontal item bars with the 1–10 distribution.
    case items([Item])
    /// A slope chart (per class).
    case slope(lines: [Pair], beforeLabel: String, afterLabel: String, axis: String)

    public static func == (lhs: Kind, rhs: Kind) -> Bool {
      switch (lhs, rhs) {
      case (.groupedBars(let c1, let s1, let a1, let m1), .groupedBars(let c2, let s2, let a2, let m2)):
        c1 == c2 && a1 == a2 && m1 == m2 && s1.map(\.name) == s2.map(\.name)
          && s1.map(\.values) == s2.map(\.values)
      case (.stacked(let b1, let n1, let h1), .stacked(let b2, let n2, let h2)):
        n1 == n2 && h1 == h2 && b1.map(\.label) == b2.map(\.label) && b1.map(\.segments) == b2.map(\.segments)
      case (.histogram(let b1, let x1, let y1), .histogram(let b2, let x2, let y2)):
        b1 == b2 && x1 == x2 && y1 == y2
      case (.items(let i1), .items(let i2)): i1 == i2
      case (.slope(let l1, let b1, let a1, let x1), .slope(let l2, let b2, let a2, let x2)):
        l1 == l2 && b1 == b2 && a1 == a2 && x1 == x2
      default: false
      }
    }
  }

  /// The file name stem for Markdown (`charts/<name>.svg`) and the id prefix in HTML.
  public var name: String
  /// The chart's title.
  public var title: String
  /// One or two sentences saying what the chart shows, for screen readers.
  public var description: String
  /// The data.
  public var kind: Kind

  /// A figure.
  public init(name: String, title: String, description: String, kind: Kind) {
    self.name = name
    self.title = title
    self.description = description
    self.kind = kind
  }
}
