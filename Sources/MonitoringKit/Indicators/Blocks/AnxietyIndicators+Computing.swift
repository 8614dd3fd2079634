extension AnxietyIndicators {
  /// Computes the block from the scored responses of the configured instrument.
  ///
  /// Decisions where the specification is silent:
  /// - The headline score is `settings.anxietyScore`, else the first score that is not a factor.
  /// - A mentee is paired with a valid headline score in both waves; factors are averaged over
  ///   the paired mentees whose factor is valid in both waves (`n` per factor).
  /// - The comparison group is every matched respondent who is neither mentee nor mentor and
  ///   has a valid score in both waves; it is shown from 6 persons.
  /// - McNemar runs over the paired mentees (its `n`), with b = normalized, c = worsened.
  public static func compute(
    responses: [ScoredResponse], instruments: [Instrument], populations: Populations,
    settings: IndicatorSettings
  ) -> AnxietyIndicators {
    var block = AnxietyIndicators(
      instrument: settings.anxietyInstrument, score: nil, reason: nil, lowerIsBetter: true, menteesPaired: 0,
      levelsBefore: [], levelsAfter: [], elevatedBefore: 0, elevatedAfter: 0, normalized: 0, worsened: 0,
      mcnemar: .unavailable(reason: "no_data"), wilcoxon: .unavailable(reason: "no_data"),
      ttest: .unavailable(reason: "no_data"), factors: [], comparison: .failure(.noData))
    guard let instrument = instruments.first(where: { $0.id == settings.anxietyInstrument }) else {
      block.reason = .instrumentMissing
      return block.withReasons("instrument_missing")
    }
    guard let headline = headline(of: instrument, settings: settings) else {
      block.reason = .noData
      return block.withReasons("no_data")
    }
    block.score = headline.id
    block.lowerIsBetter = headline.direction == .lowerIsBetter
    let waves = PairedWaves(responses: responses.filter { $0.instrumentID == instrument.id })
    let paired = waves.paired(scoreID: headline.id, among: populations.mentees)
    let n = paired.count
    block.menteesPaired = n
    let before = paired.map { $0.pre.score(headline.id)!.value! }
    let after = paired.map { $0.post.score(headline.id)!.value! }
    block.meanBefore = Numbers.mean(before)
    block.meanAfter = Numbers.mean(after)
    block.meanChange = Numbers.mean(zip(after, before).map { $0 - $1 })
    func levels(_ results: [ScoreResult]) -> [(String, Int)] {
      var order: [String] = []
      for level in headline.levels where !order.contains(level.label) { order.append(level.label) }
      return order.map { label in (label, results.filter { $0.level == label }.count) }
    }
    let pre = paired.map { $0.pre.score(headline.id)! }
    let post = paired.map { $0.post.score(headline.id)! }
    block.levelsBefore = levels(pre)
    block.levelsAfter = levels(post)
    block.elevatedBefore = pre.filter { $0.elevated == true }.count
    block.elevatedAfter = post.filter { $0.elevated == true }.count
    block.normalized = zip(pre, post).filter { $0.elevated == true && $1.elevated != true }.count
    block.worsened = zip(pre, post).filter { $0.elevated != true && $1.elevated == true }.count
    if n > 0 {
      block.mcnemar =
        headline.levels.contains(where: \.elevated)
        ? IndicatorTests.mcnemar(n: n, b: block.normalized, c: block.worsened)
        : .unavailable(reason: "no_levels")
      block.wilcoxon = IndicatorTests.wilcoxon(after: after, before: before)
      block.ttest = IndicatorTests.ttest(after: after, before: before)
    }
    block.factors = instrument.scores.filter(\.isFactor).map { factor in
      let both = waves.paired(scoreID: factor.id, among: Set(paired.compactMap(\.pre.respondent.person)))
      return FactorRow(
        id: factor.id, title: factor.title, n: both.count,
        meanBefore: Numbers.mean(both.map { $0.pre.score(factor.id)!.value! }),
        meanAfter: Numbers.mean(both.map { $0.post.score(factor.id)!.value! }))
    }
    let others = Set(waves.pre.keys).subtracting(populations.participants)
    let group = waves.paired(scoreID: headline.id, among: others)
    block.comparison = ComparisonGroup.compute(
      menteeChanges: zip(after, before).map { $0 - $1 },
      groupBefore: group.map { $0.pre.score(headline.id)!.value! },
      groupAfter: group.map { $0.post.score(headline.id)!.value! })
    return block
  }

  /// The block with every test unavailable for `reason`.
  func withReasons(_ reason: String) -> AnxietyIndicators {
    var copy = self
    copy.mcnemar = .unavailable(reason: reason)
    copy.wilcoxon = .unavailable(reason: reason)
    copy.ttest = .unavailable(reason: reason)
    copy.comparison = .failure(IndicatorReason(rawValue: reason) ?? .noData)
    return copy
  }
}

/// One instrument's matched responses by wave and person.
struct PairedWaves {
  var pre: [PersonID: ScoredResponse] = [:]
  var post: [PersonID: ScoredResponse] = [:]

  init(responses: [ScoredResponse]) {
    for response in responses {
      guard let person = response.respondent.person else { continue }
      switch response.wave {
      case .pre: pre[person] = response
      case .post: post[person] = response
      case nil: continue
      }
    }
  }

  /// Persons of `group` with a valid `scoreID` in both waves, in id order.
  func paired(scoreID: String, among group: Set<PersonID>) -> [(pre: ScoredResponse, post: ScoredResponse)] {
    group.sorted().compactMap { person in
      guard let first = pre[person], let last = post[person], first.score(scoreID)?.isValid == true,
        last.score(scoreID)?.isValid == true
      else { return nil }
      return (first, last)
    }
  }
}
