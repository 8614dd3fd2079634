import Foundation

/// The errors the warehouse raises itself; SQLite errors pass through as GRDB's
/// `DatabaseError`.
public enum WarehouseError: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
  /// The academic year is not `"YYYY/YYYY"` with consecutive years, e.g. `"2025/2026"`.
  case invalidAcademicYear(String)
  /// The file was written by a newer version of the tool: it has migrations this one lacks.
  case schemaNewerThanTool(path: String, unknownMigrations: [String])
  /// The file is an SQLite database, but not a warehouse.
  case notAWarehouse(path: String)
  /// A newly written warehouse could not be synced or renamed into place (`errno`).
  case cannotReplaceFile(path: String, code: Int32)

  /// A one-line English explanation.
  public var description: String {
    switch self {
    case .invalidAcademicYear(let year):
      return "invalid academic year \"\(year)\": expected YYYY/YYYY with consecutive years"
    case .schemaNewerThanTool(let path, let unknownMigrations):
      let list = unknownMigrations.joined(separator: ", ")
      return "\(path): written by a newer version of the tool (unknown migrations: \(list))"
    case .notAWarehouse(let path):
      return "\(path): an SQLite database that is not a warehouse"
    case .cannotReplaceFile(let path, let code):
      return "\(path): the new warehouse could not be put in place (\(String(cString: strerror(code))))"
    }
  }
}
