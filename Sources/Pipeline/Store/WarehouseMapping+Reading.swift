import MonitoringKit
import TabularIO
import Warehouse

extension WarehouseMapping {
  /// The domain's normalized data back from the warehouse rows of one year.
  ///
  /// Names are re-parsed from their display form, enumerations from their stored keys and
  /// labels, dates from ISO text. Each file's header, unclaimed columns, instruments and
  /// problems come from `files.details`; for a year stored before those were kept, the header
  /// is rebuilt from the survey answers (enough for the instruments to find their columns).
  public static func normalizedData(_ year: Warehouse.YearData) -> NormalizedData? {
    guard let academicYear = AcademicYear(year.info.academicYear) else { return nil }
    var data = NormalizedData(academicYear: academicYear)
    var headers: [Int: [Int: String]] = [:]
    for answer in year.surveyAnswers {
      headers[answer.fileIndex, default: [:]][answer.columnIndex] = answer.header
    }
    data.files = year.files.map { row in
      var file = FileAccount(index: row.fileIndex, path: row.path, sha256: row.sha256)
      file.dataset = row.dataset.flatMap(DatasetKind.init(rawValue:))
      file.encoding = TextEncoding(rawValue: row.encoding)
      file.delimiter = row.delimiter.isEmpty ? nil : row.delimiter
      file.rowsRead = row.rowsRead
      file.rowsUsed = row.rowsUsed
      file.rowsRejected = row.rowsRejected
      file.cellsRejected = row.cellsRejected
      file.blankRows = row.blankRows
      if let details = FileDetails.parse(row.details) {
        file.apply(details)
      } else if let columns = headers[row.fileIndex], let last = columns.keys.max() {
        // Stored before schema v3: the survey answers still name their columns.
        file.columns = (0...last).map { columns[$0] ?? "" }
      }
      return file
    }
    data.persons = year.persons.compactMap { row in
      guard let name = PersonName(fullName: row.displayName) else { return nil }
      return Person(
        id: PersonID(row.personID), name: name,
        schoolClass: row.className.flatMap { SchoolClass(parsing: $0) },
        studentID: row.studentID, birthDate: row.birthDate.flatMap(DateParser.parse),
        sex: row.sex.flatMap(Sex.init(rawValue:)), inStudents: row.inStudents, firstFile: row.firstFileIndex)
    }
    data.matches = year.matches.map { row -> MatchRecord in
      let status: MatchRecord.Status = MatchRecord.Status(rawValue: row.status) ?? .unmatched
      let person: PersonID? = row.personID.map { PersonID($0) }
      let rule: MatchRule? = row.rule.flatMap { MatchRule(rawValue: $0) }
      let candidates: [PersonID] = (row.candidates ?? "").split(separator: ",").compactMap { Int($0) }.map {
        PersonID($0)
      }
      return MatchRecord(
        file: row.fileIndex, line: row.line, rawName: row.rawName, rawClass: row.rawClass, status: status,
        person: person, rule: rule, candidates: candidates)
    }
    data.roles = year.roles.compactMap { row in
      guard let role = Role(rawValue: row.role) else { return nil }
      return RoleRecord(
        person: PersonID(row.personID), role: role, category: row.category.flatMap(MenteeCategory.parse),
        specialNeeds: row.specialNeeds, newcomer: row.newcomer, file: row.fileIndex)
    }
    var members: [String: [PersonID]] = [:]
    for member in year.pairMembers { members[member.pairKey, default: []].append(PersonID(member.menteeID)) }
    data.pairs = year.pairs.map { row in
      PairRecord(
        key: row.pairKey, mentor: PersonID(row.mentorID), mentees: members[row.pairKey] ?? [],
        model: InteractionModel.parse(row.model), modelRaw: row.modelRaw,
        status: row.status.flatMap(PairStatus.parse),
        start: row.startDate.flatMap(DateParser.parse), end: row.endDate.flatMap(DateParser.parse),
        file: row.fileIndex)
    }
    data.grades = year.gradeCells.compactMap { row in
      guard let kind = Period.Kind(rawValue: row.periodKind),
        let period = kind == .year ? Period.year : Period(kind: kind, index: row.periodIndex)
      else { return nil }
      var cell = GradeCell(person: PersonID(row.personID), subject: row.subject, period: period)
      cell.numericCount = row.numericCount
      cell.numericSum = row.numericSum
      (cell.n1, cell.n2, cell.n3, cell.n4, cell.n5) = (row.n1, row.n2, row.n3, row.n4, row.n5)
      cell.notAttested = row.notAttested
      cell.exempt = row.exempt
      cell.passed = row.passed
      cell.failed = row.failed
      return cell
    }
    data.answers = year.surveyAnswers.map { row in
      SurveyAnswer(
        file: row.fileIndex, line: row.line, person: row.personID.map { PersonID($0) },
        role: row.role.flatMap(Role.init(rawValue:)), wave: row.wave.flatMap(Wave.init(rawValue:)),
        submittedAt: row.submittedAt.flatMap(DateParser.parse), column: row.columnIndex, header: row.header,
        value: row.value)
    }
    data.clubs = year.clubs.compactMap { row in
      guard let month = AcademicMonth(rawValue: row.month) else { return nil }
      return ClubRecord(
        person: PersonID(row.personID), club: row.club, month: month, periodLabel: row.periodLabel,
        attended: row.attended, held: row.held, file: row.fileIndex, line: row.line)
    }
    data.registry = year.registries.compactMap { row in
      guard let type = RegistryType.parse(row.registryType), let on = DateParser.parse(row.dateOn) else {
        return nil
      }
      return RegistryRecord(
        person: PersonID(row.personID), type: type, dateOn: on,
        dateOff: row.dateOff.flatMap(DateParser.parse),
        file: row.fileIndex, line: row.line)
    }
    data.meetings = year.meetings.map { row in
      MeetingRecord(
        pairKey: row.pairKey, date: row.date.flatMap(DateParser.parse),
        type: MeetingType.parse(row.meetingType),
        typeRaw: row.meetingType, durationMinutes: row.durationMinutes, format: row.format,
        file: row.fileIndex,
        line: row.line)
    }
    data.rejects = year.rejects.map { row in
      Reject(
        file: row.fileIndex, path: row.path, line: row.line, column: row.columnName, value: row.value,
        reason: RejectReason(rawValue: row.reason) ?? .unknownValue, cellLevel: row.cellLevel)
    }
    return data
  }
}
