/// The people of the school as the normalize stage discovers them, and how rows find them.
///
/// Roster files come first: `students` creates persons; `participants` and `pairs` match
/// against them and add whom they cannot find (mentors and mentees are people even when the
/// roster misses them). Other files only match — except when no `students` file was loaded:
/// then a person seen in grades, clubs, the registry or a survey is still a person, created on
/// first sight and found again by exact name and class. Ambiguous candidates are never guessed.
public struct PersonDirectory: Sendable {
  /// What a row's person resolved to.
  public enum Resolution: Sendable, Equatable {
    /// Found (or created, `created == true`) by `rule` (nil when created).
    case person(PersonID, rule: MatchRule?, created: Bool)
    /// Two or more candidates fit.
    case ambiguous([PersonID], rule: MatchRule)
    /// Nobody fits and nobody may be created.
    case unmatched
  }

  /// Everyone known so far, by id order.
  public private(set) var persons: [Person] = []
  /// Whether a `students` file was loaded (then unknown people are not created outside rosters).
  public private(set) var studentsLoaded = false
  private let overrides: [MatchOverride]
  private var matcher: PersonMatcher
  private var matcherCount = 0
  private var frozen = false
  /// Created persons found again by exact «name key|class».
  private var createdIndex: [String: PersonID] = [:]

  /// Creates an empty directory with the curator's overrides.
  public init(overrides: [MatchOverride] = []) {
    self.overrides = overrides
    matcher = PersonMatcher(roster: Roster([]), overrides: overrides)
  }

  /// The person with `id`.
  public func person(_ id: PersonID) -> Person {
    persons[id.rawValue]
  }

  /// Adds a roster person (from `students`) without matching.
  public mutating func addStudent(
    name: PersonName, schoolClass: SchoolClass?, studentID: String?, birthDate: SchoolDate?, sex: Sex?,
    file: Int
  ) -> PersonID {
    studentsLoaded = true
    return create(
      name: name, schoolClass: schoolClass, studentID: studentID, birthDate: birthDate, sex: sex,
      inStudents: true,
      file: file)
  }

  /// Resolves a row's person. `mayCreate` says whether an unknown person becomes a new one.
  public mutating func resolve(
    name: PersonName, schoolClass: SchoolClass?, studentID: String?, mayCreate: Bool, file: Int
  ) -> Resolution {
    if matcherCount == 0 && !persons.isEmpty { refreshMatcher() }
    let result = matcher.match(PersonQuery(studentID: studentID, name: name, schoolClass: schoolClass))
    switch result {
    case .matched(let id, let rule):
      return .person(id, rule: rule, created: false)
    case .ambiguous(let ids, let rule):
      return .ambiguous(ids, rule: rule)
    case .unmatched:
      let key = name.key + "|" + (schoolClass?.description ?? "")
      if let id = createdIndex[key] { return .person(id, rule: .fullNameAndClass, created: false) }
      guard mayCreate else { return .unmatched }
      let id = create(
        name: name, schoolClass: schoolClass, studentID: studentID, birthDate: nil, sex: nil,
        inStudents: false,
        file: file)
      return .person(id, rule: nil, created: true)
    }
  }

  private mutating func create(
    name: PersonName, schoolClass: SchoolClass?, studentID: String?, birthDate: SchoolDate?, sex: Sex?,
    inStudents: Bool, file: Int
  ) -> PersonID {
    let id = PersonID(persons.count)
    persons.append(
      Person(
        id: id, name: name, schoolClass: schoolClass, studentID: studentID, birthDate: birthDate, sex: sex,
        inStudents: inStudents, firstFile: file))
    if !inStudents { createdIndex[name.key + "|" + (schoolClass?.description ?? "")] = id }
    return id
  }

  /// Rebuilds the matcher after a roster file, so the next file matches against everyone so far
  /// (within a file, people it created are found by exact name and class).
  public mutating func endOfRosterFile() {
    refreshMatcher()
  }

  /// Rebuilds the matcher when roster persons were added since it was built.
  private mutating func refreshMatcher() {
    guard !frozen, matcherCount != persons.count else { return }
    matcher = PersonMatcher(
      roster: Roster(
        persons.map {
          RosterPerson(id: $0.id, studentID: $0.studentID, name: $0.name, schoolClass: $0.schoolClass)
        }),
      overrides: overrides)
    matcherCount = persons.count
  }

  /// Freezes the roster: later creations are found by exact key only (no matcher rebuild per person).
  public mutating func freezeRoster() {
    refreshMatcher()
    frozen = true
  }
}
