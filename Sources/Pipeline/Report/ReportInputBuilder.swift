import MonitoringKit
import Reporting

/// Assembles the renderer's `ReportInput`: `indicators.json` plus the person-level details it
/// deliberately leaves out, taken from the same normalized data and computed by the same
/// functions the indicators use.
///
/// Everything is ordered deterministically (person ids, file order, lines), so the same
/// warehouse gives the same input byte for byte.
public struct ReportInputBuilder: Sendable {
  /// The year's normalized data (from the warehouse or from the run in memory).
  public var data: NormalizedData
  /// The configuration the indicators were computed with.
  public var config: ResolvedConfig
  /// The indicator settings of that configuration.
  var settings: IndicatorSettings
  /// The message catalog of the run's language.
  var catalog: Catalog

  /// A builder for `data` under `config`.
  public init(data: NormalizedData, config: ResolvedConfig) {
    self.data = data
    self.config = config
    self.settings = ComputeStage.indicatorSettings(
      config, year: data.academicYear, previousRegistryOnEnd: nil)
    self.catalog = Catalog(language: config.options.language)
  }

  /// The input for the renderer; `generatedOn` is the ISO date shown on the title page.
  /// `scoring` is the compute stage's when the caller kept it (`run`), else scored here.
  public func build(indicators: JSONValue, generatedOn: String, scoring: SurveyScoring? = nil) -> ReportInput
  {
    let populations = Populations(data: data)
    let scoring = scoring ?? SurveyScoring(data: data, instruments: config.instruments)
    let matches = scoring.columnMatches
    let responses = scoring.responses
    let values = MenteeValues.compute(
      data: data, responses: responses, instruments: config.instruments, populations: populations,
      settings: settings)
    let quality = DataQuality(data)
    return ReportInput(
      indicators: indicators, generatedOn: generatedOn,
      mentees: populations.mentees.sorted().map { outcome(of: $0, values: values, populations: populations) },
      pairs: pairCards(values: values, populations: populations),
      unmatched: quality.unmatched.map(unmatchedIssue), ambiguous: quality.ambiguous.map(ambiguousIssue),
      fuzzy: quality.fuzzy.map(fuzzyIssue), rejectReasons: rejectReasons(quality),
      freeText: freeText(matches: matches), instruments: instrumentSummaries(matches: matches))
  }

  /// One mentee's values as the grades and anxiety blocks pair them.
  func outcome(of person: PersonID, values: MenteeValues, populations: Populations) -> MenteeOutcome {
    let grades = values.grades[person]
    let anxiety = values.anxiety[person]
    return MenteeOutcome(
      schoolClass: populations.persons[person]?.schoolClass?.description, gradeBefore: grades?.before,
      gradeAfter: grades?.after, anxietyBefore: anxiety?.before, anxietyAfter: anxiety?.after,
      anxietyLevelBefore: anxiety?.levelBefore, anxietyLevelAfter: anxiety?.levelAfter)
  }

  /// One card per pair with at least one mentee, in the pairs file's order.
  func pairCards(values: MenteeValues, populations: Populations) -> [PairCard] {
    var meetings: [String: Int] = [:]
    var types: [String: Set<MeetingType>] = [:]
    for meeting in data.meetings {
      meetings[meeting.pairKey, default: 0] += 1
      if let type = meeting.type { types[meeting.pairKey, default: []].insert(type) }
    }
    return data.pairs.filter { !$0.mentees.isEmpty }.map { pair in
      PairCard(
        key: pair.key, mentor: shortName(pair.mentor, populations),
        mentorClass: populations.persons[pair.mentor]?.schoolClass?.description,
        mentees: pair.mentees.map { mentee in
          PairCard.Mentee(
            name: shortName(mentee, populations),
            outcome: outcome(of: mentee, values: values, populations: populations))
        }, model: pair.model?.label ?? pair.modelRaw, status: pair.status?.label,
        meetings: meetings[pair.key] ?? 0,
        fullCycle: MeetingsIndicators.isFullCycle(types[pair.key] ?? []))
    }
  }

  /// «Фамилия Имя» (the patronymic left out, as a card needs no more).
  func shortName(_ person: PersonID, _ populations: Populations) -> String {
    guard let name = populations.persons[person]?.name else { return "—" }
    return [name.surname.display, name.firstName?.display].compactMap { $0 }.joined(separator: " ")
  }

  /// Reject reasons, most frequent first, with the catalog's meaning and fix.
  func rejectReasons(_ quality: DataQuality) -> [RejectReasonSummary] {
    quality.rejectsByReason.map { reason, count in
      RejectReasonSummary(
        code: reason.rawValue, count: count, text: catalog.meaning(reason), fix: catalog.fix(reason))
    }
  }
}
