import GRDB

/// The first schema: one STRICT table per record kind, every row keyed by
/// `academic_year`, which references `year_info`.
enum SchemaV1 {
  /// Creates the tables and indexes, and marks the file as a warehouse.
  static func migrate(_ db: Database) throws {
    try db.execute(sql: "PRAGMA application_id = \(Schema.applicationID)")
    try db.execute(sql: tables + indexes)
  }

  /// The `academic_year` column of a year-scoped table.
  private static let yearColumn =
    "academic_year TEXT NOT NULL REFERENCES year_info(academic_year)"

  /// The CREATE TABLE statements.
  private static let tables = """
    CREATE TABLE year_info (
      academic_year TEXT NOT NULL PRIMARY KEY,
      school TEXT NOT NULL,
      programme_start TEXT NOT NULL,
      programme_end TEXT NOT NULL,
      config_sha256 TEXT NOT NULL,
      tool_version TEXT NOT NULL
    ) STRICT;
    CREATE TABLE files (
      \(yearColumn),
      file_index INTEGER NOT NULL,
      path TEXT NOT NULL,
      dataset TEXT,
      encoding TEXT NOT NULL,
      delimiter TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      rows_read INTEGER NOT NULL,
      rows_used INTEGER NOT NULL,
      rows_rejected INTEGER NOT NULL,
      cells_rejected INTEGER NOT NULL,
      blank_rows INTEGER NOT NULL,
      PRIMARY KEY (academic_year, file_index)
    ) STRICT;
    CREATE TABLE persons (
      \(yearColumn),
      person_id INTEGER NOT NULL,
      display_name TEXT NOT NULL,
      class_name TEXT,
      grade INTEGER,
      student_id TEXT,
      birth_date TEXT,
      sex TEXT,
      in_students INTEGER NOT NULL CHECK (in_students IN (0, 1)),
      first_file_index INTEGER NOT NULL,
      PRIMARY KEY (academic_year, person_id)
    ) STRICT;
    CREATE TABLE matches (
      \(yearColumn),
      file_index INTEGER NOT NULL,
      line INTEGER NOT NULL,
      person_id INTEGER,
      rule INTEGER,
      raw_name TEXT NOT NULL,
      raw_class TEXT,
      status TEXT NOT NULL,
      candidates TEXT
    ) STRICT;
    CREATE TABLE roles (
      \(yearColumn),
      person_id INTEGER NOT NULL,
      role TEXT NOT NULL,
      category TEXT,
      special_needs INTEGER CHECK (special_needs IN (0, 1)),
      newcomer INTEGER CHECK (newcomer IN (0, 1)),
      file_index INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE pairs (
      \(yearColumn),
      pair_key TEXT NOT NULL,
      mentor_id INTEGER NOT NULL,
      model TEXT NOT NULL,
      model_raw TEXT,
      status TEXT,
      start_date TEXT,
      end_date TEXT,
      file_index INTEGER NOT NULL,
      PRIMARY KEY (academic_year, pair_key)
    ) STRICT;
    CREATE TABLE pair_members (
      \(yearColumn),
      pair_key TEXT NOT NULL,
      mentee_id INTEGER NOT NULL,
      PRIMARY KEY (academic_year, pair_key, mentee_id)
    ) STRICT;
    CREATE TABLE grade_cells (
      \(yearColumn),
      person_id INTEGER NOT NULL,
      subject TEXT NOT NULL,
      period_kind TEXT NOT NULL,
      period_index INTEGER NOT NULL,
      numeric_count INTEGER NOT NULL,
      numeric_sum REAL NOT NULL,
      n1 INTEGER NOT NULL,
      n2 INTEGER NOT NULL,
      n3 INTEGER NOT NULL,
      n4 INTEGER NOT NULL,
      n5 INTEGER NOT NULL,
      not_attested INTEGER NOT NULL,
      exempt INTEGER NOT NULL,
      passed INTEGER NOT NULL,
      failed INTEGER NOT NULL,
      PRIMARY KEY (academic_year, person_id, subject, period_kind, period_index)
    ) STRICT;
    CREATE TABLE survey_answers (
      \(yearColumn),
      file_index INTEGER NOT NULL,
      line INTEGER NOT NULL,
      person_id INTEGER,
      role TEXT,
      wave TEXT,
      submitted_at TEXT,
      column_index INTEGER NOT NULL,
      header TEXT NOT NULL,
      value TEXT NOT NULL
    ) STRICT;
    CREATE TABLE clubs (
      \(yearColumn),
      person_id INTEGER NOT NULL,
      club TEXT NOT NULL,
      month INTEGER NOT NULL,
      period_label TEXT NOT NULL,
      attended INTEGER,
      held INTEGER,
      file_index INTEGER NOT NULL,
      line INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE registries (
      \(yearColumn),
      person_id INTEGER NOT NULL,
      registry_type TEXT NOT NULL,
      date_on TEXT NOT NULL,
      date_off TEXT,
      file_index INTEGER NOT NULL,
      line INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE meetings (
      \(yearColumn),
      pair_key TEXT NOT NULL,
      date TEXT,
      meeting_type TEXT NOT NULL,
      duration_minutes INTEGER,
      format TEXT,
      file_index INTEGER NOT NULL,
      line INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE rejects (
      \(yearColumn),
      file_index INTEGER NOT NULL,
      path TEXT NOT NULL,
      line INTEGER,
      column_name TEXT,
      value TEXT,
      reason TEXT NOT NULL,
      fix TEXT NOT NULL,
      cell_level INTEGER NOT NULL CHECK (cell_level IN (0, 1))
    ) STRICT;

    """

  /// The indexes for the indicator queries. Every index leads with `academic_year`, so
  /// deleting a year and checking its foreign keys never scans a table.
  private static let indexes = """
    CREATE INDEX matches_by_person ON matches (academic_year, person_id);
    CREATE INDEX roles_by_person ON roles (academic_year, person_id);
    CREATE INDEX pairs_by_mentor ON pairs (academic_year, mentor_id);
    CREATE INDEX pair_members_by_mentee ON pair_members (academic_year, mentee_id);
    CREATE INDEX survey_answers_by_person ON survey_answers (academic_year, person_id);
    CREATE INDEX clubs_by_person ON clubs (academic_year, person_id);
    CREATE INDEX registries_by_person ON registries (academic_year, person_id);
    CREATE INDEX meetings_by_pair ON meetings (academic_year, pair_key);
    CREATE INDEX rejects_by_file ON rejects (academic_year, file_index);
    """
}
