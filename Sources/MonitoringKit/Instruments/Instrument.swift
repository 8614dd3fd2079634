/// A questionnaire or test, described as data (`pipelines/instruments/*.yml`, instruments.md).
///
/// It says which columns of a survey export belong to it, how answers become numbers, how scores
/// are computed and what the levels mean. Nothing in the code assumes a particular instrument.
public struct Instrument: Sendable, Equatable {
  /// Stable identifier (`satisfaction-mentee`, `phillips`…).
  public var id: String
  /// Russian title shown in the report.
  public var title: String
  /// Who answers it.
  public var respondent: Respondent
  /// Waves it is used in.
  public var waves: [Wave]
  /// The wave assumed when neither a column, the file name nor the timestamp tells.
  public var defaultWave: Wave?
  /// How columns are matched to items.
  public var matching: Matching
  /// The default range of rating items.
  public var scale: RatingScale
  /// The items, in order.
  public var items: [Item]
  /// Scores computed from the items (a total, sub-scales, several scales for STAI).
  public var scores: [Score]

  /// Who answers an instrument.
  public enum Respondent: String, Sendable, Decodable, Equatable {
    case mentee, mentor, any
  }

  /// A survey wave (the domain's `Wave`).
  public typealias Wave = MonitoringKit.Wave

  /// Which matching methods the instrument allows.
  public struct Matching: Sendable, Equatable {
    /// Header text equals the item text or an alias (after normalisation).
    public var byText: Bool
    /// The header starts with the item number («12.», «Вопрос 12»).
    public var byNumber: Bool
    /// The N-th question column is item N.
    public var byPosition: Bool
    /// Share of items that must be matched for a file to be this instrument (0.6).
    public var minimumShare: Double

    /// Creates matching rules.
    public init(
      byText: Bool = true, byNumber: Bool = true, byPosition: Bool = false, minimumShare: Double = 0.6
    ) {
      self.byText = byText
      self.byNumber = byNumber
      self.byPosition = byPosition
      self.minimumShare = minimumShare
    }
  }

  /// The numeric range of rating answers.
  public struct RatingScale: Sendable, Equatable {
    public var min: Double
    public var max: Double

    /// Creates a range.
    public init(min: Double = 1, max: Double = 10) {
      self.min = min
      self.max = max
    }
  }

  /// Creates an instrument.
  public init(
    id: String, title: String, respondent: Respondent, waves: [Wave], defaultWave: Wave? = nil,
    matching: Matching = Matching(), scale: RatingScale = RatingScale(), items: [Item], scores: [Score]
  ) {
    self.id = id
    self.title = title
    self.respondent = respondent
    self.waves = waves
    self.defaultWave = defaultWave
    self.matching = matching
    self.scale = scale
    self.items = items
    self.scores = scores
  }
}
