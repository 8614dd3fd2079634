import TabularIO

/// The state of one normalize run: what has been read so far and the helpers every dataset uses.
struct NormalizeRun {
  let settings: NormalizeSettings
  var data: NormalizedData
  var directory: PersonDirectory
  /// Grade aggregates by packed person × subject × period (see `gradeCell`).
  var gradeIndex = IntMap(capacity: 4096)
  /// The cells used last, in front of `gradeIndex` (see `gradeCell`).
  var recentGradeCells = RecentCells()
  /// Subjects by id, and ids by name.
  var subjectNames: [String] = []
  var subjectIDs: [String: Int] = [:]
  /// Academic years of dated events (not birth dates), for inferring the year.
  var yearVotes: [Int: Int] = [:]
  /// Survey submissions, for waves and duplicates once the year is known.
  var submissions: [Submission] = []
  /// Pairs by key, in order of first appearance.
  var pairIndex: [String: Int] = [:]
  /// Roles already recorded: (person, role) → index in `data.roles`.
  var roleIndex: [RoleKey: Int] = [:]
  /// Match records already written for a file (file, raw key).
  var matchSeen: Set<String> = []
  /// Parsed values by raw text: each distinct spelling is parsed once.
  var nameMemo = SpellingMemo<PersonName?>()
  var classMemo = SpellingMemo<SchoolClass?>()
  var dateMemo = SpellingMemo<SchoolDate?>()
  var monthMemo = SpellingMemo<AcademicMonth?>()
  var meetingTypeMemo = SpellingMemo<MeetingType?>()
  var sexMemo = SpellingMemo<Sex?>()

  struct RoleKey: Hashable {
    var person: Int
    var role: Role
  }

  /// One survey row: where it is, whose it is, what it says about its wave.
  struct Submission {
    var file: Int
    var line: Int
    var person: PersonID?
    var personKey: String
    var role: Role?
    var submittedAt: SchoolDate?
    var waveFromColumn: Wave?
    var waveFromFile: Wave?
    var instrumentKey: String
    var defaultWave: Wave?
    var firstAnswer: Int
    var answerCount: Int
  }

  init(settings: NormalizeSettings) {
    self.settings = settings
    data = NormalizedData(academicYear: settings.academicYear ?? AcademicYear(startYear: 2000))
    directory = PersonDirectory(overrides: settings.matchOverrides)
  }

  // MARK: cells

  /// A field's cleaned text in `row`, nil when absent or empty.
  func cell(_ row: borrowing CSVRow, _ mapping: HeaderMapping, _ field: CanonicalField) -> String? {
    guard let column = mapping.columnOf[field] else { return nil }
    return CellText.clean(row.string(at: column))
  }

  /// A column's cleaned text.
  func cell(_ row: borrowing CSVRow, column: Int) -> String? {
    CellText.clean(row.string(at: column))
  }

  /// A class, parsed once per spelling.
  mutating func parseClass(_ text: String) -> SchoolClass? {
    classMemo.value(text) { SchoolClass(parsing: $0) }
  }

  /// A date, parsed once per spelling.
  mutating func parseDate(_ text: String) -> SchoolDate? {
    dateMemo.value(text) { DateParser.parse($0) }
  }

  /// A month or a date's month, parsed once per spelling.
  mutating func parseMonth(_ text: String) -> (AcademicMonth, SchoolDate?)? {
    if let date = parseDate(text) { return (AcademicMonth(date: date), date) }
    return monthMemo.value(text) { AcademicMonth.parse($0) }.map { ($0, nil) }
  }

  /// A meeting type, found once per spelling (keyword search over the folded text is slow).
  mutating func parseMeetingType(_ text: String) -> MeetingType? {
    meetingTypeMemo.value(text) { MeetingType.parse($0) }
  }

  /// A sex, parsed once per spelling.
  mutating func parseSex(_ text: String) -> Sex? {
    sexMemo.value(text) { Sex.parse($0) }
  }

  /// Counts a dated event towards the academic year it falls in.
  mutating func vote(_ date: SchoolDate?) {
    guard let date else { return }
    yearVotes[AcademicYear(year: date.year, month: date.month).startYear, default: 0] += 1
  }

  // MARK: rejects and accounting

