extension Warehouse {
  /// One meeting of a pair.
  ///
  /// Stored in the `meetings` table, in insertion order.
  public struct MeetingRow: Sendable, Equatable, Hashable, Codable {
    /// The pair's key.
    public var pairKey: String
    /// The meeting's date, ISO `yyyy-MM-dd`, when given.
    public var date: String?
    /// `"знакомство"`, `"пробная"`, `"планирование"`, `"рабочая"`, `"итоговая"` or `"другое"`.
    public var meetingType: String
    /// The duration in minutes, when given.
    public var durationMinutes: Int?
    /// The format (e.g. in person or online), when given.
    public var format: String?
    /// The index of the file the row came from.
    public var fileIndex: Int
    /// The line of that file.
    public var line: Int

    /// Creates a meeting row.
    public init(
      pairKey: String,
      date: String? = nil,
      meetingType: String,
      durationMinutes: Int? = nil,
      format: String? = nil,
      fileIndex: Int,
      line: Int
    ) {
      self.pairKey = pairKey
      self.date = date
      self.meetingType = meetingType
      self.durationMinutes = durationMinutes
      self.format = format
      self.fileIndex = fileIndex
      self.line = line
    }

    /// The column names, which are also the coding keys, in storage order.
    enum CodingKeys: String, CodingKey, CaseIterable {
      case pairKey = "pair_key"
      case date
      case meetingType = "meeting_type"
      case durationMinutes = "duration_minutes"
      case format
      case fileIndex = "file_index"
      case line
    }
  }
}
