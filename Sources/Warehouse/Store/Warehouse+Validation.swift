extension Warehouse {
  /// Whether `year` is an academic year: `"YYYY/YYYY"` with consecutive years.
  public static func isValidAcademicYear(_ year: String) -> Bool {
    let parts = year.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2,
      parts.allSatisfy({ $0.count == 4 && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
      let first = Int(parts[0]), let second = Int(parts[1])
    else { return false }
    return second == first + 1
  }

  /// Throws ``WarehouseError/invalidAcademicYear(_:)`` unless `year` is valid.
  static func validate(academicYear year: String) throws {
    guard isValidAcademicYear(year) else { throw WarehouseError.invalidAcademicYear(year) }
  }
}
