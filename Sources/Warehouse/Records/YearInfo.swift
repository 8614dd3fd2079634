extension Warehouse {
  /// The header row of one stored academic year: where it came from and what produced it.
  ///
  /// Stored in the `year_info` table, keyed by ``academicYear``; every other table's rows
  /// belong to exactly one `YearInfo`.
  public struct YearInfo: Sendable, Equatable, Hashable, Codable {
    /// The academic year, `"YYYY/YYYY"` with consecutive years, e.g. `"2025/2026"`.
    public var academicYear: String
    /// The school's name as configured.
    public var school: String
    /// The first day of the mentoring programme, ISO `yyyy-MM-dd`.
    public var programmeStart: String
    /// The last day of the mentoring programme, ISO `yyyy-MM-dd`.
    public var programmeEnd: String
    /// The SHA-256 (lowercase hex) of the configuration the year was built with.
    public var configSHA256: String
    /// The version of the tool that wrote the year.
    public var toolVersion: String

    /// Creates a year header.
    public init(
      academicYear: String,
      school: String,
      programmeStart: String,
      programmeEnd: String,
      configSHA256: String,
      toolVersion: String
    ) {
      self.academicYear = academicYear
      self.school = school
      self.programmeStart = programmeStart
      self.programmeEnd = programmeEnd
      self.configSHA256 = configSHA256
      self.toolVersion = toolVersion
    }

    /// The column names, which are also the coding keys.
    enum CodingKeys: String, CodingKey, CaseIterable {
      case academicYear = "academic_year"
      case school
      case programmeStart = "programme_start"
      case programmeEnd = "programme_end"
      case configSHA256 = "config_sha256"
      case toolVersion = "tool_version"
    }
  }
}
