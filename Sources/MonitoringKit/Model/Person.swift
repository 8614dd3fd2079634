/// One person of the school as the pipeline resolved them across files.
public struct Person: Sendable, Equatable {
  public var id: PersonID
  public var name: PersonName
  public var schoolClass: SchoolClass?
  public var studentID: String?
  public var birthDate: SchoolDate?
  public var sex: Sex?
  /// Listed in the school roster (`students`).
  public var inStudents: Bool
  /// The file the person was first seen in.
  public var firstFile: Int

  /// Creates a person.
  public init(
    id: PersonID, name: PersonName, schoolClass: SchoolClass?, studentID: String? = nil,
    birthDate: SchoolDate? = nil,
    sex: Sex? = nil, inStudents: Bool, firstFile: Int
  ) {
    self.id = id
    self.name = name
    self.schoolClass = schoolClass
    self.studentID = studentID
    self.birthDate = birthDate
    self.sex = sex
    self.inStudents = inStudents
    self.firstFile = firstFile
  }
}

extension PersonName: Equatable {}