  /// Rejects a whole row.
  mutating func rejectRow(
    _ file: Int, line: Int, _ reason: RejectReason, column: String? = nil, value: String? = nil,
    detail: String? = nil
  ) {
    data.rejects.append(
      Reject(
        file: file, path: data.files[file].path, line: line, column: column, value: value, reason: reason,
        detail: detail))
    data.files[file].rowsRejected += 1
  }

  /// Lists a bad cell of a row that is otherwise used.
  mutating func rejectCell(
    _ file: Int, line: Int, _ reason: RejectReason, column: String, value: String, detail: String? = nil
  ) {
    data.rejects.append(
      Reject(
        file: file, path: data.files[file].path, line: line, column: column, value: value, reason: reason,
        detail: detail, cellLevel: true))
    data.files[file].cellsRejected += 1
  }

  /// Counts a used row.
  mutating func useRow(_ file: Int) {
    data.files[file].rowsUsed += 1
  }

  // MARK: people

  /// What a row's person came to.
  enum PersonOutcome {
    case person(PersonID)
    /// Nobody known (the name as written); the row may still be used where no person is needed.
    case unknown(String)
    /// The row cannot be used: `reason` with the name as written.
    case rejected(RejectReason, value: String, detail: String?)
  }

  /// The name written in a row: a full-name column or the surname/name/patronymic columns.
  mutating func rawName(
    _ row: borrowing CSVRow, _ mapping: HeaderMapping, nameField: CanonicalField = .fullName
  )
    -> (text: String, name: PersonName?)?
  {
    if let full = cell(row, mapping, nameField) {
      return (full, nameMemo.value(full) { PersonName(fullName: $0) })
    }
    guard nameField == .fullName else { return nil }
    let last = cell(row, mapping, .lastName)
    let first = cell(row, mapping, .firstName)
    let middle = cell(row, mapping, .middleName)
    guard last != nil || first != nil else { return nil }
    let text = [last, first, middle].compactMap { $0 }.joined(separator: " ")
    return (text, PersonName(lastName: last, firstName: first, middleName: middle))
  }

  /// Resolves the person of a row from its name, class and id columns.
  mutating func rowPerson(_ row: borrowing CSVRow, _ mapping: HeaderMapping, file: Int, mayCreate: Bool)
    -> PersonOutcome
  {
    resolvePerson(
      name: rawName(row, mapping), classText: cell(row, mapping, .schoolClass),
      studentID: cell(row, mapping, .studentID), file: file, line: row.line, mayCreate: mayCreate)
  }

  /// Resolves the person of a row and records how, for the data-quality lists.
  mutating func resolvePerson(
    name: (text: String, name: PersonName?)?, classText: String?, studentID: String?, file: Int, line: Int,
    mayCreate: Bool
  ) -> PersonOutcome {
    guard let name, let parsed = name.name else {
      if let studentID, let found = directory.persons.first(where: { $0.studentID == studentID }) {
        return .person(found.id)
      }
      return .rejected(.missingCell, value: name?.text ?? "", detail: "нет ФИО")
    }
    let schoolClass = classText.flatMap { parseClass($0) }
    let resolution = directory.resolve(
      name: parsed, schoolClass: schoolClass, studentID: studentID, mayCreate: mayCreate, file: file)
    let key = "\(file)|\(name.text)|\(classText ?? "")"
    switch resolution {
    case .person(let id, let rule, _):
      if let rule, rule.needsConfirmation || rule == .override, matchSeen.insert(key).inserted {
        data.matches.append(
          MatchRecord(
            file: file, line: line, rawName: name.text, rawClass: classText, status: .matched, person: id,
            rule: rule,
            candidates: []))
      }
      return .person(id)
    case .ambiguous(let ids, let rule):
      if matchSeen.insert(key).inserted {
        data.matches.append(
          MatchRecord(
            file: file, line: line, rawName: name.text, rawClass: classText, status: .ambiguous, person: nil,
            rule: rule,
            candidates: ids))
      }
      return .rejected(
        .ambiguousPerson, value: name.text,
        detail: ids.map { directory.person($0).name.display }.joined(separator: "; "))
    case .unmatched:
      if matchSeen.insert(key).inserted {
        data.matches.append(
          MatchRecord(
            file: file, line: line, rawName: name.text, rawClass: classText, status: .unmatched, person: nil,
            rule: nil,
            candidates: []))
      }
      return .unknown(name.text)
    }
  }
}
