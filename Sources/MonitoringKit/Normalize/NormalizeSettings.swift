import TabularIO

/// Everything the normalize stage needs besides the files: resolved from the pipeline config.
public struct NormalizeSettings: Sendable {
  /// The academic year when known in advance (`--year` or the config); else inferred from dates.
  public var academicYear: AcademicYear?
  /// Programme dates when configured; else 1 September and 31 May of the year.
  public var programmeStart: SchoolDate?
  public var programmeEnd: SchoolDate?
  /// Header spellings.
  public var aliases: FieldAliases
  /// Per-file settings by path inside the input folder.
  public var files: [String: FileSettings]
  /// Instruments for recognising and splitting surveys.
  public var instruments: [Instrument]
  /// The curator's identity overrides.
  public var matchOverrides: [MatchOverride]
  /// How files are read (chunk size, field limit).
  public var readOptions: TableReadOptions
  /// The year to assume when neither the settings nor any dated row tell (the run's date).
  public var fallbackYear: AcademicYear

  /// Settings with every default.
  public init(
    academicYear: AcademicYear? = nil, programmeStart: SchoolDate? = nil, programmeEnd: SchoolDate? = nil,
    aliases: FieldAliases = .standard, files: [String: FileSettings] = [:], instruments: [Instrument] = [],
    matchOverrides: [MatchOverride] = [], readOptions: TableReadOptions = TableReadOptions(),
    fallbackYear: AcademicYear = AcademicYear(startYear: 2025)
  ) {
    self.fallbackYear = fallbackYear
    self.academicYear = academicYear
    self.programmeStart = programmeStart
    self.programmeEnd = programmeEnd
    self.aliases = aliases
    self.files = files
    self.instruments = instruments
    self.matchOverrides = matchOverrides
    self.readOptions = readOptions
  }
}

/// Settings for one file (from the config's `files:` globs).
public struct FileSettings: Sendable, Equatable {
  public var dataset: DatasetKind?
  public var encoding: TextEncoding?
  public var delimiter: UInt8?
  public var period: Period?
  public var wave: Wave?
  public var columns: [CanonicalField: String]
  public var skip: Bool

  public init(
    dataset: DatasetKind? = nil, encoding: TextEncoding? = nil, delimiter: UInt8? = nil,
    period: Period? = nil,
    wave: Wave? = nil, columns: [CanonicalField: String] = [:], skip: Bool = false
  ) {
    self.dataset = dataset
    self.encoding = encoding
    self.delimiter = delimiter
    self.period = period
    self.wave = wave
    self.columns = columns
    self.skip = skip
  }
}
