extension Warehouse {
  /// One mentee of a pair.
  ///
  /// Stored in the `pair_members` table, keyed by (`academic_year`, ``pairKey``, ``menteeID``).
  public struct PairMemberRow: Sendable, Equatable, Hashable, Codable {
    /// The pair's key.
    public var pairKey: String
    /// The mentee's person id.
    public var menteeID: Int

    /// Creates a pair member row.
    public init(pairKey: String, menteeID: Int) {
      self.pairKey = pairKey
      self.menteeID = menteeID
    }

    /// The column names, which are also the coding keys, in storage order.
    enum CodingKeys: String, CodingKey, CaseIterable {
      case pairKey = "pair_key"
      case menteeID = "mentee_id"
    }
  }
}
