/// One role's block of `satisfaction` in indicators.md (post wave).
public struct SatisfactionIndicators: Sendable, Equatable {
  /// One rating item's answers.
  public struct ItemRow: Sendable, Equatable {
    /// `id` as indicators.md defines it.
    public var id: String
    /// `text` as indicators.md defines it.
    public var text: String?
    /// `n` as indicators.md defines it.
    public var n: Int
    /// `mean` as indicators.md defines it.
    public var mean: Double?
    /// Answer value → count, every integer of the scale in order.
    public var counts: [String: Int]
    /// The scale's integers as strings, the order of `counts` in JSON.
    public var order: [String]
  }

  /// An item asked pre (as expectations) and post.
  public struct ExpectationRow: Sendable, Equatable {
    /// `id` as indicators.md defines it.
    public var id: String
    /// `n_paired` as indicators.md defines it.
    public var nPaired: Int
    /// `mean_pre` as indicators.md defines it.
    public var meanPre: Double?
    /// `mean_post` as indicators.md defines it.
    public var meanPost: Double?
  }

  /// `mentees` or `mentors`.
  public var role: Role
  /// The instrument's id.
  public var instrument: String
  /// Why the block is empty, when it is.
  public var reason: IndicatorReason?
  /// Persons with the role.
  public var participants: Int
  /// Valid personal indices after de-duplication, matched or not.
  public var respondents: Int
  /// Matched respondents of the role.
  public var matchedRespondents: Int
  /// `response_rate` as indicators.md defines it.
  public var responseRate: Double?
  /// `index` as indicators.md defines it.
  public var index: Double?
  /// The index's level label from the instrument, when it has levels.
  public var indexLevel: String?
  /// `satisfied_share` as indicators.md defines it.
  public var satisfiedShare: Double?
  /// `continue_share` as indicators.md defines it.
  public var continueShare: Double?
  /// Why `continueShare` is nil.
  public var continueReason: IndicatorReason
  /// `become_mentor_share` as indicators.md defines it.
  public var becomeMentorShare: Double?
  /// `become_mentor_reason` as indicators.md defines it.
  public var becomeMentorReason: IndicatorReason
  /// `items` as indicators.md defines it.
  public var items: [ItemRow]
  /// nil when no pre answers exist (`no_data`).
  public var expectations: [ExpectationRow]?

  /// The block as `indicators.json` writes it.
  public func json() -> JSONValue {
    var fields = JSONFields()
    let none = (reason ?? .noData).rawValue
    fields.add("instrument", .string(instrument))
    if let reason { fields.add("reason", .string(reason.rawValue)) }
    fields.add("participants", .int(participants))
    fields.add("respondents", .int(respondents))
    fields.add("matched_respondents", .int(matchedRespondents))
    fields.add("response_rate", responseRate, orReason: participants == 0 ? "no_data" : none)
    fields.add("index", index, orReason: none)
    if let indexLevel { fields.add("index_level", .string(indexLevel)) }
    fields.add("satisfied_share", satisfiedShare, orReason: none)
    fields.add("continue_share", continueShare, orReason: continueReason.rawValue)
    if role == .mentee {
      fields.add("become_mentor_share", becomeMentorShare, orReason: becomeMentorReason.rawValue)
    }
    fields.add(
      "items",
      .array(
        items.map { row in
          var inner = JSONFields()
          inner.add("id", .string(row.id))
          inner.add("text", .optional(row.text))
          inner.add("n", .int(row.n))
          inner.add("mean", row.mean, orReason: "no_data")
          inner.add("counts", JSONFields.counts(row.order.map { ($0, row.counts[$0] ?? 0) }))
          return inner.json
        }))
    fields.add(
      "expectations",
      expectations.map { rows in
        .array(
          rows.map { row in
            var inner = JSONFields()
            inner.add("id", .string(row.id))
            inner.add("n_paired", .int(row.nPaired))
            inner.add("mean_pre", row.meanPre, orReason: "no_data")
            inner.add("mean_post", row.meanPost, orReason: "no_data")
            return inner.json
          })
      }, orReason: "no_data")
    return fields.json
  }
}
