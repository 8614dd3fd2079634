/// What one input file holds (data contract §3).
public enum DatasetKind: String, Sendable, CaseIterable, Codable, Hashable {
  /// контингент: the whole school roster.
  case students
  /// база наставников и наставляемых.
  case participants
  /// наставнические пары и группы.
  case pairs
  /// успеваемость, one row per mark (long form).
  case gradesLong = "grades-long"
  /// успеваемость, one column per subject (a «сводная ведомость»).
  case gradesWide = "grades-wide"
  /// анкеты: Google/Yandex Forms exports, tests.
  case survey
  /// кружки и секции.
  case clubs
  /// профилактический учёт.
  case registry
  /// журнал встреч.
  case meetings

  /// Whether this dataset defines who the people are (processed before the others).
  public var definesRoster: Bool {
    self == .students || self == .participants || self == .pairs
  }

  /// The order datasets are processed in: the roster first, so other files match against it.
  public var processingOrder: Int {
    switch self {
    case .students: 0
    case .participants: 1
    case .pairs: 2
    case .gradesLong, .gradesWide: 3
    case .survey: 4
    case .clubs: 5
    case .registry: 6
    case .meetings: 7
    }
  }
}
