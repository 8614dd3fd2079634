/// One headline tile of «Итоги в одном взгляде».
public struct Tile: Sendable, Equatable {
  /// Whether the change is good news, judged by the indicator's direction.
  public enum Trend: String, Sendable, Equatable {
    case better, same, worse, none
  }

  /// The block's name («Успеваемость»).
  public var title: String
  /// What the numbers are («средний балл»).
  public var measure: String
  /// The value before the programme.
  public var before: Quantity?
  /// The value after.
  public var after: Quantity?
  /// The judgement.
  public var trend: Trend
  /// The number of people the values describe.
  public var n: Quantity?
  /// The verdict sentence.
  public var verdict: Sentence

  /// A tile.
  public init(
    title: String, measure: String, before: Quantity?, after: Quantity?, trend: Trend, n: Quantity?,
    verdict: Sentence
  ) {
    self.title = title
    self.measure = measure
    self.before = before
    self.after = after
    self.trend = trend
    self.n = n
    self.verdict = verdict
  }
}
