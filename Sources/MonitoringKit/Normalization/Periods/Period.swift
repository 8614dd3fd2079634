/// A marking period of the school year: a quarter, a trimester, a half-year or the whole year.
///
/// Ordering places each period by the point of the year where it ends (Q1 < T1 < Q2 = H1 <
/// T2 < Q3 < Q4 = T3 = H2), ties broken by kind (quarter, trimester, half); within one kind this
/// is simply the index. The year comes after every other period.
public struct Period: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The kind of period.
  public enum Kind: String, Hashable, Sendable, CaseIterable, Comparable {
    /// A quarter (четверть), 1–4.
    case quarter
    /// A trimester (триместр), 1–3.
    case trimester
    /// A half-year (полугодие), 1–2.
    case half
    /// The whole year (год, итоговая).
    case year

    /// How many periods of this kind a year has.
    public var count: Int {
      switch self {
      case .quarter: 4
      case .trimester: 3
      case .half: 2
      case .year: 1
      }
    }

    /// The Russian word used in labels.
    public var label: String {
      switch self {
      case .quarter: "четверть"
      case .trimester: "триместр"
      case .half: "полугодие"
      case .year: "год"
      }
    }

    /// Orders quarter, trimester, half, year.
    public static func < (lhs: Kind, rhs: Kind) -> Bool {
      lhs.rank < rhs.rank
    }

    private var rank: Int {
      switch self {
      case .quarter: 0
      case .trimester: 1
      case .half: 2
      case .year: 3
      }
    }
  }

  /// The kind.
  public let kind: Kind
  /// The 1-based index within the kind (always 1 for the year).
  public let index: Int

  /// Creates a period; `nil` when the index is outside the kind's range.
  public init?(kind: Kind, index: Int = 1) {
    guard (1...kind.count).contains(index) else { return nil }
    self.kind = kind
    self.index = index
  }

  /// The whole year.
  public static let year = Period(kind: .year)!

  /// The Russian label: «1 четверть», «2 триместр», «1 полугодие», «год».
  public var label: String {
    kind == .year ? kind.label : "\(index) \(kind.label)"
  }

  /// The label.
  public var description: String { label }

  /// Where the period ends, in twelfths of the year; the year is past all of them.
  var endTwelfth: Int {
    kind == .year ? 13 : index * 12 / kind.count
  }

  /// Orders by end point, then kind (see the type's documentation).
  public static func < (lhs: Period, rhs: Period) -> Bool {
    if lhs.endTwelfth != rhs.endTwelfth { return lhs.endTwelfth < rhs.endTwelfth }
    if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
    return lhs.index < rhs.index
  }
}
