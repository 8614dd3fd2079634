extension Warehouse {
  /// One person's entry in a registry (e.g. a risk register), with its dates.
  ///
  /// Stored in the `registries` table, in insertion order.
  public struct RegistryRow: Sendable, Equatable, Hashable, Codable {
    /// The registered person.
    public var personID: Int
    /// The registry's type.
    public var registryType: String
    /// The date the person was put on the registry, ISO `yyyy-MM-dd`.
    public var dateOn: String
    /// The date the person was taken off, ISO `yyyy-MM-dd`, or `nil` while still on it.
    public var dateOff: String?
    /// The index of the file the row came from.
    public var fileIndex: Int
    /// The line of that file.
    public var line: Int

    /// Creates a registry row.
    public init(
      personID: Int,
      registryType: String,
      dateOn: String,
      dateOff: String? = nil,
      fileIndex: Int,
      line: Int
    ) {
      self.personID = personID
      self.registryType = registryType
      self.dateOn = dateOn
      self.dateOff = dateOff
      self.fileIndex = fileIndex
      self.line = line
    }

    /// The column names, which are also the coding keys, in storage order.
    enum CodingKeys: String, CodingKey, CaseIterable {
      case personID = "person_id"
      case registryType = "registry_type"
      case dateOn = "date_on"
      case dateOff = "date_off"
      case fileIndex = "file_index"
      case line
    }
  }
}
