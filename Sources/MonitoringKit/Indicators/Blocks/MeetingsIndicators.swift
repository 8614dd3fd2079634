/// The `meetings` block of indicators.md: how the pairs met.
///
/// Decisions where the specification is silent:
/// - `pairs` (the divisor of `mean_per_pair`) is the coverage count: distinct pair ids with at
///   least one mentee; `null` (`no_data`) without pairs.
/// - Every logged meeting counts in `meetings_total`, typed or not; untyped ones are counted in
///   `untyped` beside `by_type`.
/// - A full cycle needs знакомство, планирование, ≥ 1 рабочая and итоговая (пробная optional).
public struct MeetingsIndicators: Sendable, Equatable {
  /// `pairs` as indicators.md defines it.
  public var pairs: Int
  /// `pairs_with_meetings` as indicators.md defines it.
  public var pairsWithMeetings: Int
  /// `meetings_total` as indicators.md defines it.
  public var meetingsTotal: Int
  /// `by_type` as indicators.md defines it.
  public var byType: [MeetingType: Int]
  /// `untyped` as indicators.md defines it.
  public var untyped: Int
  /// `full_cycle_pairs` as indicators.md defines it.
  public var fullCyclePairs: Int

  /// meetings_total ÷ pairs.
  public var meanPerPair: Double? { Numbers.share(meetingsTotal, of: pairs) }

  /// Computes the block.
  public static func compute(data: NormalizedData) -> MeetingsIndicators {
    let pairs = Set(data.pairs.filter { !$0.mentees.isEmpty }.map(\.key))
    var types: [String: Set<MeetingType>] = [:]
    var byType: [MeetingType: Int] = [:]
    var untyped = 0
    for meeting in data.meetings {
      if let type = meeting.type {
        byType[type, default: 0] += 1
        types[meeting.pairKey, default: []].insert(type)
      } else {
        untyped += 1
        types[meeting.pairKey, default: []].formUnion([])
      }
    }
    let full = types.values.filter(Self.isFullCycle).count
    return MeetingsIndicators(
      pairs: pairs.count, pairsWithMeetings: types.count, meetingsTotal: data.meetings.count, byType: byType,
      untyped: untyped, fullCyclePairs: full)
  }

  /// The block as `indicators.json` writes it.
  public func json() -> JSONValue {
    var fields = JSONFields()
    fields.add("pairs", .int(pairs))
    fields.add("pairs_with_meetings", .int(pairsWithMeetings))
    fields.add("meetings_total", .int(meetingsTotal))
    fields.add("mean_per_pair", meanPerPair, orReason: "no_data")
    fields.add("by_type", JSONFields.counts(MeetingType.allCases.map { ($0.label, byType[$0] ?? 0) }))
    fields.add("untyped", .int(untyped))
    fields.add("full_cycle_pairs", .int(fullCyclePairs))
    return fields.json
  }
}
