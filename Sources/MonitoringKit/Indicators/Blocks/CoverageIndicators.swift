/// The `coverage` block of indicators.md: who is in the programme.
///
/// Decisions where the specification is silent:
/// - Age on `start` is in whole years from the birth date. A student without a birth date is
///   counted by grade (5–11) when others have one; `age_proxy` is true when any student was
///   counted by grade.
/// - A pair id with mentees in several rows is one pair; it is a group when its rows name ≥ 2
///   distinct mentees. Its model and status are the first row's.
/// - Missing values are counted under «не указана» / «не указан» rather than left out.
/// - A mentee's category is the first one a participants row gives.
public struct CoverageIndicators: Sendable, Equatable {
  /// `students_total` as indicators.md defines it.
  public var studentsTotal: Int?
  /// `students_1019` as indicators.md defines it.
  public var students1019: Int?
  /// `age_proxy` as indicators.md defines it.
  public var ageProxy: Bool
  /// `mentors` as indicators.md defines it.
  public var mentors: Int
  /// `mentees` as indicators.md defines it.
  public var mentees: Int
  /// `participants` as indicators.md defines it.
  public var participants: Int
  /// `pairs` as indicators.md defines it.
  public var pairs: Int
  /// `groups` as indicators.md defines it.
  public var groups: Int
  /// `involved_share_1019` as indicators.md defines it.
  public var involvedShare1019: Double?
  /// `mentee_share_1019` as indicators.md defines it.
  public var menteeShare1019: Double?
  /// `pairs_by_model` as indicators.md defines it.
  public var pairsByModel: [String: Int]
  /// `pairs_by_status` as indicators.md defines it.
  public var pairsByStatus: [String: Int]
  /// `mentees_by_category` as indicators.md defines it.
  public var menteesByCategory: [String: Int]
  /// `mentees_by_class` as indicators.md defines it.
  public var menteesByClass: [String: Int]

  /// Computes the block.
  public static func compute(data: NormalizedData, populations: Populations, settings: IndicatorSettings)
    -> CoverageIndicators
  {
    let students = data.persons.filter(\.inStudents)
    var block = CoverageIndicators(
      studentsTotal: nil, students1019: nil, ageProxy: false, mentors: populations.mentors.count,
      mentees: populations.mentees.count, participants: populations.participants.count, pairs: 0, groups: 0,
      pairsByModel: [:], pairsByStatus: [:], menteesByCategory: [:], menteesByClass: [:])
    if !students.isEmpty {
      block.studentsTotal = students.count
      var inRange: Set<PersonID> = []
      for student in students {
        if let birth = student.birthDate {
          let age = Self.age(birth: birth, on: settings.programmeStart)
          if (10...19).contains(age) { inRange.insert(student.id) }
        } else {
          block.ageProxy = true
          if let grade = student.schoolClass?.grade, (5...11).contains(grade) { inRange.insert(student.id) }
        }
      }
      block.students1019 = inRange.count
      block.involvedShare1019 = Numbers.share(
        populations.participants.intersection(inRange).count, of: inRange.count)
      block.menteeShare1019 = Numbers.share(
        populations.mentees.intersection(inRange).count, of: inRange.count)
    }
    var pairMentees: [String: Set<PersonID>] = [:]
    var firstRow: [String: PairRecord] = [:]
    for pair in data.pairs where !pair.mentees.isEmpty {
      pairMentees[pair.key, default: []].formUnion(pair.mentees)
      if firstRow[pair.key] == nil { firstRow[pair.key] = pair }
    }
    block.pairs = pairMentees.count
    block.groups = pairMentees.values.filter { $0.count >= 2 }.count
    for pair in firstRow.values {
      block.pairsByModel[pair.model?.label ?? "не указана", default: 0] += 1
      block.pairsByStatus[pair.status?.label ?? "не указан", default: 0] += 1
    }
    var category: [PersonID: String] = [:]
    for role in data.roles where role.role == .mentee && category[role.person] == nil {
      if let label = role.category?.label { category[role.person] = label }
    }
    for mentee in populations.mentees {
      block.menteesByCategory[category[mentee] ?? "не указана", default: 0] += 1
      block.menteesByClass[
        populations.persons[mentee]?.schoolClass?.description ?? "не указан", default: 0] += 1
    }
    return block
  }

  /// Whole years from `birth` to `date`.
  static func age(birth: SchoolDate, on date: SchoolDate) -> Int {
    var years = date.year - birth.year
    if (date.month, date.day) < (birth.month, birth.day) { years -= 1 }
    return years
  }

  /// The block as `indicators.json` writes it.
  public func json() -> JSONValue {
    var fields = JSONFields()
    fields.add("students_total", studentsTotal, orReason: "roster_missing")
    fields.add("students_10_19", students1019, orReason: "roster_missing")
    fields.add("age_proxy", .bool(ageProxy))
    fields.add("mentors", .int(mentors))
    fields.add("mentees", .int(mentees))
    fields.add("participants", .int(participants))
    fields.add("pairs", .int(pairs))
    fields.add("groups", .int(groups))
    let shareReason = studentsTotal == nil ? "roster_missing" : "no_data"
    fields.add("involved_share_10_19", involvedShare1019, orReason: shareReason)
    fields.add("mentee_share_10_19", menteeShare1019, orReason: shareReason)
    fields.add("pairs_by_model", Self.sorted(pairsByModel))
    fields.add("pairs_by_status", Self.sorted(pairsByStatus))
    fields.add("mentees_by_category", Self.sorted(menteesByCategory))
    fields.add("mentees_by_class", Self.sorted(menteesByClass))
    return fields.json
  }

  /// Counts in key order (deterministic output).
  static func sorted(_ counts: [String: Int]) -> JSONValue {
    JSONFields.counts(counts.keys.sorted().map { ($0, counts[$0]!) })
  }
}
