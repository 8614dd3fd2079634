/// The people rows are matched against, indexed for fast lookups.
///
/// Built once; every lookup is a dictionary access, and only the fuzzy rule scans — the
/// persons of one class. Student identifiers are compared after trimming, removing inner spaces
/// and uppercasing; an all-digit identifier also loses its leading zeros («00123» = «123»),
/// because spreadsheets strip them.
public struct Roster: Sendable {
  /// A normalised key within a class (the class may be unknown).
  struct KeyInClass: Hashable, Sendable {
    let key: String
    let schoolClass: SchoolClass?
  }

  /// The persons, in the order given.
  public let persons: [RosterPerson]
  /// Positions by normalised student identifier.
  let byStudentID: [String: [Int]]
  /// Positions by full name key (whole school).
  let byKey: [String: [Int]]
  /// Positions by full name key and class.
  let byKeyInClass: [KeyInClass: [Int]]
  /// Positions by surname key and class.
  let bySurnameInClass: [KeyInClass: [Int]]
  /// Positions by class.
  let byClass: [SchoolClass: [Int]]
  /// Positions by identity.
  let byID: [PersonID: Int]
  /// Each person's name key as characters (for the typo rule).
  let keyCharacters: [[Character]]
  /// Each person's normalised student identifier.
  let studentKeys: [String?]

  /// Indexes the persons.
  public init(_ persons: [RosterPerson]) {
    self.persons = persons
    var byStudentID: [String: [Int]] = [:]
    var byKey: [String: [Int]] = [:]
    var byKeyInClass: [KeyInClass: [Int]] = [:]
    var bySurnameInClass: [KeyInClass: [Int]] = [:]
    var byClass: [SchoolClass: [Int]] = [:]
    var byID: [PersonID: Int] = [:]
    var studentKeys: [String?] = []
    for (position, person) in persons.enumerated() {
      let studentKey = person.studentID.flatMap(Self.studentKey)
      studentKeys.append(studentKey)
      if let studentKey { byStudentID[studentKey, default: []].append(position) }
      byKey[person.name.key, default: []].append(position)
      byKeyInClass[KeyInClass(key: person.name.key, schoolClass: person.schoolClass), default: []].append(
        position)
      bySurnameInClass[KeyInClass(key: person.name.surname.key, schoolClass: person.schoolClass), default: []]
        .append(position)
      if let schoolClass = person.schoolClass { byClass[schoolClass, default: []].append(position) }
      if byID[person.id] == nil { byID[person.id] = position }
    }
    self.byStudentID = byStudentID
    self.byKey = byKey
    self.byKeyInClass = byKeyInClass
    self.bySurnameInClass = bySurnameInClass
    self.byClass = byClass
    self.byID = byID
    self.keyCharacters = persons.map { Array($0.name.key) }
    self.studentKeys = studentKeys
  }

  /// The person with this identity.
  public func person(_ id: PersonID) -> RosterPerson? {
    byID[id].map { persons[$0] }
  }

  /// The number of persons.
  public var count: Int { persons.count }

  /// The comparison form of a student identifier; `nil` when blank.
  static func studentKey(_ raw: String) -> String? {
    var key = String(raw.filter { !$0.isWhitespace && !TextNormalizer.invisible.contains($0) }.uppercased())
    if !key.isEmpty, key.allSatisfy({ $0.asciiDigit != nil }) {
      key = String(key.drop(while: { $0 == "0" }))
      if key.isEmpty { key = "0" }
    }
    return key.isEmpty || CellText.clean(key) == nil ? nil : key
  }
}
