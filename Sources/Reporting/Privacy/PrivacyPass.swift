/// Makes the public edition of a report model, before any renderer sees it.
///
/// Rules (report.md «Privacy»):
/// - every count 1–4 becomes «менее 5»; a share whose count is 1–4 too (it would reveal it);
/// - a percentage, mean or change computed over fewer than 5 people is hidden;
/// - complementary suppression: in a group of cells that add up to a shown total, when exactly
///   one cell is hidden, the smallest other non-zero cell is hidden too, so subtraction cannot
///   reveal it;
/// - names, pair cards and free text (blocks marked internal-only) are dropped.
///
/// Decision: counts of files, rows and cells (`.plain`) are not about people and stay.
public struct PrivacyPass: Sendable {
  /// The word shown for a hidden count.
  public var lessThanFive: String
  /// The word shown for a hidden share or mean.
  public var hiddenSmallGroup: String
  /// The line that replaces the appendix.
  public var appendixNote: String

  /// A pass with the catalog's words.
  public init(words: ReportWords) {
    lessThanFive = words.lessThanFive
    hiddenSmallGroup = words.hiddenSmallGroup
    appendixNote = words.appendixPublic
  }

  /// The public edition of `report`.
  public func apply(_ report: Report) -> Report {
    var report = report
    report.privacy = .publicReport
    report.sections = report.sections.map { section in
      var section = section
      let hadCards = section.blocks.contains { if case .internalOnly(.cards) = $0 { true } else { false } }
      section.blocks = section.blocks.compactMap(block)
      if section.blocks.isEmpty && section.emptyReason == nil {
        section.emptyReason = hadCards ? appendixNote : hiddenSmallGroup
      }
      return section
    }
    return report
  }

  /// One quantity on its own.
  public func quantity(_ quantity: Quantity) -> Quantity {
    switch quantity {
    case .count(let n) where (1...4).contains(n): .hidden(lessThanFive)
    case .share(_, let total) where total < 5: total == 0 ? quantity : .hidden(hiddenSmallGroup)
    case .share(let count, _) where (1...4).contains(count): .hidden(lessThanFive)
    case .rate(_, let n) where n < 5, .mean(_, let n, _) where n < 5, .change(_, let n, _) where n < 5:
      .hidden(hiddenSmallGroup)
    default: quantity
    }
  }

  func block(_ block: ReportBlock) -> ReportBlock? {
    switch block {
    case .internalOnly, .cards: return nil
    case .paragraph(let sentence): return .paragraph(self.sentence(sentence))
    case .note(let sentence): return .note(self.sentence(sentence))
    case .list(let sentences): return .list(sentences.map(sentence))
    case .heading: return block
    case .tiles(let tiles):
      return .tiles(
        tiles.map { tile in
          var tile = tile
          tile.before = tile.before.map(quantity)
          tile.after = tile.after.map(quantity)
          tile.n = tile.n.map(quantity)
          tile.verdict = sentence(tile.verdict)
          return tile
        })
    case .table(let table): return .table(self.table(table))
    case .figure(let figure): return .figure(self.figure(figure))
    }
  }

  func sentence(_ sentence: Sentence) -> Sentence {
    Sentence(
      parts: sentence.parts.map { part in
        if case .quantity(let value) = part { return .quantity(quantity(value)) }
        return part
      })
  }

  /// Suppresses cells, then complements within each group.
  func table(_ table: ReportTable) -> ReportTable {
    var table = table
    table.rows = table.rows.map { $0.map { Cell(quantity($0.quantity), group: $0.group) } }
    var groups: [Int: [(Int, Int)]] = [:]
    for (r, row) in table.rows.enumerated() {
      for (c, cell) in row.enumerated() {
        if let group = cell.group { groups[group, default: []].append((r, c)) }
      }
    }
    for key in groups.keys.sorted() {
      let places = groups[key]!
      let hidden = places.filter { if case .hidden = table.rows[$0.0][$0.1].quantity { true } else { false } }
      guard hidden.count == 1 else { continue }
      let candidates = places.compactMap { place -> ((Int, Int), Int)? in
        if case .count(let n) = table.rows[place.0][place.1].quantity, n > 0 { return (place, n) }
        return nil
      }
      if let smallest = candidates.min(by: { $0.1 < $1.1 }) {
        table.rows[smallest.0.0][smallest.0.1].quantity = .hidden(lessThanFive)
      }
    }
    return table
  }

  func figure(_ figure: ReportFigure) -> ReportFigure {
    var figure = figure
    switch figure.kind {
    case .groupedBars(let categories, let series, let axis, let max):
      figure.kind = .groupedBars(
        categories: categories, series: series.map { ($0.name, $0.values.map(quantity)) }, axis: axis,
        max: max)
    case .stacked(let bars, let names, let header):
      figure.kind = .stacked(
        bars: bars.map { bar in
          let values = bar.segments.map(quantity)
          let anyHidden = values.contains { if case .hidden = $0 { true } else { false } }
          // A stacked bar shows shares of a total: one hidden segment hides the whole bar's split.
          return (bar.label, anyHidden ? values.map { _ in .hidden(lessThanFive) } : values)
        }, segmentNames: names, labelHeader: header)
    case .histogram(let bins, let x, let y):
      figure.kind = .histogram(
        bins: bins.map {
          ReportFigure.Bin(label: $0.label, value: quantity($0.value), isNegative: $0.isNegative)
        },
        xAxis: x, yAxis: y)
    case .items(let items):
      figure.kind = .items(
        items.map {
          ReportFigure.Item(label: $0.label, mean: quantity($0.mean), counts: $0.counts.map(quantity))
        })
    case .slope(let lines, let before, let after, let axis):
      figure.kind = .slope(
        lines: lines.map {
          ReportFigure.Pair(label: $0.label, before: quantity($0.before), after: quantity($0.after))
        },
        beforeLabel: before, afterLabel: after, axis: axis)
    }
    return figure
  }
}
