/// One person of the roster (students ∪ participants ∪ pairs) as the matcher sees them.
public struct RosterPerson: Hashable, Sendable {
  /// The person's identity.
  public let id: PersonID
  /// The student identifier from the export (код, № личного дела), when known.
  public let studentID: String?
  /// The name.
  public let name: PersonName
  /// The class, when known.
  public let schoolClass: SchoolClass?

  /// Creates a roster entry.
  public init(id: PersonID, studentID: String? = nil, name: PersonName, schoolClass: SchoolClass?) {
    self.id = id
    self.studentID = studentID
    self.name = name
    self.schoolClass = schoolClass
  }
}
