/// Each mentee's own before/after values, paired exactly as the grades and anxiety blocks pair
/// them (the report's histogram, per-class chart and pair cards use them; `indicators.json`
/// never does).
public struct MenteeValues: Sendable {
  /// A mentee's headline anxiety score in both waves, with the level names.
  public struct Anxiety: Sendable, Equatable {
    /// The score in the pre wave.
    public var before: Double
    /// The score in the post wave.
    public var after: Double
    /// The level of `before` («повышенная»), when the score has levels.
    public var levelBefore: String?
    /// The level of `after`.
    public var levelAfter: String?
  }

  /// Paired grades by mentee (only mentees the grades block pairs).
  public var grades: [PersonID: PairedGrades]
  /// Paired anxiety by mentee (only mentees the anxiety block pairs).
  public var anxiety: [PersonID: Anxiety]

  /// The values of every mentee of `data`.
  ///
  /// - Parameters:
  ///   - responses: the scored responses, as `Indicators.compute` scores them.
  ///   - populations: the populations of `data`.
  public static func compute(
    data: NormalizedData, responses: [ScoredResponse], instruments: [Instrument], populations: Populations,
    settings: IndicatorSettings
  ) -> MenteeValues {
    var cellsByPerson: [PersonID: [GradeCell]] = [:]
    for cell in data.grades where populations.mentees.contains(cell.person) {
      cellsByPerson[cell.person, default: []].append(cell)
    }
    var grades: [PersonID: PairedGrades] = [:]
    for (person, cells) in cellsByPerson {
      let history = GradeHistory(cells: cells)
      grades[person] = history.paired(baseline: settings.gradesBaseline, final: settings.gradesFinal)
    }
    var anxiety: [PersonID: Anxiety] = [:]
    if let instrument = instruments.first(where: { $0.id == settings.anxietyInstrument }),
      let headline = AnxietyIndicators.headline(of: instrument, settings: settings)
    {
      let waves = PairedWaves(responses: responses.filter { $0.instrumentID == instrument.id })
      for pair in waves.paired(scoreID: headline.id, among: populations.mentees) {
        guard let person = pair.pre.respondent.person, let pre = pair.pre.score(headline.id),
          let post = pair.post.score(headline.id), let before = pre.value, let after = post.value
        else { continue }
        anxiety[person] = Anxiety(
          before: before, after: after, levelBefore: pre.level, levelAfter: post.level)
      }
    }
    return MenteeValues(grades: grades, anxiety: anxiety)
  }
}

extension AnxietyIndicators {
  /// The headline score: `settings.anxietyScore`, else the first score that is not a factor.
  public static func headline(of instrument: Instrument, settings: IndicatorSettings) -> Instrument.Score? {
    settings.anxietyScore.flatMap { id in instrument.scores.first { $0.id == id } }
      ?? instrument.scores.first(where: { !$0.isFactor })
  }
}

extension MeetingsIndicators {
  /// The meeting types a full cycle needs (пробная is optional).
  public static let fullCycleTypes: Set<MeetingType> = [.introduction, .planning, .working, .final]

  /// Whether a pair's meeting types make a full cycle.
  public static func isFullCycle(_ types: Set<MeetingType>) -> Bool {
    types.isSuperset(of: fullCycleTypes)
  }
}
