extension Warehouse {
  /// One role a person holds in the programme, as declared by one file.
  ///
  /// Stored in the `roles` table, in insertion order.
  public struct RoleRow: Sendable, Equatable, Hashable, Codable {
    /// The person holding the role.
    public var personID: Int
    /// `"mentor"` or `"mentee"`.
    public var role: String
    /// The category (e.g. of a mentee), when given.
    public var category: String?
    /// Whether the person has special educational needs, when stated.
    public var specialNeeds: Bool?
    /// Whether the person is new to the school, when stated.
    public var newcomer: Bool?
    /// The index of the file that declared the role.
    public var fileIndex: Int

    /// Creates a role row.
    public init(
      personID: Int,
      role: String,
      category: String? = nil,
      specialNeeds: Bool? = nil,
      newcomer: Bool? = nil,
      fileIndex: Int
    ) {
      self.personID = personID
      self.role = role
      self.category = category
      self.specialNeeds = specialNeeds
      self.newcomer = newcomer
      self.fileIndex = fileIndex
    }

    /// The column names, which are also the coding keys, in storage order.
    enum CodingKeys: String, CodingKey, CaseIterable {
      case personID = "person_id"
      case role
      case category
      case specialNeeds = "special_needs"
      case newcomer
      case fileIndex = "file_index"
    }
  }
}
