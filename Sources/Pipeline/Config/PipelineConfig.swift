import MonitoringKit

/// The school's settings for a run, as written in `pipelines/year-end.yml`.
///
/// Every field is optional: an absent or empty file gives a working run. `ResolvedConfig`
/// applies the defaults.
public struct PipelineConfig: Sendable, Equatable, Codable {
  /// The school's name as it should appear on the report.
  public var school: String?
  /// «2025/2026»; else the command line, else the dates in the data.
  public var academicYear: AcademicYear?
  /// Programme dates (default 1 September – 31 May).
  public var programme: Programme?
  /// The folder with the exports (default `surveys`).
  public var input: String?
  /// The curator's identity overrides (default `pipelines/matches.csv`).
  public var matches: String?
  /// The folder with instrument files (default `pipelines/instruments`).
  public var instruments: String?
  /// Per-file settings, matched by glob on the path inside the input folder.
  public var files: [FileOverride]?
  /// Grade indicator settings.
  public var grades: Grades?
  /// Club indicator settings.
  public var clubs: Clubs?
  /// Which instrument measures anxiety (default `phillips`).
  public var anxiety: Anxiety?
  /// Which instruments measure satisfaction.
  public var satisfaction: Satisfaction?

  enum CodingKeys: String, CodingKey {
    case school, programme, input, matches, instruments, files, grades, clubs, anxiety, satisfaction
    case academicYear = "academic_year"
  }

  /// An empty configuration (every default).
  public init() {}

  /// Programme dates as text (`2025-09-01` or `01.09.2025`).
  public struct Programme: Sendable, Equatable, Codable {
    public var start: String?
    public var end: String?
  }

  /// Settings for files whose path matches `glob`.
  public struct FileOverride: Sendable, Equatable, Codable {
    /// A shell pattern on the path inside the input folder (`*`, `?`, `[…]`), e.g. `"оценки*"`.
    public var glob: String
    /// Forces the dataset (`students`, `participants`, `pairs`, `grades-long`, `grades-wide`,
    /// `survey`, `clubs`, `registry`, `meetings`).
    public var dataset: DatasetKind?
    /// Forces the encoding (`utf-8`, `windows-1251`, `koi8-r`, `utf-16le`, `utf-16be`).
    public var encoding: String?
    /// Forces the delimiter (`;`, `,`, `tab`, `|`).
    public var delimiter: String?
    /// The period of a grades file without a period column («1 четверть», «год»).
    public var period: String?
    /// The wave of a survey file without a wave column (`pre`, `post`).
    public var wave: Instrument.Wave?
    /// Header spellings for canonical fields in this file: `{full_name: "Ученик"}`.
    public var columns: [String: String]?
    /// Skip this file entirely (listed as skipped).
    public var skip: Bool?
  }

  /// Grade settings.
  public struct Grades: Sendable, Equatable, Codable {
    /// Baseline period («1 четверть»); default: period 1 of the person's period kind.
    public var baseline: String?
    /// Final period («год»); default: «год» when present, else the last period.
    public var final: String?
    /// Minimum change of the mean mark that counts as improvement (default 0.1).
    public var threshold: Double?
  }

  /// Club settings.
  public struct Clubs: Sendable, Equatable, Codable {
    /// Baseline month or period label; default the earliest in the data.
    public var baseline: String?
    /// Final month or period label; default the latest in the data.
    public var final: String?
  }

  /// The anxiety instrument.
  public struct Anxiety: Sendable, Equatable, Codable {
    public var instrument: String?
    /// Which of its scores is the headline (default the first non-factor score).
    public var score: String?
  }

  /// The satisfaction instruments per role.
  public struct Satisfaction: Sendable, Equatable, Codable {
    public var mentees: String?
    public var mentors: String?
  }
}
