import Foundation

/// Quoting of SQL identifiers (named apart from GRDB's `SQL` type).
enum SQLIdentifier {
  /// Quotes an identifier for SQLite.
  static func quoted(_ identifier: String) -> String {
    "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
