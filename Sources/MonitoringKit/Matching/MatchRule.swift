/// Which rule of data contract §4 resolved a person (or found several candidates).
public enum MatchRule: Int, Hashable, Sendable, CaseIterable, Comparable {
  /// A curator's override from `pipelines/matches.csv` (applied before every rule).
  case override = 0
  /// Rule 1: the same `student_id`.
  case studentID = 1
  /// Rule 2: the same normalised full name and class.
  case fullNameAndClass = 2
  /// Rule 3: surname and first name equal, patronymic missing on one side, same class.
  case missingPatronymic = 3
  /// Rule 4: surname and initials, unique in the class.
  case initials = 4
  /// Rule 5: first name and surname swapped, same class.
  case swappedNames = 5
  /// Rule 6: one typo (edit distance ≤ 1) in a name of ≥ 5 letters, unique in the class.
  case typo = 6
  /// Rule 7: the same name in a neighbouring class (letter or one grade differs), unique.
  case movedClass = 7
  /// The same normalised full name, unique in the school, where a class cannot be compared:
  /// the row has no class, or the roster person has none.
  case fullNameOnly = 8

  /// The rule's number in the contract (1–7), `nil` for an override or a name-only match.
  public var number: Int? {
    (1...7).contains(rawValue) ? rawValue : nil
  }

  /// Whether the curator should confirm the match (rules 3–7 are listed in the data-quality
  /// section; an override is the curator's own decision, rules 1–2 and a unique full name are exact).
  public var needsConfirmation: Bool {
    (3...7).contains(rawValue)
  }

  /// A stable code for JSON and CSV outputs.
  public var code: String {
    switch self {
    case .override: "override"
    case .studentID: "student-id"
    case .fullNameAndClass: "full-name-and-class"
    case .missingPatronymic: "missing-patronymic"
    case .initials: "initials"
    case .swappedNames: "swapped-names"
    case .typo: "typo"
    case .movedClass: "moved-class"
    case .fullNameOnly: "full-name-only"
    }
  }

  /// A short Russian description for the data-quality section.
  public var label: String {
    switch self {
    case .override: "указано в matches.csv"
    case .studentID: "совпадает идентификатор"
    case .fullNameAndClass: "совпадают ФИО и класс"
    case .missingPatronymic: "совпадают фамилия и имя, отчество указано не везде"
    case .initials: "фамилия и инициалы"
    case .swappedNames: "имя и фамилия переставлены"
    case .typo: "опечатка в ФИО"
    case .movedClass: "другой класс"
    case .fullNameOnly: "совпадает ФИО, класс не указан"
    }
  }

  /// Orders by precedence.
  public static func < (lhs: MatchRule, rhs: MatchRule) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
