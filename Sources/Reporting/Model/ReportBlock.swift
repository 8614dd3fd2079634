/// One piece of a section: text, a table, a chart, tiles or pair cards.
public indirect enum ReportBlock: Sendable, Equatable {
  /// A paragraph.
  case paragraph(Sentence)
  /// A highlighted remark (a caution about interpretation).
  case note(Sentence)
  /// A bulleted list.
  case list([Sentence])
  /// The headline tiles.
  case tiles([Tile])
  /// A table.
  case table(ReportTable)
  /// A chart with its numbers.
  case figure(ReportFigure)
  /// A sub-heading.
  case heading(String)
  /// The pair cards.
  case cards([PairCard])
  /// A block the public report drops (names, free text).
  case internalOnly(ReportBlock)
}
