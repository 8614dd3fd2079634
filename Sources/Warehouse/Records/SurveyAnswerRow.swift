extension Warehouse {
  /// One answer (one cell) of a survey response.
  ///
  /// Stored in the `survey_answers` table, in insertion order.
  public struct SurveyAnswerRow: Sendable, Equatable, Hashable, Codable {
    /// The index of the survey file.
    public var fileIndex: Int
    /// The line of the response in that file.
    public var line: Int
    /// The respondent, when identified.
    public var personID: Int?
    /// The respondent's role (`"mentor"` or `"mentee"`), when known.
    public var role: String?
    /// The survey wave, `"pre"` or `"post"`, when known.
    public var wave: String?
    /// When the response was submitted, ISO date-time, when given.
    public var submittedAt: String?
    /// The answer's column index in the file (0-based).
    public var columnIndex: Int
    /// The column's header, i.e. the question.
    public var header: String
    /// The answer as written.
    public var value: String

    /// Creates a survey answer row.
    public init(
      fileIndex: Int,
      line: Int,
      personID: Int? = nil,
      role: String? = nil,
      wave: String? = nil,
      submittedAt: String? = nil,
      columnIndex: Int,
      header: String,
      value: String
    ) {
      self.fileIndex = fileIndex
      self.line = line
      self.personID = personID
      self.role = role
      self.wave = wave
      self.submittedAt = submittedAt
      self.columnIndex = columnIndex
      self.header = header
      self.value = value
    }

    /// The column names, which are also the coding keys, in storage order.
    enum CodingKeys: String, CodingKey, CaseIterable {
      case fileIndex = "file_index"
      case line
      case personID = "person_id"
      case role
      case wave
      case submittedAt = "submitted_at"
      case columnIndex = "column_index"
      case header
      case value
    }
  }
}
