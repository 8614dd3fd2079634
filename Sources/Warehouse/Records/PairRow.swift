extension Warehouse {
  /// One mentoring pair (or group): its mentor, model and dates.
  ///
  /// Stored in the `pairs` table, keyed by (`academic_year`, ``pairKey``).
  public struct PairRow: Sendable, Equatable, Hashable, Codable {
    /// The pair's key within the year.
    public var pairKey: String
    /// The mentor's person id.
    public var mentorID: Int
    /// The canonical model key, e.g. `"успевающий – неуспевающий"` or `"другое"`.
    public var model: String
    /// The model as written in the file, when it differed or was unrecognised.
    public var modelRaw: String?
    /// The pair's status as given, when given.
    public var status: String?
    /// The start date, ISO `yyyy-MM-dd`, when given.
    public var startDate: String?
    /// The end date, ISO `yyyy-MM-dd`, when given.
    public var endDate: String?
    /// The index of the file that declared the pair.
    public var fileIndex: Int

    /// Creates a pair row.
    public init(
      pairKey: String,
      mentorID: Int,
      model: String,
      modelRaw: String? = nil,
      status: String? = nil,
      startDate: String? = nil,
      endDate: String? = nil,
      fileIndex: Int
    ) {
      self.pairKey = pairKey
      self.mentorID = mentorID
      self.model = model
      self.modelRaw = modelRaw
      self.status = status
      self.startDate = startDate
      self.endDate = endDate
      self.fileIndex = fileIndex
    }

    /// The column names, which are also the coding keys, in storage order.
    enum CodingKeys: String, CodingKey, CaseIterable {
      case pairKey = "pair_key"
      case mentorID = "mentor_id"
      case model
      case modelRaw = "model_raw"
      case status
      case startDate = "start_date"
      case endDate = "end_date"
      case fileIndex = "file_index"
    }
  }
}
