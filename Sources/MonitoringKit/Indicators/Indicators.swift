/// Every indicator of indicators.md for one academic year, ready for `indicators.json`.
///
/// Built by ``Indicators/compute(data:instruments:settings:columnMatches:)``. Values are
/// unrounded; a value that cannot be computed is `null` with a `<key>_reason` sibling
/// (`no_data`, `insufficient_n`, `roster_missing`, `no_change`…). No names or person ids appear.
public struct Indicators: Sendable {
  /// `coverage` as indicators.md defines it.
  public var coverage: CoverageIndicators
  /// `grades` as indicators.md defines it.
  public var grades: GradesIndicators
  /// `anxiety` as indicators.md defines it.
  public var anxiety: AnxietyIndicators
  /// The mentees' satisfaction block.
  public var satisfactionMentees: SatisfactionIndicators
  /// The mentors' satisfaction block.
  public var satisfactionMentors: SatisfactionIndicators
  /// `clubs` as indicators.md defines it.
  public var clubs: ClubsIndicators
  /// `registry` as indicators.md defines it.
  public var registry: RegistryIndicators
  /// `meetings` as indicators.md defines it.
  public var meetings: MeetingsIndicators

  /// Computes every block, scoring the surveys first.
  ///
  /// - Parameters:
  ///   - data: the normalize stage's output.
  ///   - instruments: every instrument known (the pipeline's `instruments/*.yml`).
  ///   - settings: dates, periods, thresholds and instrument choices from the pipeline config.
  ///   - columnMatches: file index → instrument column matches, when the caller kept the
  ///     normalize stage's; otherwise recomputed from the files' headers.
  public static func compute(
    data: NormalizedData, instruments: [Instrument], settings: IndicatorSettings,
    columnMatches: [Int: [InstrumentMatcher.Match]]? = nil
  ) -> Indicators {
    let responses = ResponseScorer(instruments: instruments).responses(in: data, columnMatches: columnMatches)
    return compute(data: data, instruments: instruments, settings: settings, responses: responses)
  }

  /// Computes every block from surveys already scored (see ``SurveyScoring``).
  public static func compute(
    data: NormalizedData, instruments: [Instrument], settings: IndicatorSettings, responses: [ScoredResponse]
  ) -> Indicators {
    let populations = Populations(data: data)
    return Indicators(
      coverage: .compute(data: data, populations: populations, settings: settings),
      grades: .compute(data: data, populations: populations, settings: settings),
      anxiety: .compute(
        responses: responses, instruments: instruments, populations: populations, settings: settings),
      satisfactionMentees: .compute(
        role: .mentee, instrumentID: settings.menteeSatisfactionInstrument, responses: responses,
        instruments: instruments, populations: populations),
      satisfactionMentors: .compute(
        role: .mentor, instrumentID: settings.mentorSatisfactionInstrument, responses: responses,
        instruments: instruments, populations: populations),
      clubs: .compute(data: data, populations: populations, settings: settings),
      registry: .compute(data: data, populations: populations, settings: settings),
      meetings: .compute(data: data))
  }

  /// The verdicts of the headline blocks, in the order of indicators.md.
  public var verdicts: [(block: String, verdict: Verdict)] {
    [
      ("grades", .grades(grades)), ("anxiety", .anxiety(anxiety)),
      ("satisfaction", .satisfaction(mentees: satisfactionMentees, mentors: satisfactionMentors)),
      ("clubs", .clubs(clubs)), ("registry", .registry(registry)),
    ]
  }

  /// The indicators as `indicators.json` writes them (without `data_quality`, which the caller
  /// adds from the file accounts): coverage, grades, anxiety, satisfaction {mentees, mentors},
  /// clubs, registry, meetings, verdicts {block: {direction, significant, text_ru}}.
  public func json() -> JSONValue {
    .object([
      ("coverage", coverage.json()), ("grades", grades.json()), ("anxiety", anxiety.json()),
      (
        "satisfaction",
        .object([("mentees", satisfactionMentees.json()), ("mentors", satisfactionMentors.json())])
      ),
      ("clubs", clubs.json()), ("registry", registry.json()), ("meetings", meetings.json()),
      ("verdicts", .object(verdicts.map { ($0.block, $0.verdict.json()) })),
    ])
  }
}
