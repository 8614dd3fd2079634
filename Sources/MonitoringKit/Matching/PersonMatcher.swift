/// Resolves the person a data row names, by the rules of data contract §4.
///
/// Order: overrides, then rules 1–7; the first rule that finds anybody decides. Decisions where
/// the contract is silent:
/// - **Ambiguity stops the search.** A rule that finds two or more candidates gives
///   `.ambiguous` at once; a weaker later rule is not asked to pick one, because that would be
///   a guess.
/// - **Conflicting identifiers.** When both the row and a roster person carry a student ID and
///   the IDs differ, that person is never a name-based candidate (rules 2–7).
/// - **No class in the row.** Rules 2–7 need a class and are skipped; the only name rule is a
///   unique exact full-name match in the whole roster (`.fullNameOnly`). When the row has a
///   class but rules 1–7 find nobody, roster persons without a class are tried the same way.
/// - **Rule 3** needs both first names written in full and exactly one patronymic missing.
/// - **Rule 4** applies when either side writes the first name or patronymic as an initial;
///   full words must agree, an initial agrees with a word starting with it, and a patronymic
///   missing on one side does not disagree.
/// - **Rule 5** covers «Имя Фамилия [Отчество]» and «Имя Отчество Фамилия» against
///   «Фамилия Имя Отчество»; a patronymic missing on one side does not disagree.
/// - **Rule 6** compares full keys; both names need ≥ 5 letters.
/// - **Rule 7** needs the exact full key in a neighbouring class (`SchoolClass.isNeighbour`):
///   the same grade with another letter, or one grade apart with the same letter (or a letter
///   missing on one side). "Unique in the school" means unique among such neighbours.
/// - **Overrides** match the left side by name key and class (class-specific first, then a
///   left side without class); the right side is resolved by rules 2–7 (no student ID) and the
///   result is reported as `.override`. An override whose right side finds nobody gives
///   `.unmatched`; `unresolvedOverrides()` lists those for the curator.
public struct PersonMatcher: Sendable {
  /// The indexed roster.
  public let roster: Roster
  /// The curator's overrides.
  public let overrides: [MatchOverride]
  /// Override positions by left-side name key and class (`nil` class = any class).
  let overrideIndex: [Roster.KeyInClass: Int]

  /// Creates a matcher; when two overrides have the same left side, the first one wins.
  public init(roster: Roster, overrides: [MatchOverride] = []) {
    self.roster = roster
    self.overrides = overrides
    var index: [Roster.KeyInClass: Int] = [:]
    for (position, override) in overrides.enumerated() {
      let key = Roster.KeyInClass(key: override.fileName.key, schoolClass: override.fileClass)
      if index[key] == nil { index[key] = position }
    }
    self.overrideIndex = index
  }

  /// Resolves one query.
  public func match(_ query: PersonQuery) -> MatchResult {
    if let override = override(for: query) {
      let target = PersonQuery(studentID: nil, name: override.rosterName, schoolClass: override.rosterClass)
      switch resolve(target) {
      case .matched(let id, _): return .matched(id, rule: .override)
      case .ambiguous(let ids, _): return .ambiguous(ids, rule: .override)
      case .unmatched: return .unmatched
      }
    }
    return resolve(query)
  }

  /// Overrides whose right side resolves to nobody (or to several people) in this roster.
  public func unresolvedOverrides() -> [MatchOverride] {
    overrides.filter { override in
      let target = PersonQuery(studentID: nil, name: override.rosterName, schoolClass: override.rosterClass)
      return resolve(target).personID == nil
    }
  }

  /// The override whose left side the query is, class-specific first.
  func override(for query: PersonQuery) -> MatchOverride? {
    guard !overrides.isEmpty else { return nil }
    if let schoolClass = query.schoolClass,
      let position = overrideIndex[Roster.KeyInClass(key: query.name.key, schoolClass: schoolClass)]
    {
      return overrides[position]
    }
    return overrideIndex[Roster.KeyInClass(key: query.name.key, schoolClass: nil)].map { overrides[$0] }
  }

  /// Runs rules 1–7 (and the name-only fallback) in order.
  func resolve(_ query: PersonQuery) -> MatchResult {
    let studentKey = query.studentID.flatMap(Roster.studentKey)
    if let studentKey, let positions = roster.byStudentID[studentKey],
      let result = MatchResult.from(positions.map { roster.persons[$0].id }, rule: .studentID)
    {
      return result
    }
    let context = RuleContext(query: query, studentKey: studentKey)
    guard let schoolClass = query.schoolClass else {
      return decide(nameOnly(context, anyClass: true), rule: .fullNameOnly) ?? .unmatched
    }
    for rule in Self.classRules {
      if let result = decide(candidates(rule, context, schoolClass), rule: rule) { return result }
    }
    return decide(nameOnly(context, anyClass: false), rule: .fullNameOnly) ?? .unmatched
  }

  /// The rules that need the row's class, in order.
  static let classRules: [MatchRule] = [
    .fullNameAndClass, .missingPatronymic, .initials, .swappedNames, .typo, .movedClass,
  ]

  /// The candidate positions one class rule finds.
  func candidates(_ rule: MatchRule, _ context: RuleContext, _ schoolClass: SchoolClass) -> [Int] {
    switch rule {
    case .fullNameAndClass: fullNameAndClass(context, schoolClass)
    case .missingPatronymic: missingPatronymic(context, schoolClass)
    case .initials: initials(context, schoolClass)
    case .swappedNames: swappedNames(context, schoolClass)
    case .typo: typo(context, schoolClass)
    case .movedClass: movedClass(context, schoolClass)
    case .override, .studentID, .fullNameOnly: []
    }
  }

  /// Turns candidate positions into a result, `nil` when there are none.
  func decide(_ positions: [Int], rule: MatchRule) -> MatchResult? {
    MatchResult.from(positions.map { roster.persons[$0].id }, rule: rule)
  }
}
