extension SatisfactionIndicators {
  /// Computes one role's block from the scored responses of its instrument.
  ///
  /// Decisions where the specification is silent:
  /// - The personal index is the instrument's first non-factor score (the default questionnaires
  ///   define it as the mean of the answered rating items, valid with ≥ half answered); an
  ///   instrument without scores falls back to exactly that.
  /// - Post responses are those of the post wave; a response with no settled wave counts as
  ///   post when the instrument's `defaultWave` is post or it is used in the post wave only.
  /// - A matched respondent counts for the role when the person has it (mentees: M; mentors:
  ///   R); anonymous respondents count in `respondents`, `index`, shares and items but not in
  ///   `response_rate`. Matched respondents outside the role are left out.
  /// - `continue_share` and `become_mentor_share` use the items with ids `continue` and
  ///   `become_mentor`, over every post response that answered them.
  /// - Item counts use the answer as given (before reverse scoring), rounded to an integer.
  /// - Expectations pair matched persons who answered the item in both waves; the list is
  ///   `null` (`no_data`) when the instrument has no pre answers at all.
  public static func compute(
    role: Role, instrumentID: String, responses: [ScoredResponse], instruments: [Instrument],
    populations: Populations
  ) -> SatisfactionIndicators {
    let members = role == .mentee ? populations.mentees : populations.mentors
    var block = SatisfactionIndicators(
      role: role, instrument: instrumentID, reason: nil, participants: members.count, respondents: 0,
      matchedRespondents: 0, continueReason: .noData, becomeMentorReason: .noData, items: [],
      expectations: nil)
    guard let instrument = instruments.first(where: { $0.id == instrumentID }) else {
      block.reason = .instrumentMissing
      block.continueReason = .instrumentMissing
      block.becomeMentorReason = .instrumentMissing
      return block
    }
    let ratingIndices = instrument.items.indices.filter { instrument.items[$0].type == .rating }
    let headline =
      instrument.scores.first(where: { !$0.isFactor })
      ?? Instrument.Score(id: "index", title: "index", method: .mean, minimumAnswered: 0.5)
    let calculator = ScoreCalculator(instrument: instrument)
    let postOnly = instrument.defaultWave == .post || instrument.waves == [.post]
    let own = responses.filter { response in
      guard response.instrumentID == instrumentID else { return false }
      if let person = response.respondent.person { return members.contains(person) }
      return true
    }
    let post = own.filter { $0.wave == .post || ($0.wave == nil && postOnly) }
    let pre = own.filter { $0.wave == .pre }
    let indices = post.compactMap { calculator.score(headline, $0.answers).value }
    block.respondents = indices.count
    block.matchedRespondents =
      post.filter { $0.respondent.person != nil && calculator.score(headline, $0.answers).isValid }.count
    block.responseRate = Numbers.share(block.matchedRespondents, of: members.count)
    block.index = Numbers.mean(indices)
    if let index = block.index {
      block.indexLevel = ScoreCalculator.level(of: index, in: headline.levels)?.label
    }
    block.satisfiedShare = Numbers.share(indices.filter { $0 >= 8 }.count, of: indices.count)
    (block.continueShare, block.continueReason) = yesShare(itemID: "continue", instrument: instrument, post)
    (block.becomeMentorShare, block.becomeMentorReason) = yesShare(
      itemID: "become_mentor", instrument: instrument, post)
    block.items = ratingIndices.map { index in
      let item = instrument.items[index]
      let range = item.scale ?? instrument.scale
      let values = post.compactMap { response -> Double? in
        if case .number(let value) = response.answers[index] { return value }
        return nil
      }
      var counts: [String: Int] = [:]
      for value in values { counts[String(Int(value.rounded())), default: 0] += 1 }
      let order = Array(
        Int(range.min.rounded(.up))...max(Int(range.min.rounded(.up)), Int(range.max.rounded(.down)))
      )
      .map(String.init)
      return ItemRow(
        id: item.id, text: item.text, n: values.count, mean: Numbers.mean(values), counts: counts,
        order: order)
    }
    if !pre.isEmpty {
      let before = PairedWaves(responses: pre)
      let after = PairedWaves(responses: post)
      block.expectations = ratingIndices.compactMap { index in
        func number(_ response: ScoredResponse?) -> Double? {
          if case .number(let value) = response?.answers[index] { return value }
          return nil
        }
        guard pre.contains(where: { number($0) != nil }) else { return nil }
        let pairs = before.pre.keys.sorted().compactMap { person -> (Double, Double)? in
          guard let first = number(before.pre[person]), let last = number(after.post[person]) else {
            return nil
          }
          return (first, last)
        }
        return ExpectationRow(
          id: instrument.items[index].id, nPaired: pairs.count, meanPre: Numbers.mean(pairs.map(\.0)),
          meanPost: Numbers.mean(pairs.map(\.1)))
      }
    }
    return block
  }

  /// «да» ÷ answers of the yes/no item `itemID`, or why it is nil.
  static func yesShare(itemID: String, instrument: Instrument, _ responses: [ScoredResponse])
    -> (Double?, IndicatorReason)
  {
    guard let index = instrument.items.firstIndex(where: { $0.id == itemID }) else { return (nil, .noData) }
    var yes = 0
    var answered = 0
    for response in responses {
      if case .yesNo(let value) = response.answers[index] {
        answered += 1
        if value { yes += 1 }
      }
    }
    return (Numbers.share(yes, of: answered), .noData)
  }
}
