/// The data-quality summary of a normalize run (indicators.md §data_quality).
///
/// Counts are always present; the lists of people (raw names as written, with file and line)
/// only when `includeNames` — never in `indicators.json`.
public struct DataQuality: Sendable {
  public var data: NormalizedData

  public init(_ data: NormalizedData) {
    self.data = data
  }

  /// Matches a curator should see: unmatched, ambiguous, and rules 3–7 or overrides.
  public var unmatched: [MatchRecord] { data.matches.filter { $0.status == .unmatched } }
  public var ambiguous: [MatchRecord] { data.matches.filter { $0.status == .ambiguous } }
  public var fuzzy: [MatchRecord] {
    data.matches.filter { $0.status == .matched && ($0.rule?.needsConfirmation ?? false) }
  }
  public var duplicatesSuperseded: Int { data.rejects.filter { $0.reason == .duplicateSuperseded }.count }
  public var unrecognizedFiles: [FileAccount] {
    data.files.filter { $0.dataset == nil && $0.encoding != nil }
  }

  /// Rejects by reason, most frequent first (rows and cells together), ties by code.
  public var rejectsByReason: [(RejectReason, Int)] {
    var counts: [RejectReason: Int] = [:]
    for reject in data.rejects { counts[reject.reason, default: 0] += 1 }
    return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
  }

  /// The `data_quality` object.
  public func json(catalog: Catalog, includeNames: Bool) -> JSONValue {
    let files = data.files.map { file -> JSONValue in
      .object([
        ("path", .string(file.path)),
        ("dataset", .optional(file.dataset?.rawValue)),
        ("encoding", .optional(file.encoding?.rawValue)),
        ("delimiter", .optional(file.delimiter)),
        ("columns", .array(file.columns.map(JSONValue.string))),
        ("rows_read", .int(file.rowsRead)),
        ("rows_used", .int(file.rowsUsed)),
        ("rows_rejected", .int(file.rowsRejected)),
        ("cells_rejected", .int(file.cellsRejected)),
        ("sha256", .string(file.sha256)),
        ("blank_rows", .int(file.blankRows)),
        ("instruments", .array(file.instruments.map(JSONValue.string))),
        ("unclaimed_columns", .array(file.unclaimedColumns.map(JSONValue.string))),
        ("problems", .array(file.findings.map { $0.json(catalog: catalog) })),
      ])
    }
    var members: [(String, JSONValue)] = [
      ("files", .array(files)),
      ("rows_read", .int(data.files.reduce(0) { $0 + $1.rowsRead })),
      ("rows_used", .int(data.files.reduce(0) { $0 + $1.rowsUsed })),
      ("rows_rejected", .int(data.files.reduce(0) { $0 + $1.rowsRejected })),
      ("cells_rejected", .int(data.files.reduce(0) { $0 + $1.cellsRejected })),
      ("unmatched_persons", .int(unmatched.count)),
      ("ambiguous_persons", .int(ambiguous.count)),
      ("fuzzy_matches", .int(fuzzy.count)),
      ("duplicates_superseded", .int(duplicatesSuperseded)),
      ("unrecognized_files", .int(unrecognizedFiles.count)),
      (
        "rejects_by_reason",
        .object(rejectsByReason.map { ($0.0.rawValue, .int($0.1)) })
      ),
    ]
    if includeNames {
      members.append(("people", .array((unmatched + ambiguous + fuzzy).map { match(json: $0) })))
    }
    return .object(members)
  }

  private func match(json record: MatchRecord) -> JSONValue {
    .object([
      ("file", .string(data.files[record.file].path)),
      ("line", .int(record.line)),
      ("as_written", .string(record.rawName)),
      ("class_as_written", .optional(record.rawClass)),
      ("status", .string(record.status.rawValue)),
      ("rule", .optional(record.rule?.code)),
      ("person", .optional(record.person.map { data.persons[$0.rawValue].name.display })),
      ("candidates", .array(record.candidates.map { .string(data.persons[$0.rawValue].name.display) })),
    ])
  }
}
