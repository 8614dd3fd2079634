extension Warehouse {
  /// One person known in the year: a student, a mentor or a mentee.
  ///
  /// Stored in the `persons` table, keyed by (`academic_year`, ``personID``).
  public struct PersonRow: Sendable, Equatable, Hashable, Codable {
    /// The person's identifier within the year.
    public var personID: Int
    /// The name shown in reports.
    public var displayName: String
    /// The class, e.g. `"7А"`, when known.
    public var className: String?
    /// The grade (year of study), when known.
    public var grade: Int?
    /// The school's own student identifier, when given.
    public var studentID: String?
    /// The birth date, ISO `yyyy-MM-dd`, when given.
    public var birthDate: String?
    /// The sex as given in the roster, when given.
    public var sex: String?
    /// Whether the person is listed in the roster (students) file.
    public var inStudents: Bool
    /// The index of the first file the person was found in.
    public var firstFileIndex: Int

    /// Creates a person row.
    public init(
      personID: Int,
      displayName: String,
      className: String? = nil,
      grade: Int? = nil,
      studentID: String? = nil,
      birthDate: String? = nil,
      sex: String? = nil,
      inStudents: Bool,
      firstFileIndex: Int
    ) {
      self.personID = personID
      self.displayName = displayName
      self.className = className
      self.grade = grade
      self.studentID = studentID
      self.birthDate = birthDate
      self.sex = sex
      self.inStudents = inStudents
      self.firstFileIndex = firstFileIndex
    }

    /// The column names, which are also the coding keys, in storage order.
    enum CodingKeys: String, CodingKey, CaseIterable {
      case personID = "person_id"
      case displayName = "display_name"
      case className = "class_name"
      case grade
      case studentID = "student_id"
      case birthDate = "birth_date"
      case sex
      case inStudents = "in_students"
      case firstFileIndex = "first_file_index"
    }
  }
}
