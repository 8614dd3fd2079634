import MonitoringKit

/// What `nastavnik sample-data` generates.
public struct SampleOptions: Sendable, Equatable {
  /// How marks are exported.
  public enum Marks: String, Sendable, CaseIterable {
    /// Period marks: a wide «ведомость» per quarter and a long file of year marks (workload W1).
    case period
    /// A journal export of every current mark with its date (workload W2).
    case current
  }

  /// Students in the school.
  public var students: Int
  /// The seed: the same seed gives the same bytes.
  public var seed: UInt64
  /// The kind of grade export.
  public var marks: Marks
  /// The academic year the exports belong to.
  public var academicYear: AcademicYear
  /// Rows of the journal of current marks (only for `.current`), spread over the students.
  public var journalRows: Int

  /// The bundled school: 1 000 students, seed 2025, period marks, 2025/2026.
  public init(
    students: Int = 1000, seed: UInt64 = 2025, marks: Marks = .period,
    academicYear: AcademicYear = AcademicYear(startYear: 2025), journalRows: Int = 5_000_000
  ) {
    self.students = students
    self.seed = seed
    self.marks = marks
    self.academicYear = academicYear
    self.journalRows = journalRows
  }
}
