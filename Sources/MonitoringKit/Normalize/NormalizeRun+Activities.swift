import TabularIO

extension NormalizeRun {
  /// `clubs`: a person in a club in a month (or on a date); attendance numbers optional.
  mutating func clubs(_ reader: TableReader, _ mapping: HeaderMapping, file: Int) throws -> TableReadSummary {
    let mayCreate = !directory.studentsLoaded
    var people = RowPersonCache(mapping)
    return try reader.read { row in
      guard row.record > 1 else { return }
      guard let club = cell(row, mapping, .club) else {
        rejectRow(file, line: row.line, .missingCell, column: "Кружок")
        return
      }
      let periodText = cell(row, mapping, .period) ?? cell(row, mapping, .date)
      guard let periodText, let (month, date) = parseMonth(periodText) else {
        rejectRow(file, line: row.line, .periodUnknown, column: "Месяц", value: periodText)
        return
      }
      vote(date)
      let outcome =
        people?.person(row) { rowPerson($0, mapping, file: file, mayCreate: mayCreate) }
        ?? rowPerson(row, mapping, file: file, mayCreate: mayCreate)
      guard case .person(let person) = outcome else {
        reject(outcome, file: file, line: row.line)
        return
      }
      let attended = count(row, mapping, .attended, file: file, line: row.line, column: "Посещено")
      let held = count(row, mapping, .held, file: file, line: row.line, column: "Всего занятий")
      data.clubs.append(
        ClubRecord(
          person: person, club: club, month: month, periodLabel: periodText, attended: attended, held: held,
          file: file,
          line: row.line))
      useRow(file)
    }
  }

  /// `registry`: a person on a prevention registry from a date, maybe until a date.
  mutating func registry(_ reader: TableReader, _ mapping: HeaderMapping, file: Int) throws
    -> TableReadSummary
  {
    let mayCreate = !directory.studentsLoaded
    var people = RowPersonCache(mapping)
    return try reader.read { row in
      guard row.record > 1 else { return }
      guard let typeText = cell(row, mapping, .registryType), let type = RegistryType.parse(typeText) else {
        rejectRow(file, line: row.line, .missingCell, column: "Вид учёта")
        return
      }
      let onText = cell(row, mapping, .dateOn)
      guard let onText, let dateOn = parseDate(onText) else {
        rejectRow(
          file, line: row.line, onText == nil ? .missingCell : .typeError, column: "Дата постановки",
          value: onText)
        return
      }
      let outcome =
        people?.person(row) { rowPerson($0, mapping, file: file, mayCreate: mayCreate) }
        ?? rowPerson(row, mapping, file: file, mayCreate: mayCreate)
      guard case .person(let person) = outcome else {
        reject(outcome, file: file, line: row.line)
        return
      }
      let dateOff = date(row, mapping, .dateOff, file: file, line: row.line, column: "Дата снятия")
      vote(dateOn)
      vote(dateOff)
      data.registry.append(
        RegistryRecord(
          person: person, type: type, dateOn: dateOn, dateOff: dateOff, file: file, line: row.line))
      useRow(file)
    }
  }

  /// `meetings`: a pair's meeting by pair number, or by mentor and mentee.
  mutating func meetings(_ reader: TableReader, _ mapping: HeaderMapping, file: Int) throws
    -> TableReadSummary
  {
    try reader.read { row in
      guard row.record > 1 else { return }
      var key = cell(row, mapping, .pairID)
      if key == nil, mapping.has(.mentor) {
        let mentor = resolvePerson(
          name: rawName(row, mapping, nameField: .mentor), classText: cell(row, mapping, .mentorClass),
          studentID: nil,
          file: file, line: row.line, mayCreate: false)
        if case .person(let id) = mentor { key = data.pairs.first { $0.mentor == id }?.key }
      }
      guard let key, pairIndex[key] != nil else {
        rejectRow(file, line: row.line, .unknownPair, column: "№ пары", value: cell(row, mapping, .pairID))
        return
      }
      let typeText = cell(row, mapping, .meetingType) ?? ""
      let type = parseMeetingType(typeText)
      if type == nil {
        rejectCell(file, line: row.line, .unknownValue, column: "Тип встречи", value: typeText)
      }
      let date = date(row, mapping, .date, file: file, line: row.line, column: "Дата")
      vote(date)
      data.meetings.append(
        MeetingRecord(
          pairKey: key, date: date, type: type, typeRaw: typeText,
          durationMinutes: count(row, mapping, .duration, file: file, line: row.line, column: "Длительность"),
          format: cell(row, mapping, .format), file: file, line: row.line))
      useRow(file)
    }
  }

  /// A whole non-negative number cell; an unreadable one is listed.
  mutating func count(
    _ row: borrowing CSVRow, _ mapping: HeaderMapping, _ field: CanonicalField, file: Int, line: Int,
    column: String
  ) -> Int? {
    guard let text = cell(row, mapping, field) else { return nil }
    if let value = DecimalNumber.parse(text), value >= 0, value == value.rounded(), value < 100_000 {
      return Int(value)
    }
    rejectCell(file, line: line, .typeError, column: column, value: text)
    return nil
  }
}
