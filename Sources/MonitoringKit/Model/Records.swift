/// A person's role in the programme.
public struct RoleRecord: Sendable, Equatable {
  public var person: PersonID
  public var role: Role
  public var category: MenteeCategory?
  public var specialNeeds: Bool?
  public var newcomer: Bool?
  public var file: Int

  public init(
    person: PersonID, role: Role, category: MenteeCategory? = nil, specialNeeds: Bool? = nil,
    newcomer: Bool? = nil,
    file: Int
  ) {
    self.person = person
    self.role = role
    self.category = category
    self.specialNeeds = specialNeeds
    self.newcomer = newcomer
    self.file = file
  }
}

/// A pair or group: one mentor, one or more mentees.
public struct PairRecord: Sendable, Equatable {
  /// The pair number as written, or «наставник:<id>» when the file has none.
  public var key: String
  public var mentor: PersonID
  public var mentees: [PersonID]
  public var model: InteractionModel?
  public var modelRaw: String?
  public var status: PairStatus?
  public var start: SchoolDate?
  public var end: SchoolDate?
  public var file: Int

  /// Creates a record.
  public init(
    key: String, mentor: PersonID, mentees: [PersonID], model: InteractionModel?, modelRaw: String?,
    status: PairStatus?, start: SchoolDate?, end: SchoolDate?, file: Int
  ) {
    self.key = key
    self.mentor = mentor
    self.mentees = mentees
    self.model = model
    self.modelRaw = modelRaw
    self.status = status
    self.start = start
    self.end = end
    self.file = file
  }
}

/// Every mark of one person in one subject and period, reduced as it is read.
public struct GradeCell: Sendable, Equatable {
  public var person: PersonID
  public var subject: String
  public var period: Period
  /// Numeric marks (decimals included) and their sum.
  public var numericCount: Int
  public var numericSum: Double
  /// Numeric marks rounded half up, by value (for СОУ).
  public var n1: Int
  public var n2: Int
  public var n3: Int
  public var n4: Int
  public var n5: Int
  public var notAttested: Int
  public var exempt: Int
  public var passed: Int
  public var failed: Int

  /// An empty cell for `person`, `subject`, `period`.
  public init(person: PersonID, subject: String, period: Period) {
    self.person = person
    self.subject = subject
    self.period = period
    numericCount = 0
    numericSum = 0
    n1 = 0
    n2 = 0
    n3 = 0
    n4 = 0
    n5 = 0
    notAttested = 0
    exempt = 0
    passed = 0
    failed = 0
  }

  /// Adds one mark.
  public mutating func add(_ mark: MarkValue) {
    switch mark {
    case .numeric(let value):
      numericCount += 1
      numericSum += value
      switch min(5, max(1, Int((value + 0.5).rounded(.down)))) {
      case 1: n1 += 1
      case 2: n2 += 1
      case 3: n3 += 1
      case 4: n4 += 1
      default: n5 += 1
      }
    case .notAttested: notAttested += 1
    case .exempt: exempt += 1
    case .pass: passed += 1
    case .fail: failed += 1
    }
  }

  /// Adds one whole mark 1–5: the same as `add(.numeric(Double(digit)))`, without the rounding.
  @inline(__always)
  public mutating func add(digit: Int) {
    numericCount += 1
    numericSum += Double(digit)
    switch digit {
    case 1: n1 += 1
    case 2: n2 += 1
    case 3: n3 += 1
    case 4: n4 += 1
    default: n5 += 1
    }
  }

  /// Rounded counts as an array, «1» first.
  public var rounded: [Int] { [n1, n2, n3, n4, n5] }

  /// The subject mean over numeric marks.
  public var mean: Double? {
    numericCount > 0 ? numericSum / Double(numericCount) : nil
  }
}

/// One answer of a survey export, kept raw for the instruments to score.
public struct SurveyAnswer: Sendable, Equatable {
  public var file: Int
  public var line: Int
  public var person: PersonID?
  public var role: Role?
  public var wave: Wave?
  public var submittedAt: SchoolDate?
  public var column: Int
  public var header: String
  public var value: String

  /// Creates a record.
  public init(
    file: Int, line: Int, person: PersonID?, role: Role?, wave: Wave?, submittedAt: SchoolDate?, column: Int,
    header: String, value: String
  ) {
    self.file = file
    self.line = line
    self.person = person
    self.role = role
    self.wave = wave
    self.submittedAt = submittedAt
    self.column = column
    self.header = header
    self.value = value
  }
}

/// A club row: a person in a club in a month.
public struct ClubRecord: Sendable, Equatable {
  public var person: PersonID
  public var club: String
  public var month: AcademicMonth
  public var periodLabel: String
  public var attended: Int?
  public var held: Int?
  public var file: Int
  public var line: Int

  /// Creates a record.
  public init(
    person: PersonID, club: String, month: AcademicMonth, periodLabel: String, attended: Int?, held: Int?,
    file: Int, line: Int
  ) {
    self.person = person
    self.club = club
    self.month = month
    self.periodLabel = periodLabel
    self.attended = attended
    self.held = held
    self.file = file
    self.line = line
  }
}

/// A prevention-registry entry.
public struct RegistryRecord: Sendable, Equatable {
  public var person: PersonID
  public var type: RegistryType
  public var dateOn: SchoolDate
  public var dateOff: SchoolDate?
  public var file: Int
  public var line: Int

  /// Creates a record.
  public init(
    person: PersonID, type: RegistryType, dateOn: SchoolDate, dateOff: SchoolDate?, file: Int, line: Int
  ) {
    self.person = person
    self.type = type
    self.dateOn = dateOn
    self.dateOff = dateOff
    self.file = file
    self.line = line
  }
}

/// A logged meeting of a pair.
public struct MeetingRecord: Sendable, Equatable {
  public var pairKey: String
  public var date: SchoolDate?
  public var type: MeetingType?
  public var typeRaw: String
  public var durationMinutes: Int?
  public var format: String?
  public var file: Int
  public var line: Int

  /// Creates a record.
  public init(
    pairKey: String, date: SchoolDate?, type: MeetingType?, typeRaw: String, durationMinutes: Int?,
    format: String?, file: Int, line: Int
  ) {
    self.pairKey = pairKey
    self.date = date
    self.type = type
    self.typeRaw = typeRaw
    self.durationMinutes = durationMinutes
    self.format = format
    self.file = file
    self.line = line
  }
}

/// How a row's person was resolved, kept for the curator when it needs a look.
public struct MatchRecord: Sendable, Equatable {
  public enum Status: String, Sendable, Equatable {
    case matched, unmatched, ambiguous
  }

  public var file: Int
  public var line: Int
  public var rawName: String
  public var rawClass: String?
  public var status: Status
  public var person: PersonID?
  public var rule: MatchRule?
  public var candidates: [PersonID]

  /// Creates a record.
  public init(
    file: Int, line: Int, rawName: String, rawClass: String?, status: Status, person: PersonID?,
    rule: MatchRule?, candidates: [PersonID]
  ) {
    self.file = file
    self.line = line
    self.rawName = rawName
    self.rawClass = rawClass
    self.status = status
    self.person = person
    self.rule = rule
    self.candidates = candidates
  }
}
