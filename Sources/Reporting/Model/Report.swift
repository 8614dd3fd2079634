/// The report model: one value rendered twice (HTML and Markdown), so the two never disagree.
public struct Report: Sendable, Equatable {
  /// The title line.
  public var title: String
  /// The school's name, when configured.
  public var school: String?
  /// «2025/2026».
  public var academicYear: String
  /// Lines under the title (programme dates, generated date, audience).
  public var subtitle: [String]
  /// The running header of printed pages («Школа · 2025/2026»).
  public var runningHeader: String
  /// Who the report is for.
  public var privacy: ReportPrivacy
  /// The sections in order.
  public var sections: [ReportSection]

  /// A report.
  public init(
    title: String, school: String?, academicYear: String, subtitle: [String], runningHeader: String,
    privacy: ReportPrivacy, sections: [ReportSection]
  ) {
    self.title = title
    self.school = school
    self.academicYear = academicYear
    self.subtitle = subtitle
    self.runningHeader = runningHeader
    self.privacy = privacy
    self.sections = sections
  }
}
