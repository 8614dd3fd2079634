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
    let index = gradeCell(person: person, subject: subject, period: period)
    for mark in marks { data.grades[index].add(mark) }
  }

  /// The index of the person × subject × period aggregate, created when new.
  @inline(__always)
  mutating func gradeCell(person: PersonID, subject: Int, period: Period) -> Int {
    let periodCode = Self.periodCode(period)
    let key = person.rawValue << 24 | subject << 8 | periodCode
    let slot = RecentCells.slot(subject: subject, periodCode: periodCode)
    if let recent = recentGradeCells.index(of: key, at: slot) { return recent }
    let found = gradeIndex.get(key)
    if found != IntMap.missing {
      recentGradeCells.remember(key, found, at: slot)
      return found
    }
    let index = data.grades.count
    gradeIndex.set(key, index)
    recentGradeCells.remember(key, index, at: slot)
    data.grades.append(GradeCell(person: person, subject: subjectNames[subject], period: period))
    return index
  }

  /// A period as a small number: its kind in the first bits, its index in the last four.
  @inline(__always)
  static func periodCode(_ period: Period) -> Int {
    let kind =
      switch period.kind {
      case .quarter: 0
      case .trimester: 1
      case .half: 2
      case .year: 3
      }
    return kind << 4 | period.index
  }

  /// A lone digit 1–5: the journal's usual cell, read without building an array.
  @inline(__always)
  static func singleDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard bytes.count == 1, bytes[0] >= UInt8(ascii: "1"), bytes[0] <= UInt8(ascii: "5") else { return nil }
    return Int(bytes[0] - UInt8(ascii: "0"))
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
  mutating func gradesLong(
    _ reader: TableReader, _ mapping: HeaderMapping, file: Int, fileSettings: FileSettings
  )
    throws -> TableReadSummary
  {
    let subjectColumn = mapping.columnOf[.subject]!
    let markColumn = mapping.columnOf[.mark]!
    let periodColumn = mapping.columnOf[.period]
    let dateColumn = mapping.columnOf[.date]
    let fallbackPeriod = filePeriod(fileSettings, path: data.files[file].path)
    let assumedKind = periodColumn.flatMap { Self.periodKind(header: mapping.headers[$0]) }
    var people = RowPersonCache(mapping)
    var subjects = ByteInterner(capacity: 64)
    var periods = ByteInterner(capacity: 16)
    var dates = ByteInterner(capacity: 512)
    var subjectOf: [Int] = []
    var periodOf: [Period?] = []
    var dateOf: [SchoolDate?] = []
    var dateCounts: [Int] = []
    // Short cells (a quarter «1», a date «12.09.25») by their packed bytes: no hashing.
    var shortPeriods = IntMap(capacity: 16)
    var oneBytePeriods = [Int](repeating: IntMap.missing, count: 256)
    var shortDates = IntMap(capacity: 512)
    let mayCreate = !directory.studentsLoaded
    // Rows used, added to the file's account at the end rather than row by row.
    var used = 0
    defer { data.files[file].rowsUsed += used }
    let summary = try reader.read { row in
      guard row.record > 1 else { return }
      // The person, once per name and class (or row by row).
      let outcome =
        people?.person(row) { rowPerson($0, mapping, file: file, mayCreate: mayCreate) }
        ?? rowPerson(row, mapping, file: file, mayCreate: mayCreate)
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
        let bytes = row[periodColumn]
        var periodKey = IntMap.missing
        if bytes.count == 1 {
          periodKey = oneBytePeriods[Int(bytes[0])]
        } else if let packed = ByteInterner.packed(bytes) {
          periodKey = shortPeriods.get(packed)
        }
        if periodKey == IntMap.missing {
          periodKey = periods.intern(bytes)
          if bytes.count == 1 {
            oneBytePeriods[Int(bytes[0])] = periodKey
          } else if let packed = ByteInterner.packed(bytes) {
            shortPeriods.set(packed, periodKey)
          }
        }
        if periodKey == periodOf.count {
          periodOf.append(
            cell(row, column: periodColumn).flatMap { Period(parsing: $0, assuming: assumedKind) })
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
      if let dateColumn, case let bytes = row[dateColumn], bytes.count > 0 {
        var dateKey = IntMap.missing
        let packed = ByteInterner.packed(bytes)
        if let packed { dateKey = shortDates.get(packed) }
        if dateKey == IntMap.missing {
          dateKey = dates.intern(bytes)
          if let packed { shortDates.set(packed, dateKey) }
        }
        if dateKey == dateOf.count {
          let text = cell(row, column: dateColumn)
          dateOf.append(text.flatMap(DateParser.parse))
          dateCounts.append(0)
        }
        dateCounts[dateKey] += 1
      }
      // Marks: a lone digit straight from its byte, anything else through the parsers.
      let markBytes = row[markColumn]
      if let digit = Self.singleDigit(markBytes) {
        let index = gradeCell(person: person, subject: subject, period: period)
        data.grades[index].add(digit: digit)
        used += 1
        return
      }
      switch marks(markBytes, decoder: row.decoder) {
      case .success(let values) where !values.isEmpty:
        addMarks(values, person: person, subject: subject, period: period)
        used += 1
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
    _ reader: TableReader, _ mapping: HeaderMapping, file: Int, fileSettings: FileSettings,
    subjectColumns columns: [Int]
  ) throws -> TableReadSummary {
    let subjectColumns = columns.map {
      ($0, subjectID(mapping.headers[$0].trimmingCharacters(in: .whitespaces)))
    }
    data.files[file].unclaimedColumns = mapping.otherColumns.filter { !columns.contains($0) }.map {
      mapping.headers[$0]
    }
    let periodColumn = mapping.columnOf[.period]
    let fallbackPeriod = filePeriod(fileSettings, path: data.files[file].path)
    let mayCreate = !directory.studentsLoaded
    var people = RowPersonCache(mapping)
    return try reader.read { row in
      guard row.record > 1 else { return }
      let period =
        periodColumn.flatMap { cell(row, column: $0) }.flatMap { Period(parsing: $0) } ?? fallbackPeriod
      guard let period else {
        rejectRow(file, line: row.line, .periodUnknown, column: "Период")
        return
      }
      let outcome =
        people?.person(row) { rowPerson($0, mapping, file: file, mayCreate: mayCreate) }
        ?? rowPerson(row, mapping, file: file, mayCreate: mayCreate)
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
            file, line: row.line, RejectReason(rawValue: error.code) ?? .unknownValue,
            column: mapping.headers[column],
            value: cell(row, column: column) ?? "")
        }
      }
      if used {
        useRow(file)
      } else {
        rejectRow(
          file, line: row.line, .missingCell, column: "Отметки", detail: "в строке нет ни одной отметки")
      }
    }
  }
}
