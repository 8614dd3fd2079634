/// The populations of indicators.md: mentees, mentors, participants and the comparison group.
///
/// Decisions where the specification is silent:
/// - A person's class is the one the roster (or the first file) gave; the comparison group's
///   classes are the classes of mentees that have one.
/// - The comparison group takes persons in `students` or in `grades`; a person seen only in a
///   survey is not part of it (anxiety has its own comparison: non-participants with scores).
public struct Populations: Sendable, Equatable {
  /// Mentees M.
  public var mentees: Set<PersonID>
  /// Mentors R.
  public var mentors: Set<PersonID>
  /// The comparison group C.
  public var comparison: Set<PersonID>
  /// Persons by id.
  public var persons: [PersonID: Person]

  /// R ∪ M.
  public var participants: Set<PersonID> { mentees.union(mentors) }

  /// The populations of `data`.
  public init(data: NormalizedData) {
    var mentees: Set<PersonID> = []
    var mentors: Set<PersonID> = []
    for pair in data.pairs {
      mentors.insert(pair.mentor)
      mentees.formUnion(pair.mentees)
    }
    for role in data.roles {
      switch role.role {
      case .mentee: mentees.insert(role.person)
      case .mentor: mentors.insert(role.person)
      }
    }
    var persons: [PersonID: Person] = [:]
    for person in data.persons where persons[person.id] == nil { persons[person.id] = person }
    let menteeClasses = Set(mentees.compactMap { persons[$0]?.schoolClass })
    var candidates = Set(data.persons.filter(\.inStudents).map(\.id))
    for cell in data.grades { candidates.insert(cell.person) }
    let comparison = candidates.filter { id in
      guard !mentees.contains(id), !mentors.contains(id), let schoolClass = persons[id]?.schoolClass else {
        return false
      }
      return menteeClasses.contains(schoolClass)
    }
    self.mentees = mentees
    self.mentors = mentors
    self.comparison = comparison
    self.persons = persons
  }
}
