extension Warehouse {
  /// One name-matching decision the curator should see: a fuzzy match, an override,
  /// or a name that matched nobody or several people.
  ///
  /// Stored in the `matches` table, in insertion order.
  public struct MatchRow: Sendable, Equatable, Hashable, Codable {
    /// The index of the file the name came from.
    public var fileIndex: Int
    /// The line of that file.
    public var line: Int
    /// The matched person, or `nil` when unmatched or ambiguous.
    public var personID: Int?
    /// The rule that matched: 0 for a curator override, 1…7 for the contract's rules;
    /// `nil` when nothing matched.
    public var rule: Int?
    /// The name as written in the file.
    public var rawName: String
    /// The class as written in the file, when there was one.
    public var rawClass: String?
    /// `"matched"`, `"unmatched"` or `"ambiguous"`.
    public var status: String
    /// For an ambiguous name, the candidate person ids joined by commas.
    public var candidates: String?

    /// Creates a match row.
    public init(
      fileIndex: Int,
      line: Int,
      personID: Int?,
      rule: Int?,
      rawName: String,
      rawClass: String? = nil,
      status: String,
      candidates: String? = nil
    ) {
      self.fileIndex = fileIndex
      self.line = line
      self.personID = personID
      self.rule = rule
      self.rawName = rawName
      self.rawClass = rawClass
      self.status = status
      self.candidates = candidates
    }

    /// The column names, which are also the coding keys, in storage order.
    enum CodingKeys: String, CodingKey, CaseIterable {
      case fileIndex = "file_index"
      case line
      case personID = "person_id"
      case rule
      case rawName = "raw_name"
      case rawClass = "raw_class"
      case status
      case candidates
    }
  }
}
