import MonitoringKit

/// Everything the report is built from: the indicators plus the person-level details that
/// `indicators.json` deliberately leaves out (names for the internal report, per-mentee values).
public struct ReportInput: Sendable {
  /// `indicators.json` as written by compute (its `data_quality` holds no names).
  public var indicators: JSONValue
  /// The generation date, ISO `yyyy-MM-dd` (pinned by `--now` or `SOURCE_DATE_EPOCH`).
  public var generatedOn: String
  /// Per-mentee values (anonymous; the histogram and the per-class chart use them).
  public var mentees: [MenteeOutcome]
  /// One card per pair (internal report only).
  public var pairs: [PairCard]
  /// People found in a file but not in the roster (internal report only).
  public var unmatched: [PersonIssue]
  /// People with several candidates in the roster (internal report only).
  public var ambiguous: [PersonIssue]
  /// People matched by a rule other than an exact one (internal report only).
  public var fuzzy: [PersonIssue]
  /// Reject reasons, most frequent first, with the catalog's text and fix.
  public var rejectReasons: [RejectReasonSummary]
  /// A few free-text answers from the questionnaires (internal report only).
  public var freeText: [FreeTextAnswer]
  /// The instruments the indicators used, for the methodology.
  public var instruments: [InstrumentSummary]

  /// An input; the lists default to empty.
  public init(
    indicators: JSONValue, generatedOn: String, mentees: [MenteeOutcome] = [], pairs: [PairCard] = [],
    unmatched: [PersonIssue] = [], ambiguous: [PersonIssue] = [], fuzzy: [PersonIssue] = [],
    rejectReasons: [RejectReasonSummary] = [], freeText: [FreeTextAnswer] = [],
    instruments: [InstrumentSummary] = []
  ) {
    self.indicators = indicators
    self.generatedOn = generatedOn
    self.mentees = mentees
    self.pairs = pairs
    self.unmatched = unmatched
    self.ambiguous = ambiguous
    self.fuzzy = fuzzy
    self.rejectReasons = rejectReasons
    self.freeText = freeText
    self.instruments = instruments
  }
}
