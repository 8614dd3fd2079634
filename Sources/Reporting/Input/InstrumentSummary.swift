/// An instrument the indicators used, described for the methodology section.
public struct InstrumentSummary: Sendable, Equatable {
  /// The instrument's id (`phillips`).
  public var id: String
  /// Its title.
  public var title: String
  /// The number of items.
  public var items: Int
  /// One line on scoring and levels («доля ответов, совпавших с ключом; норма < 50 % …»).
  public var scoring: String

  /// A summary.
  public init(id: String, title: String, items: Int, scoring: String) {
    self.id = id
    self.title = title
    self.items = items
    self.scoring = scoring
  }
}
