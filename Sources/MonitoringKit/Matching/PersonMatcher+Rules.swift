extension PersonMatcher {
  /// What the rules need to know about a query.
  struct RuleContext {
    /// The query.
    let query: PersonQuery
    /// The query's normalised student identifier.
    let studentKey: String?

    /// The query's name.
    var name: PersonName { query.name }
  }

  /// Whether a roster person may be a name-based candidate (no conflicting student ID).
  func isEligible(_ position: Int, _ context: RuleContext) -> Bool {
    guard let queryKey = context.studentKey, let personKey = roster.studentKeys[position] else { return true }
    return queryKey == personKey
  }

  /// Positions with a name key (or surname key) in a class, filtered by eligibility.
  func lookup(
    _ index: [Roster.KeyInClass: [Int]], _ key: String, _ schoolClass: SchoolClass?, _ context: RuleContext
  )
    -> [Int]
  {
    (index[Roster.KeyInClass(key: key, schoolClass: schoolClass)] ?? []).filter { isEligible($0, context) }
  }

  /// Rule 2: the same full key and class.
  func fullNameAndClass(_ context: RuleContext, _ schoolClass: SchoolClass) -> [Int] {
    lookup(roster.byKeyInClass, context.name.key, schoolClass, context)
  }

  /// Rule 3: surname and full first name equal, exactly one patronymic missing, same class.
  func missingPatronymic(_ context: RuleContext, _ schoolClass: SchoolClass) -> [Int] {
    let name = context.name
    guard let first = name.firstName, !first.isInitial else { return [] }
    return lookup(roster.bySurnameInClass, name.surname.key, schoolClass, context).filter { position in
      let other = roster.persons[position].name
      guard let otherFirst = other.firstName, !otherFirst.isInitial, otherFirst.key == first.key else {
        return false
      }
      return (name.patronymic == nil) != (other.patronymic == nil)
    }
  }

  /// Rule 4: surname and initials agree, unique in the class.
  func initials(_ context: RuleContext, _ schoolClass: SchoolClass) -> [Int] {
    let name = context.name
    return lookup(roster.bySurnameInClass, name.surname.key, schoolClass, context).filter { position in
      let other = roster.persons[position].name
      guard name.hasInitials || other.hasInitials, let first = name.firstName,
        let otherFirst = other.firstName
      else { return false }
      guard Self.agree(first, otherFirst) else { return false }
      guard let patronymic = name.patronymic, let otherPatronymic = other.patronymic else { return true }
      return Self.agree(patronymic, otherPatronymic)
    }
  }

  /// Whether two name parts agree: equal words, or an initial matching the other's first letter.
  static func agree(_ lhs: PersonName.Part, _ rhs: PersonName.Part) -> Bool {
    if lhs.isInitial || rhs.isInitial { return lhs.initial == rhs.initial }
    return lhs.key == rhs.key
  }

  /// Rule 5: «Имя Фамилия [Отчество]» or «Имя Отчество Фамилия», same class.
  func swappedNames(_ context: RuleContext, _ schoolClass: SchoolClass) -> [Int] {
    let name = context.name
    guard let first = name.firstName, !first.isInitial else { return [] }
    var found: [Int] = []
    // «Имя Фамилия [Отчество]»: the query's first name is the surname.
    for position in lookup(roster.bySurnameInClass, first.key, schoolClass, context) {
      let other = roster.persons[position].name
      guard other.firstName?.key == name.surname.key else { continue }
      if name.patronymic == nil || other.patronymic == nil || name.patronymic?.key == other.patronymic?.key {
        found.append(position)
      }
    }
    // «Имя Отчество Фамилия»: the query's last word is the surname.
    if let last = name.patronymic, !last.isInitial, !last.key.contains(" ") {
      for position in lookup(roster.bySurnameInClass, last.key, schoolClass, context) {
        let other = roster.persons[position].name
        if other.firstName?.key == name.surname.key, other.patronymic?.key == first.key {
          found.append(position)
        }
      }
    }
    return found
  }

  /// Rule 6: full keys one edit apart, both with ≥ 5 letters, in the same class.
  func typo(_ context: RuleContext, _ schoolClass: SchoolClass) -> [Int] {
    let name = context.name
    guard name.letterCount >= Self.typoMinimumLetters, let positions = roster.byClass[schoolClass] else {
      return []
    }
    let characters = Array(name.key)
    return positions.filter { position in
      let other = roster.persons[position].name
      return other.letterCount >= Self.typoMinimumLetters && other.key != name.key
        && EditDistance.isWithinOne(characters, roster.keyCharacters[position])
        && isEligible(position, context)
    }
  }

  /// The fewest letters a name needs for the typo rule.
  static let typoMinimumLetters = 5

  /// Rule 7: the same full key in a neighbouring class, unique among those.
  func movedClass(_ context: RuleContext, _ schoolClass: SchoolClass) -> [Int] {
    (roster.byKey[context.name.key] ?? []).filter { position in
      guard let otherClass = roster.persons[position].schoolClass else { return false }
      return otherClass.isNeighbour(of: schoolClass) && isEligible(position, context)
    }
  }

  /// The same full key anywhere in the school (`anyClass`), or among persons without a class.
  func nameOnly(_ context: RuleContext, anyClass: Bool) -> [Int] {
    (roster.byKey[context.name.key] ?? []).filter { position in
      (anyClass || roster.persons[position].schoolClass == nil) && isEligible(position, context)
    }
  }
}
