import MonitoringKit
import Warehouse

/// Turns the domain's normalized data into warehouse rows (the warehouse knows no domain types).
///
/// Enumerations are stored by stable keys: roles `mentor`/`mentee`, period kinds
/// `quarter`/`trimester`/`half`/`year`, models, statuses, registry types and meeting types by
/// their Russian labels; dates as ISO `yyyy-MM-dd`.
public enum WarehouseMapping {
  /// The warehouse rows of `data`.
  public static func yearData(
    _ data: NormalizedData, school: String, programme: (start: SchoolDate, end: SchoolDate),
    configSHA256: String,
    toolVersion: String, catalog: Catalog, leavingLargeTables: Bool = false
  ) -> Warehouse.YearData {
    let info = Warehouse.YearInfo(
      academicYear: data.academicYear.description, school: school, programmeStart: programme.start.iso,
      programmeEnd: programme.end.iso, configSHA256: configSHA256, toolVersion: toolVersion)
    var year = Warehouse.YearData(info: info)
    year.files = data.files.map { file in
      Warehouse.FileRow(
        fileIndex: file.index, path: file.path, dataset: file.dataset?.rawValue,
        encoding: file.encoding?.rawValue ?? "", delimiter: file.delimiter ?? "", sha256: file.sha256,
        rowsRead: file.rowsRead, rowsUsed: file.rowsUsed, rowsRejected: file.rowsRejected,
        cellsRejected: file.cellsRejected, blankRows: file.blankRows, details: FileDetails(file).json())
    }
    year.persons = data.persons.map { person in
      Warehouse.PersonRow(
        personID: person.id.rawValue, displayName: person.name.display,
        className: person.schoolClass?.description,
        grade: person.schoolClass?.grade, studentID: person.studentID, birthDate: person.birthDate?.iso,
        sex: person.sex?.rawValue, inStudents: person.inStudents, firstFileIndex: person.firstFile)
    }
    year.matches = data.matches.map { match in
      Warehouse.MatchRow(
        fileIndex: match.file, line: match.line, personID: match.person?.rawValue, rule: match.rule?.rawValue,
        rawName: match.rawName, rawClass: match.rawClass, status: match.status.rawValue,
        candidates: match.candidates.isEmpty
          ? nil : match.candidates.map { String($0.rawValue) }.joined(separator: ","))
    }
    year.roles = data.roles.map { role in
      Warehouse.RoleRow(
        personID: role.person.rawValue, role: role.role.rawValue, category: role.category?.label,
        specialNeeds: role.specialNeeds, newcomer: role.newcomer, fileIndex: role.file)
    }
    for pair in data.pairs {
      year.pairs.append(
        Warehouse.PairRow(
          pairKey: pair.key, mentorID: pair.mentor.rawValue, model: pair.model?.label ?? "другое",
          modelRaw: pair.modelRaw, status: pair.status?.label, startDate: pair.start?.iso,
          endDate: pair.end?.iso,
          fileIndex: pair.file))
      year.pairMembers += pair.mentees.map {
        Warehouse.PairMemberRow(pairKey: pair.key, menteeID: $0.rawValue)
      }
    }
    if !leavingLargeTables {
      year.gradeCells = data.grades.map(gradeCellRow)
      year.surveyAnswers = Array(surveyAnswerRows(data.answers))
    }
    year.clubs = data.clubs.map { club in
      Warehouse.ClubRow(
        personID: club.person.rawValue, club: club.club, month: club.month.rawValue,
        periodLabel: club.periodLabel,
        attended: club.attended, held: club.held, fileIndex: club.file, line: club.line)
    }
    year.registries = data.registry.map { entry in
      Warehouse.RegistryRow(
        personID: entry.person.rawValue, registryType: entry.type.label, dateOn: entry.dateOn.iso,
        dateOff: entry.dateOff?.iso, fileIndex: entry.file, line: entry.line)
    }
    year.meetings = data.meetings.map { meeting in
      Warehouse.MeetingRow(
        pairKey: meeting.pairKey, date: meeting.date?.iso, meetingType: meeting.type?.label ?? "другое",
        durationMinutes: meeting.durationMinutes, format: meeting.format, fileIndex: meeting.file,
        line: meeting.line)
    }
    year.rejects = data.rejects.map { reject in
      Warehouse.RejectRow(
        fileIndex: reject.file, path: reject.path, line: reject.line, columnName: reject.column,
        value: reject.value,
        reason: reject.reason.rawValue, fix: catalog.fix(reject.reason), cellLevel: reject.cellLevel)
    }
    return year
  }

  /// `2025-09-15T10:15:32` (or the date alone).
  static func isoDateTime(_ date: SchoolDate) -> String {
    guard let time = date.time else { return date.iso }
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
    return "\(date.iso)T\(two(time.hour)):\(two(time.minute)):\(two(time.second))"
  }

  /// The stored row of a grade aggregate.
  static func gradeCellRow(_ cell: GradeCell) -> Warehouse.GradeCellRow {
    Warehouse.GradeCellRow(
      personID: cell.person.rawValue, subject: cell.subject, periodKind: cell.period.kind.rawValue,
      periodIndex: cell.period.kind == .year ? 0 : cell.period.index, numericCount: cell.numericCount,
      numericSum: cell.numericSum, n1: cell.n1, n2: cell.n2, n3: cell.n3, n4: cell.n4, n5: cell.n5,
      notAttested: cell.notAttested, exempt: cell.exempt, passed: cell.passed,
      failed: cell.failed)
  }

  /// The stored rows of survey answers, mapped as they are read.
  ///
  /// The answers of one submission follow each other and share its time, which is formatted
  /// once for all of them.
  static func surveyAnswerRows(_ answers: [SurveyAnswer]) -> some Sequence<Warehouse.SurveyAnswerRow> {
    var lastTime: (date: SchoolDate, text: String)?
    return answers.lazy.map { answer in
      var submittedAt: String?
      if let date = answer.submittedAt {
        if let lastTime, lastTime.date == date {
          submittedAt = lastTime.text
        } else {
          let text = isoDateTime(date)
          lastTime = (date, text)
          submittedAt = text
        }
      }
      return surveyAnswerRow(answer, submittedAt: submittedAt)
    }
  }

  /// The stored row of a survey answer submitted at `submittedAt` (formatted).
  private static func surveyAnswerRow(_ answer: SurveyAnswer, submittedAt: String?)
    -> Warehouse.SurveyAnswerRow
  {
    Warehouse.SurveyAnswerRow(
      fileIndex: answer.file, line: answer.line, personID: answer.person?.rawValue,
      role: answer.role?.rawValue,
      wave: answer.wave?.rawValue, submittedAt: submittedAt,
      columnIndex: answer.column,
      header: answer.header, value: answer.value)
  }
}
