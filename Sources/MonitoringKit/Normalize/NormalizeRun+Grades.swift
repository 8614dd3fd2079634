import TabularIO

extension NormalizeRun {
  /// Where a grades file's period comes from when it has no period column.
  func filePeriod(_ settings: FileSettings, path: String) -> Period? {
    settings.period ?? Period.fromFileName(path)
  }

  /// The id of a subject name, shared by every grades file.
  mutating func subjectID(_ name: String) -> Int {
    if let id = subjectIDs[name] { return id }
    subjectIDs[name] = subjectNames.count
    subjectNames.append(name)
    return subjectNames.count - 1
  }

  /// Adds marks to the person × subject × period aggregate.
  mutating func addMarks(_ marks: [MarkValue], person: PersonID, subject: Int, period: Period) {
    let periodCode = (Period.Kind.allCases.firstIndex(of: period.kind) ?? 0) * 16 + period.index
    let key = person.rawValue << 24 | subject << 8 | periodCode
    let index: Int
    if let found = gradeIndex[key] {
      index = found
    } else {
      index = data.grades.count
      gradeIndex[key] = index
      data.grades.append(GradeCell(person: person, subject: subjectNames[subject], period: period))
    }
    for mark in marks { data.grades[index].add(mark) }
  }

  /// Parses a mark cell from its bytes, falling back to text for Cyrillic words.
  func marks(_ bytes: UnsafeBufferPointer<UInt8>, decoder: CellDecoder) -> Result<[MarkValue], MarkError> {
    if let fast = MarkParser.parseASCII(bytes) { return .success(fast) }
    let text = CellText.clean(decoder.decode(bytes)) ?? ""
    return MarkParser.parse(text)
  }

  /// `grades-long`: one row per mark (a period export or a journal of current marks).
  ///
  /// The hot path: names, classes, subjects, periods and dates are interned by their bytes, so a
  /// journal of millions of rows decodes and resolves each distinct value once; marks are parsed
  /// from bytes; only per person × subject × period aggregates are kept.
  mutating func gradesLong(_ reader: TableReader, _ mapping: HeaderMapping, file: Int, fileSettings: FileSettings)
    throws -> TableReadSummary
  {
    let nameColumn = mapping.columnOf[.fullName]
    let classColumn = mapping.columnOf[.schoolClass]
    let subjectColumn = mapping.columnOf[.subject]!
    let markColumn = mapping.columnOf[.mark]!
    let periodColumn = mapping.columnOf[.period]
    let dateColumn = mapping.columnOf[.date]
    let fallbackPeriod = filePeriod(fileSettings, path: data.files[file].path)
    let assumedKind = periodColumn.flatMap { Self.periodKind(header: mapping.headers[$0]) }
    var people = ByteInterner(capacity: 4096)
    var classes = ByteInterner(capacity: 64)
    var subjects = ByteInterner(capacity: 64)
    var periods = ByteInterner(capacity: 16)
    var dates = ByteInterner(capacity: 512)
    var personOf: [Int: PersonOutcome] = [:]
    var subjectOf: [Int] = []
    var periodOf: [Period?] = []
    var dateOf: [SchoolDate?] = []
    var dateCounts: [Int] = []
    let mayCreate = !directory.studentsLoaded
    let summary = try reader.read { row in
      guard row.record > 1 else { return }
      // The person, by the bytes of name and class (or the name columns when split).
      let outcome: PersonOutcome
      if let nameColumn {
        let nameID = people.intern(row[nameColumn])
        let classID = classColumn.map { classes.intern(row[$0]) } ?? 0
        let key = nameID << 20 | classID
        if let known = personOf[key] {
          outcome = known
        } else {
          outcome = resolvePerson(
            name: rawName(row, mapping), classText: cell(row, mapping, .schoolClass),
            studentID: cell(row, mapping, .studentID), file: file, line: row.line, mayCreate: mayCreate)
          personOf[key] = outcome
        }
      } else {
        outcome = resolvePerson(
          name: rawName(row, mapping), classText: cell(row, mapping, .schoolClass),
          studentID: cell(row, mapping, .studentID), file: file, line: row.line, mayCreate: mayCreate)
      }
      guard case .person(let person) = outcome else {
        reject(outcome, file: file, line: row.line)
        return
      }
      // Subject.
      let subjectKey = subjects.intern(row[subjectColumn])
      if subjectKey == subjectOf.count {
        let name = cell(row, column: subjectColumn)
        subjectOf.append(name.map { subjectID($0) } ?? -1)
      }
      let subject = subjectOf[subjectKey]
      guard subject >= 0 else {
        rejectRow(file, line: row.line, .missingCell, column: "Предмет")
        return
      }
      // Period.
      var period = fallbackPeriod
      if let periodColumn {
        let periodKey = periods.intern(row[periodColumn])
        if periodKey == periodOf.count {
          periodOf.append(cell(row, column: periodColumn).flatMap { Period(parsing: $0, assuming: assumedKind) })
        }
        period = periodOf[periodKey] ?? fallbackPeriod
      }
      guard let period else {
        rejectRow(
          file, line: row.line, .periodUnknown, column: "Период",
          value: periodColumn.flatMap { cell(row, column: $0) })
        return
      }
      // Date (current marks): counted for the academic year.
      if let dateColumn, row[dateColumn].count > 0 {
        let dateKey = dates.intern(row[dateColumn])
        if dateKey == dateOf.count {
          let text = cell(row, column: dateColumn)
          dateOf.append(text.flatMap(DateParser.parse))
          dateCounts.append(0)
        }
        dateCounts[dateKey] += 1
      }
      // Marks.
      switch marks(row[markColumn], decoder: row.decoder) {
      case .success(let values) where !values.isEmpty:
        addMarks(values, person: person, subject: subject, period: period)
        useRow(file)
      case .success:
        rejectRow(file, line: row.line, .missingCell, column: "Отметка")
      case .failure(let error):
        rejectRow(
          file, line: row.line, RejectReason(rawValue: error.code) ?? .unknownValue, column: "Отметка",
          value: cell(row, column: markColumn))
      }
    }
    for (index, date) in dateOf.enumerated() {
      guard let date else { continue }
      yearVotes[AcademicYear(year: date.year, month: date.month).startYear, default: 0] += dateCounts[index]
    }
    return summary
  }

