extension NormalizeRun {
  /// The programme's dates: configured, else 1 September and 31 May of the year.
  static func programme(_ settings: NormalizeSettings, year: AcademicYear) -> (
    start: SchoolDate, end: SchoolDate
  ) {
    let start = settings.programmeStart ?? SchoolDate(year: year.startYear, month: 9, day: 1)!
    let end = settings.programmeEnd ?? SchoolDate(year: year.startYear + 1, month: 5, day: 31)!
    return (start, end)
  }

  /// Settles what needs every file read: the academic year, survey waves and duplicates.
  mutating func finish() {
    let year =
      settings.academicYear
      ?? yearVotes.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }
      .map { AcademicYear(startYear: $0.key) } ?? settings.fallbackYear
    data.academicYear = year
    let (start, end) = Self.programme(settings, year: year)
    let midpoint = SchoolDate(daysSince1970: (start.daysSince1970 + end.daysSince1970) / 2)
    // Waves: column, file, timestamp against the midpoint, instrument.
    for index in submissions.indices {
      let submission = submissions[index]
      let fromTime = submission.submittedAt.map { $0.dateOnly <= midpoint ? Wave.pre : Wave.post }
      let wave = submission.waveFromColumn ?? submission.waveFromFile ?? fromTime ?? submission.defaultWave
      for answer in submission.firstAnswer..<(submission.firstAnswer + submission.answerCount) {
        data.answers[answer].wave = wave
      }
    }
    supersedeDuplicates()
    data.persons = directory.persons
  }

  /// Same person, instrument and wave more than once: the latest submission counts.
  mutating func supersedeDuplicates() {
    var groups: [String: [Int]] = [:]
    var order: [String] = []
    for (index, submission) in submissions.enumerated() {
      let wave = data.answers[submission.firstAnswer].wave?.rawValue ?? "-"
      let key = "\(submission.personKey)|\(submission.instrumentKey)|\(wave)"
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(index)
    }
    var dropped: Set<Int> = []
    for key in order {
      let members = groups[key]!
      guard members.count > 1 else { continue }
      let latest = members.max { lhs, rhs in
        let left = submissions[lhs]
        let right = submissions[rhs]
        if left.submittedAt != right.submittedAt {
          guard let leftTime = left.submittedAt else { return true }
          guard let rightTime = right.submittedAt else { return false }
          return leftTime < rightTime
        }
        return (left.file, left.line) < (right.file, right.line)
      }!
      for member in members where member != latest {
        let submission = submissions[member]
        dropped.formUnion(submission.firstAnswer..<(submission.firstAnswer + submission.answerCount))
        data.files[submission.file].rowsUsed -= 1
        rejectRow(
          submission.file, line: submission.line, .duplicateSuperseded,
          detail: "учтена анкета из строки \(submissions[latest].line)")
      }
    }
    if !dropped.isEmpty {
      data.answers = data.answers.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }
  }
}
