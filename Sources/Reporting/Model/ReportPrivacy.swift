/// Who the report is for.
public enum ReportPrivacy: String, Sendable, Equatable {
  /// For the principal and the curator: names in the data-quality lists and the pair cards.
  case internalReport
  /// For the school website or the region: no names, no free text, small counts suppressed.
  case publicReport
}
