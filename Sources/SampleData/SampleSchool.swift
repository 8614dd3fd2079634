import MonitoringKit

/// A synthetic school: people, classes, pairs and their hidden traits, before any export.
///
/// Traits drive every file: ability drives marks, anxiety drives the Phillips answers, and the
/// programme moves mentees' ability and anxiety a little more than their classmates' — the
/// plausible effect the report should find.
public struct SampleSchool: Sendable {
  /// One student.
  public struct Student: Sendable {
    public var index: Int
    public var surname: String
    public var firstName: String
    public var patronymic: String
    public var isMale: Bool
    public var grade: Int
    public var letter: String
    public var birth: (year: Int, month: Int, day: Int)
    public var studentID: String
    /// Mean mark level, about 2.5…5.
    public var ability: Double
    /// Probability of an anxious answer, 0…1, at the start of the year.
    public var anxiety: Double
    public var role: Role?
    /// Category for mentees: пассивный/активный.
    public var category: String?
    public var specialNeeds: Bool
    public var newcomer: Bool

    public enum Role: Sendable { case mentor, mentee }

    /// «Иванов Пётр Сергеевич».
    public var fullName: String { "\(surname) \(firstName) \(patronymic)" }
    /// «7А».
    public var className: String { "\(grade)\(letter)" }
  }

  /// One pair or group.
  public struct Pair: Sendable {
    public var number: Int
    public var mentor: Int
    public var mentees: [Int]
    public var model: String
    public var status: String
    public var startDay: Int
    /// Whether the pair went through the whole meeting cycle.
    public var fullCycle: Bool
  }

  public var options: SampleOptions
  public var students: [Student]
  public var pairs: [Pair]
  /// Subjects by grade.
  public var subjects: [Int: [String]]

  /// The four interaction models of the programme.
  public static let models = [
    "успевающий – неуспевающий", "лидер – пассивный", "равный – равному", "адаптированный – неадаптированный",
  ]

  /// Mentees' gain in mean mark over the year, and their classmates'.
  static let menteeGain = 0.35
  static let classmateGain = 0.03
}
