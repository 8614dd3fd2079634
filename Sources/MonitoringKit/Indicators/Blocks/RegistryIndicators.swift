/// The `registry` block of indicators.md: prevention-registry counts on the programme dates.
///
/// On a registry on date D: `date_on ≤ D` and (no `date_off` or `date_off > D`); dates are
/// compared as calendar days. A person is counted once in the totals and once per type.
/// Decision where the specification is silent: `added_during` / `removed_during` count persons
/// with at least one entry whose `date_on` / `date_off` falls in (start, end].
public struct RegistryIndicators: Sendable {
  /// `date_start` as indicators.md defines it.
  public var dateStart: SchoolDate
  /// `date_end` as indicators.md defines it.
  public var dateEnd: SchoolDate
  /// Whether any registry data was read.
  public var hasData: Bool
  /// `school_on_start` as indicators.md defines it.
  public var schoolOnStart: Int
  /// `school_on_end` as indicators.md defines it.
  public var schoolOnEnd: Int
  /// `mentees_on_start` as indicators.md defines it.
  public var menteesOnStart: Int
  /// `mentees_on_end` as indicators.md defines it.
  public var menteesOnEnd: Int
  /// `added_during` as indicators.md defines it.
  public var addedDuring: Int
  /// `removed_during` as indicators.md defines it.
  public var removedDuring: Int
  /// `mentees_added_during` as indicators.md defines it.
  public var menteesAddedDuring: Int
  /// `mentees_removed_during` as indicators.md defines it.
  public var menteesRemovedDuring: Int
  /// Type label → (on start, on end), in label order.
  public var byType: [String: (onStart: Int, onEnd: Int)]
  /// `previous_year_on_end` as indicators.md defines it.
  public var previousYearOnEnd: Int?

  /// Whether `record` is on the registry on `date`.
  public static func isOn(_ record: RegistryRecord, on date: SchoolDate) -> Bool {
    let day = date.dateOnly
    guard record.dateOn.dateOnly <= day else { return false }
    guard let off = record.dateOff else { return true }
    return off.dateOnly > day
  }

  /// Computes the block.
  public static func compute(data: NormalizedData, populations: Populations, settings: IndicatorSettings)
    -> RegistryIndicators
  {
    let start = settings.programmeStart
    let end = settings.programmeEnd
    func persons(_ records: [RegistryRecord], on date: SchoolDate) -> Set<PersonID> {
      Set(records.filter { isOn($0, on: date) }.map(\.person))
    }
    func within(_ date: SchoolDate?) -> Bool {
      guard let day = date?.dateOnly else { return false }
      return day > start.dateOnly && day <= end.dateOnly
    }
    let onStart = persons(data.registry, on: start)
    let onEnd = persons(data.registry, on: end)
    let added = Set(data.registry.filter { within($0.dateOn) }.map(\.person))
    let removed = Set(data.registry.filter { within($0.dateOff) }.map(\.person))
    var byType: [String: (Int, Int)] = [:]
    for label in Set(data.registry.map(\.type.label)) {
      let records = data.registry.filter { $0.type.label == label }
      byType[label] = (persons(records, on: start).count, persons(records, on: end).count)
    }
    let mentees = populations.mentees
    return RegistryIndicators(
      dateStart: start, dateEnd: end, hasData: !data.registry.isEmpty, schoolOnStart: onStart.count,
      schoolOnEnd: onEnd.count, menteesOnStart: onStart.intersection(mentees).count,
      menteesOnEnd: onEnd.intersection(mentees).count, addedDuring: added.count, removedDuring: removed.count,
      menteesAddedDuring: added.intersection(mentees).count,
      menteesRemovedDuring: removed.intersection(mentees).count,
      byType: byType, previousYearOnEnd: settings.previousYearRegistryOnEnd)
  }

  /// The block as `indicators.json` writes it; counts are `null` (`no_data`) without registry
  /// data, since «nobody on the registry» cannot be told from «no registry file».
  public func json() -> JSONValue {
    var fields = JSONFields()
    fields.add("date_start", .string(dateStart.iso))
    fields.add("date_end", .string(dateEnd.iso))
    let count: (Int) -> Int? = { hasData ? $0 : nil }
    fields.add("school_on_start", count(schoolOnStart), orReason: "no_data")
    fields.add("school_on_end", count(schoolOnEnd), orReason: "no_data")
    fields.add("mentees_on_start", count(menteesOnStart), orReason: "no_data")
    fields.add("mentees_on_end", count(menteesOnEnd), orReason: "no_data")
    fields.add("added_during", count(addedDuring), orReason: "no_data")
    fields.add("removed_during", count(removedDuring), orReason: "no_data")
    fields.add("mentees_added_during", count(menteesAddedDuring), orReason: "no_data")
    fields.add("mentees_removed_during", count(menteesRemovedDuring), orReason: "no_data")
    fields.add(
      "by_type",
      .object(
        byType.keys.sorted().map { label in
          (
            label,
            .object([("on_start", .int(byType[label]!.onStart)), ("on_end", .int(byType[label]!.onEnd))])
          )
        }))
    fields.add("previous_year_on_end", previousYearOnEnd, orReason: "no_history")
    return fields.json
  }
}
