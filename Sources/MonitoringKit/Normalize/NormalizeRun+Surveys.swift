import TabularIO

extension NormalizeRun {
  /// `survey`: every non-empty answer is kept as (person, file, row, wave, header, value).
  ///
  /// The person may stay unknown (an anonymous or unmatched respondent still counts where no
  /// person is needed). The wave comes from a wave column, else the file (config or name), else
  /// the timestamp, else the instrument — settled in `finish` once the programme dates are known.
  mutating func survey(
    _ reader: TableReader, _ mapping: HeaderMapping, file: Int, fileSettings: FileSettings,
    matches: [InstrumentMatcher.Match]
  ) throws -> TableReadSummary {
    let instruments = matches.compactMap { match in settings.instruments.first { $0.id == match.instrumentID }
    }
    let claimed = Set(matches.flatMap { $0.columns.values })
    let questionColumns = mapping.otherColumns
    data.files[file].instruments = instruments.map(\.id)
    data.files[file].unclaimedColumns = questionColumns.filter { !claimed.contains($0) }.map {
      mapping.headers[$0]
    }
    let instrumentKey =
      instruments.isEmpty ? data.files[file].path : instruments.map(\.id).joined(separator: "+")
    let respondents = Set(instruments.map(\.respondent))
    let fileRole: Role? =
      respondents == [.mentee] ? .mentee : respondents == [.mentor] ? .mentor : nil
    let defaults = Set(instruments.compactMap(\.defaultWave))
    let defaultWave = defaults.count == 1 ? defaults.first : nil
    let fileWave = fileSettings.wave ?? Wave.fromFileName(data.files[file].path)
    let mayCreate = !directory.studentsLoaded
    return try reader.read { row in
      guard row.record > 1 else { return }
      let name = rawName(row, mapping)
      let classText = cell(row, mapping, .schoolClass)
      var person: PersonID?
      if name != nil || cell(row, mapping, .studentID) != nil {
        let outcome = resolvePerson(
          name: name, classText: classText, studentID: cell(row, mapping, .studentID), file: file,
          line: row.line,
          mayCreate: mayCreate)
        if case .person(let id) = outcome { person = id }
      }
      let roleText = cell(row, mapping, .role)
      let role = roleText.flatMap(Role.parse) ?? fileRole
      let waveText = cell(row, mapping, .wave)
      let waveFromColumn = waveText.flatMap(Wave.parse)
      if let waveText, waveFromColumn == nil {
        rejectCell(
          file, line: row.line, .unknownValue, column: mapping.headers[mapping.columnOf[.wave]!],
          value: waveText)
      }
      let submitted = cell(row, mapping, .timestamp).flatMap { parseDate($0) }
      vote(submitted)
      let first = data.answers.count
      for column in questionColumns {
        guard let value = cell(row, column: column) else { continue }
        data.answers.append(
          SurveyAnswer(
            file: file, line: row.line, person: person, role: role, wave: nil, submittedAt: submitted,
            column: column,
            header: mapping.headers[column], value: value))
      }
      guard data.answers.count > first else {
        rejectRow(file, line: row.line, .missingCell, detail: "в анкете нет ни одного ответа")
        return
      }
      let personKey =
        person.map { "id:\($0.rawValue)" } ?? "name:\(name?.name?.key ?? name?.text ?? "")|\(classText ?? "")"
      submissions.append(
        Submission(
          file: file, line: row.line, person: person, personKey: personKey, role: role,
          submittedAt: submitted,
          waveFromColumn: waveFromColumn, waveFromFile: fileWave, instrumentKey: instrumentKey,
          defaultWave: defaultWave,
          firstAnswer: first, answerCount: data.answers.count - first))
      useRow(file)
    }
  }
}