  /// The period kind a column's header names («Четверть» → quarters), so a bare «2» reads.
  static func periodKind(header: String) -> Period.Kind? {
    switch HeaderNormalizer.normalize(header) {
    case "четверть": .quarter
    case "триместр": .trimester
    case "полугодие": .half
    default: nil
    }
  }

  /// `grades-wide`: one row per person, one column per subject («сводная ведомость»).
  mutating func gradesWide(
    _ reader: TableReader, _ mapping: HeaderMapping, file: Int, fileSettings: FileSettings, subjectColumns columns: [Int]
  ) throws -> TableReadSummary {
    let subjectColumns = columns.map { ($0, subjectID(mapping.headers[$0].trimmingCharacters(in: .whitespaces))) }
    data.files[file].unclaimedColumns = mapping.otherColumns.filter { !columns.contains($0) }.map { mapping.headers[$0] }
    let periodColumn = mapping.columnOf[.period]
    let fallbackPeriod = filePeriod(fileSettings, path: data.files[file].path)
    let mayCreate = !directory.studentsLoaded
    return try reader.read { row in
      guard row.record > 1 else { return }
      let period = periodColumn.flatMap { cell(row, column: $0) }.flatMap { Period(parsing: $0) } ?? fallbackPeriod
      guard let period else {
        rejectRow(file, line: row.line, .periodUnknown, column: "Период")
        return
      }
      let outcome = resolvePerson(
        name: rawName(row, mapping), classText: cell(row, mapping, .schoolClass),
        studentID: cell(row, mapping, .studentID), file: file, line: row.line, mayCreate: mayCreate)
      guard case .person(let person) = outcome else {
        reject(outcome, file: file, line: row.line)
        return
      }
      var used = false
      for (column, subject) in subjectColumns where row[column].count > 0 {
        switch marks(row[column], decoder: row.decoder) {
        case .success(let values) where !values.isEmpty:
          addMarks(values, person: person, subject: subject, period: period)
          used = true
        case .success:
          continue
        case .failure(let error):
          rejectCell(
            file, line: row.line, RejectReason(rawValue: error.code) ?? .unknownValue, column: mapping.headers[column],
            value: cell(row, column: column) ?? "")
        }
      }
      if used {
        useRow(file)
      } else {
        rejectRow(file, line: row.line, .missingCell, column: "Отметки", detail: "в строке нет ни одной отметки")
      }
    }
  }
}
