/// Which column of a file holds which canonical field.
///
/// Built from the header cells with the alias table; per-file configuration spellings win. A
/// plain «Класс» right after the mentor's or mentee's name column is that person's class.
/// Columns that are no known field are kept as `otherColumns` — subjects in a wide grade sheet,
/// questions in a survey. The first column of a field wins; later duplicates are other columns.
public struct HeaderMapping: Sendable, Equatable {
  /// The header cells as written.
  public var headers: [String]
  /// The field of each column, nil for other columns.
  public var fields: [CanonicalField?]
  /// The column of each field found.
  public var columnOf: [CanonicalField: Int]

  /// Maps `headers` with `aliases`, plus `overrides` (field → header text as written in this file).
  public init(headers: [String], aliases: FieldAliases = .standard, overrides: [CanonicalField: String] = [:])
  {
    self.headers = headers
    var aliases = aliases
    for (field, spelling) in overrides { aliases.add(spelling, for: field) }
    var fields: [CanonicalField?] = []
    var columnOf: [CanonicalField: Int] = [:]
    for (index, header) in headers.enumerated() {
      var field = aliases.field(for: header)
      if field == .schoolClass, index > 0, let previous = fields[index - 1] {
        if previous == .mentor { field = .mentorClass }
        if previous == .mentee { field = .menteeClass }
      }
      if let found = field, columnOf[found] != nil { field = nil }
      if let found = field { columnOf[found] = index }
      fields.append(field)
    }
    self.fields = fields
    self.columnOf = columnOf
  }

  /// Whether the file has `field`.
  public func has(_ field: CanonicalField) -> Bool {
    columnOf[field] != nil
  }

  /// Whether a person can be identified: a full name, a surname with a first name, or an id.
  public var hasPerson: Bool {
    has(.fullName) || (has(.lastName) && has(.firstName)) || has(.studentID)
  }

  /// Columns that are no known field (subjects, questions).
  public var otherColumns: [Int] {
    fields.indices.filter { fields[$0] == nil && !headers[$0].isEmpty }
  }
}
