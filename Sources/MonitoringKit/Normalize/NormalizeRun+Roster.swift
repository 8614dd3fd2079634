import TabularIO

extension NormalizeRun {
  /// `students`: every row is a roster person.
  mutating func students(_ reader: TableReader, _ mapping: HeaderMapping, file: Int) throws
    -> TableReadSummary
  {
    try reader.read { row in
      guard row.record > 1 else { return }
      guard let name = rawName(row, mapping), let parsed = name.name else {
        rejectRow(file, line: row.line, .missingCell, column: "ФИО", value: rawName(row, mapping)?.text)
        return
      }
      let classText = cell(row, mapping, .schoolClass)
      let schoolClass = classText.flatMap { parseClass($0) }
      if let classText, schoolClass == nil {
        rejectCell(file, line: row.line, .unknownValue, column: "Класс", value: classText)
      }
      let birthText = cell(row, mapping, .birthDate)
      let birth = birthText.flatMap { parseDate($0) }
      if let birthText, birth == nil {
        rejectCell(file, line: row.line, .typeError, column: "Дата рождения", value: birthText)
      }
      let sexText = cell(row, mapping, .sex)
      let sex = sexText.flatMap { parseSex($0) }
      if let sexText, sex == nil {
        rejectCell(file, line: row.line, .unknownValue, column: "Пол", value: sexText)
      }
      _ = directory.addStudent(
        name: parsed, schoolClass: schoolClass, studentID: cell(row, mapping, .studentID), birthDate: birth,
        sex: sex,
        file: file)
      useRow(file)
    }
  }

  /// `participants`: a person and a role.
  mutating func participants(_ reader: TableReader, _ mapping: HeaderMapping, file: Int) throws
    -> TableReadSummary
  {
    try reader.read { row in
      guard row.record > 1 else { return }
      let roleText = cell(row, mapping, .role)
      guard let roleText, let role = Role.parse(roleText) else {
        rejectRow(
          file, line: row.line, roleText == nil ? .missingCell : .unknownValue, column: "Роль",
          value: roleText)
        return
      }
      let outcome = rowPerson(row, mapping, file: file, mayCreate: true)
      guard case .person(let person) = outcome else {
        reject(outcome, file: file, line: row.line)
        return
      }
      let categoryText = cell(row, mapping, .menteeCategory)
      addRole(
        RoleRecord(
          person: person, role: role, category: categoryText.flatMap(MenteeCategory.parse),
          specialNeeds: flag(row, mapping, .specialNeeds, file: file, line: row.line, column: "ОВЗ"),
          newcomer: flag(row, mapping, .newcomer, file: file, line: row.line, column: "Новичок"), file: file))
      useRow(file)
    }
  }

  /// `pairs`: one row per mentee; rows with the same pair number form a group.
  mutating func pairs(_ reader: TableReader, _ mapping: HeaderMapping, file: Int) throws -> TableReadSummary {
    // A lone «Класс» column belongs to the mentee (the one the programme is about).
    let menteeClassField: CanonicalField = mapping.has(.menteeClass) ? .menteeClass : .schoolClass
    return try reader.read { row in
      guard row.record > 1 else { return }
      let mentor = resolvePerson(
        name: rawName(row, mapping, nameField: .mentor), classText: cell(row, mapping, .mentorClass),
        studentID: nil,
        file: file, line: row.line, mayCreate: true)
      let mentee = resolvePerson(
        name: rawName(row, mapping, nameField: .mentee), classText: cell(row, mapping, menteeClassField),
        studentID: nil, file: file, line: row.line, mayCreate: true)
      guard case .person(let mentorID) = mentor else {
        reject(mentor, file: file, line: row.line, column: "Наставник")
        return
      }
      guard case .person(let menteeID) = mentee else {
        reject(mentee, file: file, line: row.line, column: "Наставляемый")
        return
      }
      let key = cell(row, mapping, .pairID) ?? "наставник:\(mentorID.rawValue)"
      let modelText = cell(row, mapping, .model)
      let model = modelText.flatMap(InteractionModel.parse)
      if let modelText, model.map({ !$0.isStandard }) ?? true {
        rejectCell(file, line: row.line, .unknownValue, column: "Форма взаимодействия", value: modelText)
      }
      let statusText = cell(row, mapping, .status)
      let status = statusText.flatMap(PairStatus.parse)
      if let statusText, status == nil {
        rejectCell(file, line: row.line, .unknownValue, column: "Статус", value: statusText)
      }
      let start = date(row, mapping, .startDate, file: file, line: row.line, column: "Дата начала")
      let end = date(row, mapping, .endDate, file: file, line: row.line, column: "Дата окончания")
      vote(start)
      if let index = pairIndex[key] {
        if !data.pairs[index].mentees.contains(menteeID) { data.pairs[index].mentees.append(menteeID) }
      } else {
        pairIndex[key] = data.pairs.count
        data.pairs.append(
          PairRecord(
            key: key, mentor: mentorID, mentees: [menteeID], model: model, modelRaw: modelText,
            status: status,
            start: start, end: end, file: file))
      }
      addRole(RoleRecord(person: mentorID, role: .mentor, file: file))
      addRole(RoleRecord(person: menteeID, role: .mentee, file: file))
      useRow(file)
    }
  }

  /// Records a role once per person; a later record fills what an earlier one lacked.
  mutating func addRole(_ record: RoleRecord) {
    let key = RoleKey(person: record.person.rawValue, role: record.role)
    guard let index = roleIndex[key] else {
      roleIndex[key] = data.roles.count
      data.roles.append(record)
      return
    }
    data.roles[index].category = data.roles[index].category ?? record.category
    data.roles[index].specialNeeds = data.roles[index].specialNeeds ?? record.specialNeeds
    data.roles[index].newcomer = data.roles[index].newcomer ?? record.newcomer
  }

  /// Rejects a row for its person outcome.
  mutating func reject(_ outcome: PersonOutcome, file: Int, line: Int, column: String = "ФИО") {
    switch outcome {
    case .person: return
    case .unknown(let name):
      rejectRow(file, line: line, .unknownPerson, column: column, value: name)
    case .rejected(let reason, let value, let detail):
      rejectRow(file, line: line, reason, column: column, value: value, detail: detail)
    }
  }

  /// A yes/no cell where empty means no; an unreadable one is listed and taken as unknown.
  mutating func flag(
    _ row: borrowing CSVRow, _ mapping: HeaderMapping, _ field: CanonicalField, file: Int, line: Int,
    column: String
  ) -> Bool? {
    guard mapping.has(field) else { return nil }
    guard let text = cell(row, mapping, field) else { return false }
    if let value = YesNo.parseFlag(text) { return value }
    rejectCell(file, line: line, .unknownValue, column: column, value: text)
    return nil
  }

  /// A date cell; an unreadable one is listed.
  mutating func date(
    _ row: borrowing CSVRow, _ mapping: HeaderMapping, _ field: CanonicalField, file: Int, line: Int,
    column: String
  ) -> SchoolDate? {
    guard let text = cell(row, mapping, field) else { return nil }
    if let value = parseDate(text) { return value }
    rejectCell(file, line: line, .typeError, column: column, value: text)
    return nil
  }
}
