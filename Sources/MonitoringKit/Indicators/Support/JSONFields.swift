/// Builds a JSON object in specification order, writing `null` plus a `<key>_reason` sibling for
/// every value that could not be computed (never a silent 0).
public struct JSONFields: Sendable {
  /// The members written so far.
  public private(set) var members: [(String, JSONValue)] = []

  /// An empty object.
  public init() {}

  /// The object.
  public var json: JSONValue { .object(members) }

  /// Adds a value as it is.
  public mutating func add(_ key: String, _ value: JSONValue) {
    members.append((key, value))
  }

  /// Adds `value`, or `null` and `<key>_reason: reason`.
  public mutating func add(_ key: String, _ value: JSONValue?, orReason reason: @autoclosure () -> String) {
    if let value {
      members.append((key, value))
    } else {
      members.append((key, .null))
      members.append((key + "_reason", .string(reason())))
    }
  }

  /// Adds `null` and `<key>_reason: reason`.
  public mutating func addNull(_ key: String, reason: String) {
    members.append((key, .null))
    members.append((key + "_reason", .string(reason)))
  }

  /// Adds a number, or `null` and a reason.
  public mutating func add(_ key: String, _ value: Double?, orReason reason: @autoclosure () -> String) {
    add(key, value.map(JSONValue.double), orReason: reason())
  }

  /// Adds a count, or `null` and a reason.
  public mutating func add(_ key: String, _ value: Int?, orReason reason: @autoclosure () -> String) {
    add(key, value.map(JSONValue.int), orReason: reason())
  }

  /// Adds a test object, or `null` and the test's reason.
  public mutating func add<Result>(
    _ key: String, _ outcome: TestOutcome<Result>, _ body: (Result) -> JSONValue
  ) {
    switch outcome {
    case .done(_, let result): members.append((key, body(result)))
    case .unavailable(let reason):
      members.append((key, .null))
      members.append((key + "_reason", .string(reason)))
    }
  }

  /// A `{label: count}` object in the given key order.
  public static func counts(_ pairs: [(String, Int)]) -> JSONValue {
    .object(pairs.map { ($0.0, .int($0.1)) })
  }
}
