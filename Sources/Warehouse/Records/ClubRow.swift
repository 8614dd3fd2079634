extension Warehouse {
  /// One person's attendance of one club in one academic month.
  ///
  /// Stored in the `clubs` table, in insertion order.
  public struct ClubRow: Sendable, Equatable, Hashable, Codable {
    /// The attending person.
    public var personID: Int
    /// The club's name.
    public var club: String
    /// The academic month, 1…12 with September = 1.
    public var month: Int
    /// The period as labelled in the file.
    public var periodLabel: String
    /// How many sessions the person attended, when given.
    public var attended: Int?
    /// How many sessions were held, when given.
    public var held: Int?
    /// The index of the file the row came from.
    public var fileIndex: Int
    /// The line of that file.
    public var line: Int

    /// Creates a club row.
    public init(
      personID: Int,
      club: String,
      month: Int,
      periodLabel: String,
      attended: Int? = nil,
      held: Int? = nil,
      fileIndex: Int,
      line: Int
    ) {
      self.personID = personID
      self.club = club
      self.month = month
      self.periodLabel = periodLabel
      self.attended = attended
      self.held = held
      self.fileIndex = fileIndex
      self.line = line
    }

    /// The column names, which are also the coding keys, in storage order.
    enum CodingKeys: String, CodingKey, CaseIterable {
      case personID = "person_id"
      case club
      case month
      case periodLabel = "period_label"
      case attended
      case held
      case fileIndex = "file_index"
      case line
    }
  }
}
