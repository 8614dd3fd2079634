/// A numbered section of the report.
public struct ReportSection: Sendable, Equatable {
  /// The anchor id (`grades`).
  public var id: String
  /// The heading («Успеваемость»).
  public var title: String
  /// The content; when empty the renderers print `emptyReason`.
  public var blocks: [ReportBlock]
  /// One line saying why the section has no data.
  public var emptyReason: String?

  /// A section.
  public init(id: String, title: String, blocks: [ReportBlock], emptyReason: String? = nil) {
    self.id = id
    self.title = title
    self.blocks = blocks
    self.emptyReason = emptyReason
  }
}
