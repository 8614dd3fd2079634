extension Instrument {
  /// One question of an instrument.
  public struct Item: Sendable, Equatable {
    /// Stable identifier within the instrument (`comfort`, `q12`).
    public var id: String
    /// The item's number in the printed form, when it has one.
    public var number: Int?
    /// The question as printed.
    public var text: String?
    /// Other spellings of the question.
    public var aliases: [String]
    /// How the answer is read.
    public var type: AnswerType
    /// Scored as `min + max − answer`.
    public var reverse: Bool
    /// For `choice`: answer text → points.
    public var choices: [String: Double]?
    /// Overrides the instrument's rating range.
    public var scale: RatingScale?

    /// Creates an item.
    public init(
      id: String, number: Int? = nil, text: String? = nil, aliases: [String] = [], type: AnswerType,
      reverse: Bool = false, choices: [String: Double]? = nil, scale: RatingScale? = nil
    ) {
      self.id = id
      self.number = number
      self.text = text
      self.aliases = aliases
      self.type = type
      self.reverse = reverse
      self.choices = choices
      self.scale = scale
    }
  }

  /// How an answer becomes a value.
  public enum AnswerType: String, Sendable, Decodable, Equatable {
    /// A number in the scale; text after the number is ignored («10 — очень комфортно»).
    case rating
    /// да/нет and their variants.
    case yesNo = "yes-no"
    /// A map from answer texts to points.
    case choice
    /// Free text: never scored, shown only in the internal report.
    case text
  }
}
