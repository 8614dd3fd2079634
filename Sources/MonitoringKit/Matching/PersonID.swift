/// The identity of one person in the roster, assigned by whoever builds the roster.
public struct PersonID: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible,
  ExpressibleByIntegerLiteral
{
  /// The number.
  public let rawValue: Int

  /// Wraps a number.
  public init(rawValue: Int) {
    self.rawValue = rawValue
  }

  /// Wraps a number.
  public init(_ rawValue: Int) {
    self.rawValue = rawValue
  }

  /// Wraps an integer literal (convenient in tests and fixtures).
  public init(integerLiteral value: Int) {
    self.rawValue = value
  }

  /// Orders by number.
  public static func < (lhs: PersonID, rhs: PersonID) -> Bool {
    lhs.rawValue < rhs.rawValue
  }

  /// The number as text.
  public var description: String { String(rawValue) }
}
