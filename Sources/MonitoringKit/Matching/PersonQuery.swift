/// A person as one data row names them, to be resolved against the roster.
public struct PersonQuery: Hashable, Sendable {
  /// The student identifier in the row, when the file has one.
  public let studentID: String?
  /// The name in the row.
  public let name: PersonName
  /// The class in the row, when the file has one.
  public let schoolClass: SchoolClass?

  /// Creates a query.
  public init(studentID: String? = nil, name: PersonName, schoolClass: SchoolClass?) {
    self.studentID = studentID
    self.name = name
    self.schoolClass = schoolClass
  }
}
