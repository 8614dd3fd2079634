/// Decoding of instrument files: snake_case keys, defaults for everything a school may omit,
/// and `numbered_items` for long tests («58 yes/no items»).
extension Instrument: Decodable {
  enum Keys: String, CodingKey {
    case id, title, respondent, waves, matching, scale, items, scores
    case defaultWave = "default_wave"
    case numberedItems = "numbered_items"
  }

  /// A run of items `q1…qN` sharing one answer type.
  struct NumberedItems: Decodable {
    var count: Int
    var type: AnswerType
    var prefix: String?
    var choices: [String: Double]?
    var scale: RatingScale?
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Keys.self)
    id = try container.decode(String.self, forKey: .id)
    title = try container.decodeIfPresent(String.self, forKey: .title) ?? id
    respondent = try container.decodeIfPresent(Respondent.self, forKey: .respondent) ?? .any
    waves = try container.decodeIfPresent([Wave].self, forKey: .waves) ?? [.pre, .post]
    defaultWave = try container.decodeIfPresent(Wave.self, forKey: .defaultWave)
    matching = try container.decodeIfPresent(Matching.self, forKey: .matching) ?? Matching()
    scale = try container.decodeIfPresent(RatingScale.self, forKey: .scale) ?? RatingScale()
    var items = try container.decodeIfPresent([Item].self, forKey: .items) ?? []
    if let numbered = try container.decodeIfPresent(NumberedItems.self, forKey: .numberedItems) {
      let prefix = numbered.prefix ?? "q"
      for number in 1...max(numbered.count, 1) {
        items.append(
          Item(
            id: "\(prefix)\(number)", number: number, type: numbered.type, choices: numbered.choices,
            scale: numbered.scale))
      }
    }
    guard !items.isEmpty else {
      throw DecodingError.dataCorruptedError(
        forKey: .items, in: container,
        debugDescription: "в инструменте нет ни одного вопроса (items или numbered_items)")
    }
    self.items = items
    scores = Self.inheritingKeys(try container.decodeIfPresent([Score].self, forKey: .scores) ?? [])
  }

  /// `scores` where every `keyed-percent` score that gives neither `key` nor `default_key` takes
  /// both from the first `keyed-percent` score that gives one.
  ///
  /// instruments.md scores Phillips' factors «as keyed-percent over its items» with the test's
  /// one key, and `phillips.yml` writes the key once, on the total; without this a factor has no
  /// keyed item and is never valid.
  static func inheritingKeys(_ scores: [Score]) -> [Score] {
    guard
      let keyed = scores.first(where: {
        $0.method == .keyedPercent && ($0.key != nil || $0.defaultKey != nil)
      })
    else { return scores }
    return scores.map { score in
      guard score.method == .keyedPercent, score.key == nil, score.defaultKey == nil else { return score }
      var copy = score
      copy.key = keyed.key
      copy.defaultKey = keyed.defaultKey
      return copy
    }
  }
}

extension Instrument.Matching: Decodable {
  enum Keys: String, CodingKey {
    case byText = "by_text"
    case byNumber = "by_number"
    case byPosition = "by_position"
    case minimumShare = "minimum_share"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Keys.self)
    self.init(
      byText: try container.decodeIfPresent(Bool.self, forKey: .byText) ?? true,
      byNumber: try container.decodeIfPresent(Bool.self, forKey: .byNumber) ?? true,
      byPosition: try container.decodeIfPresent(Bool.self, forKey: .byPosition) ?? false,
      minimumShare: try container.decodeIfPresent(Double.self, forKey: .minimumShare) ?? 0.6)
  }
}

extension Instrument.RatingScale: Decodable {
  enum Keys: String, CodingKey {
    case min, max
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Keys.self)
    self.init(
      min: try container.decodeIfPresent(Double.self, forKey: .min) ?? 1,
      max: try container.decodeIfPresent(Double.self, forKey: .max) ?? 10)
  }
}

