extension Instrument {
  /// One score an instrument yields: the total, a sub-scale (factor) or one of several scales.
  public struct Score: Sendable, Equatable {
    /// Stable identifier (`index`, `total`, `situational`, `f1`).
    public var id: String
    /// Russian title.
    public var title: String
    /// Whether it is a sub-scale shown in the factors table rather than a headline score.
    public var isFactor: Bool
    /// How it is computed.
    public var method: Method
    /// Item numbers or ids it uses; empty = every rating item (or every item for keyed tests).
    public var items: [String]
    /// `linear`: the constant, the items added and the items subtracted.
    public var constant: Double?
    public var plus: [String]?
    public var minus: [String]?
    /// `keyed-percent`: the answer that counts as non-problematic, per item; others use `defaultKey`.
    public var key: [String: String]?
    public var defaultKey: String?
    /// Share of its items that must be answered for a valid score.
    public var minimumAnswered: Double
    /// Levels in increasing order of the score.
    public var levels: [Level]
    /// Whether a lower score is better (anxiety) or a higher one (satisfaction).
    public var direction: Direction

    /// Creates a score.
    public init(
      id: String, title: String, isFactor: Bool = false, method: Method, items: [String] = [],
      constant: Double? = nil, plus: [String]? = nil, minus: [String]? = nil, key: [String: String]? = nil,
      defaultKey: String? = nil, minimumAnswered: Double = 0.5, levels: [Level] = [],
      direction: Direction = .higherIsBetter
    ) {
      self.id = id
      self.title = title
      self.isFactor = isFactor
      self.method = method
      self.items = items
      self.constant = constant
      self.plus = plus
      self.minus = minus
      self.key = key
      self.defaultKey = defaultKey
      self.minimumAnswered = minimumAnswered
      self.levels = levels
      self.direction = direction
    }
  }

  /// How a score is computed.
  public enum Method: String, Sendable, Decodable, Equatable {
    /// Mean of the answered items.
    case mean
    /// Sum of the answered items.
    case sum
    /// constant + Σ plus − Σ minus.
    case linear
    /// 100 × answers that differ from the key ÷ answered items.
    case keyedPercent = "keyed-percent"
  }

  /// A level: scores below `upperBound` (or at most, with `inclusive`) get this label.
  public struct Level: Sendable, Equatable {
    /// Russian label («норма», «повышенная»).
    public var label: String
    /// The level ends here; nil for the last level.
    public var upperBound: Double?
    /// Whether `upperBound` itself belongs to this level (≤) rather than the next (<).
    public var inclusive: Bool
    /// Whether this level is the problem state that a McNemar test counts in and out of.
    public var elevated: Bool

    /// Creates a level.
    public init(label: String, upperBound: Double? = nil, inclusive: Bool = false, elevated: Bool = false) {
      self.label = label
      self.upperBound = upperBound
      self.inclusive = inclusive
      self.elevated = elevated
    }
  }

  /// Which way is better.
  public enum Direction: String, Sendable, Decodable, Equatable {
    case lowerIsBetter = "lower-is-better"
    case higherIsBetter = "higher-is-better"
  }
}
