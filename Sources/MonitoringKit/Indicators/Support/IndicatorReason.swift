/// Why an indicator is `null` in `indicators.json` (written as its `reason`).
public enum IndicatorReason: String, Error, Sendable, Equatable {
  /// Nothing to compute from.
  case noData = "no_data"
  /// Too few observations (a test or a comparison group below 6).
  case insufficientN = "insufficient_n"
  /// The school roster (`students`) is missing.
  case rosterMissing = "roster_missing"
  /// No discordant pairs or no differences.
  case noChange = "no_change"
  /// A spread of zero.
  case noVariance = "no_variance"
  /// No earlier year in the warehouse.
  case noHistory = "no_history"
  /// The configured instrument is not among the instruments.
  case instrumentMissing = "instrument_missing"
}