extension Instrument.Item: Decodable {
  enum Keys: String, CodingKey {
    case id, number, text, aliases, type, reverse, choices, scale
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Keys.self)
    let number = try container.decodeIfPresent(Int.self, forKey: .number)
    let id = try container.decodeIfPresent(String.self, forKey: .id) ?? number.map { "q\($0)" }
    guard let id else {
      throw DecodingError.dataCorruptedError(
        forKey: .id, in: container, debugDescription: "у вопроса нет ни id, ни number")
    }
    self.init(
      id: id, number: number, text: try container.decodeIfPresent(String.self, forKey: .text),
      aliases: try container.decodeIfPresent([String].self, forKey: .aliases) ?? [],
      type: try container.decodeIfPresent(Instrument.AnswerType.self, forKey: .type) ?? .rating,
      reverse: try container.decodeIfPresent(Bool.self, forKey: .reverse) ?? false,
      choices: try container.decodeIfPresent([String: Double].self, forKey: .choices),
      scale: try container.decodeIfPresent(Instrument.RatingScale.self, forKey: .scale))
  }
}

extension Instrument.Score: Decodable {
  enum Keys: String, CodingKey {
    case id, title, factor, method, items, constant, plus, minus, key, levels, direction
    case defaultKey = "default_key"
    case minimumAnswered = "minimum_answered"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Keys.self)
    let id = try container.decode(String.self, forKey: .id)
    let method = try container.decodeIfPresent(Instrument.Method.self, forKey: .method) ?? .mean
    self.init(
      id: id, title: try container.decodeIfPresent(String.self, forKey: .title) ?? id,
      isFactor: try container.decodeIfPresent(Bool.self, forKey: .factor) ?? false, method: method,
      items: try Self.decodeItemList(container, .items) ?? [],
      constant: try container.decodeIfPresent(Double.self, forKey: .constant),
      plus: try Self.decodeItemList(container, .plus), minus: try Self.decodeItemList(container, .minus),
      key: try container.decodeIfPresent([String: String].self, forKey: .key),
      defaultKey: try container.decodeIfPresent(String.self, forKey: .defaultKey),
      minimumAnswered: try container.decodeIfPresent(Double.self, forKey: .minimumAnswered)
        ?? (method == .keyedPercent ? 0.9 : 0.5),
      levels: try container.decodeIfPresent([Instrument.Level].self, forKey: .levels) ?? [],
      direction: try container.decodeIfPresent(Instrument.Direction.self, forKey: .direction)
        ?? .higherIsBetter)
  }

  /// Item lists accept numbers, ids and ranges: `[2, 3, "46-58", comfort]`.
  static func decodeItemList(_ container: KeyedDecodingContainer<Keys>, _ key: Keys) throws -> [String]? {
    guard container.contains(key) else { return nil }
    var list = try container.nestedUnkeyedContainer(forKey: key)
    var result: [String] = []
    while !list.isAtEnd {
      if let number = try? list.decode(Int.self) {
        result.append(String(number))
        continue
      }
      let text = try list.decode(String.self)
      let bounds = text.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
      if bounds.count == 2, let low = bounds[0], let high = bounds[1], low <= high {
        result += (low...high).map(String.init)
      } else {
        result.append(text)
      }
    }
    return result
  }
}

extension Instrument.Level: Decodable {
  enum Keys: String, CodingKey {
    case label, below, elevated
    case upTo = "up_to"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Keys.self)
    let below = try container.decodeIfPresent(Double.self, forKey: .below)
    let upTo = try container.decodeIfPresent(Double.self, forKey: .upTo)
    self.init(
      label: try container.decode(String.self, forKey: .label), upperBound: below ?? upTo,
      inclusive: upTo != nil,
      elevated: try container.decodeIfPresent(Bool.self, forKey: .elevated) ?? false)
  }
}
