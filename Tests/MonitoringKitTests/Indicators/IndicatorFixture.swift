@testable import MonitoringKit

/// Builds small `NormalizedData` values in code for the indicator tests.
struct IndicatorFixture {
  var data = NormalizedData(academicYear: AcademicYear(startYear: 2025))
  private var names = 0

  /// Adds a person and returns their id.
  @discardableResult
  mutating func person(
    _ schoolClass: String? = "7А", role: Role? = nil, inStudents: Bool = true, birth: SchoolDate? = nil
  ) -> PersonID {
    names += 1
    let id = PersonID(data.persons.count + 1)
    data.persons.append(
      Person(
        id: id,
        name: PersonName(fullName: "Иванов Иван \(Self.patronymics[names % Self.patronymics.count])")!,
        schoolClass: schoolClass.flatMap { SchoolClass(parsing: $0) }, birthDate: birth,
        inStudents: inStudents,
        firstFile: 0))
    if let role { data.roles.append(RoleRecord(person: id, role: role, file: 0)) }
    return id
  }

  /// Adds the marks of one subject in one period.
  mutating func marks(_ person: PersonID, _ subject: String, _ period: Period, _ marks: [MarkValue]) {
    var cell = GradeCell(person: person, subject: subject, period: period)
    for mark in marks { cell.add(mark) }
    data.grades.append(cell)
  }

  /// Adds a survey file whose header row is `headers` (question columns after «ФИО»).
  mutating func surveyFile(_ headers: [String], instruments: [String]) -> Int {
    let index = data.files.count
    var account = FileAccount(index: index, path: "survey\(index).csv", sha256: "")
    account.dataset = .survey
    account.columns = headers
    account.instruments = instruments
    data.files.append(account)
    return index
  }

  /// Adds one row of answers (column → text) to a survey file.
  mutating func answers(
    file: Int, line: Int, person: PersonID?, wave: Wave?, role: Role? = nil, _ cells: [Int: String]
  ) {
    let headers = data.files[file].columns
    for column in cells.keys.sorted() {
      data.answers.append(
        SurveyAnswer(
          file: file, line: line, person: person, role: role, wave: wave, submittedAt: nil, column: column,
          header: headers[column], value: cells[column]!))
    }
  }

  static let patronymics = [
    "Иванович", "Петрович", "Сергеевич", "Олегович", "Павлович", "Ильич", "Андреевич",
  ]

  /// A date.
  static func date(_ year: Int, _ month: Int, _ day: Int) -> SchoolDate {
    SchoolDate(year: year, month: month, day: day)!
  }

  /// Quarter `index`.
  static func quarter(_ index: Int) -> Period { Period(kind: .quarter, index: index)! }
}

/// The default instruments, written in code the way `pipelines/instruments/*.yml` describes them.
enum TestInstruments {
  /// Phillips: 58 yes/no items, keyed-percent with the real key, 0.9 answered, levels, two factors.
  static func phillips() -> Instrument {
    let keyYes = [11, 20, 22, 24, 25, 30, 35, 36, 38, 39, 41, 43, 44]
    return Instrument(
      id: "phillips", title: "Тест Филлипса", respondent: .any, waves: [.pre, .post],
      matching: .init(byText: false, byNumber: true, byPosition: true),
      items: (1...58).map { (number: Int) in
        Instrument.Item(id: "q" + String(number), number: number, type: .yesNo)
      },
      scores: [
        Instrument.Score(
          id: "total", title: "Общая тревожность", method: .keyedPercent,
          key: Dictionary(uniqueKeysWithValues: keyYes.map { (String($0), "да") }), defaultKey: "нет",
          minimumAnswered: 0.9,
          levels: [
            .init(label: "норма", upperBound: 50), .init(label: "повышенная", upperBound: 75, elevated: true),
            .init(label: "высокая", elevated: true),
          ], direction: .lowerIsBetter),
        Instrument.Score(
          id: "f5", title: "Страх ситуации проверки знаний", isFactor: true, method: .keyedPercent,
          items: ["2", "7", "12", "16", "21", "26"],
          key: Dictionary(uniqueKeysWithValues: keyYes.map { (String($0), "да") }),
          defaultKey: "нет", minimumAnswered: 0.9),
      ])
  }

  /// STAI: 40 choice items 1–4 with the answer texts, two linear scales.
  static func stai() -> Instrument {
    let choices: [String: Double] = [
      "нет, это не так": 1, "пожалуй, так": 2, "верно": 3, "совершенно верно": 4, "никогда": 1,
      "почти никогда": 2,
      "часто": 3, "почти всегда": 4,
    ]
    let levels: [Instrument.Level] = [
      .init(label: "низкая", upperBound: 30, inclusive: true),
      .init(label: "умеренная", upperBound: 45, inclusive: true),
      .init(label: "высокая", elevated: true),
    ]
    return Instrument(
      id: "stai", title: "Спилбергер–Ханин", respondent: .any, waves: [.pre, .post],
      items: (1...40).map { (number: Int) in
        Instrument.Item(
          id: "q" + String(number), number: number, type: .choice, choices: choices,
          scale: .init(min: 1, max: 4))
      },
      scores: [
        Instrument.Score(
          id: "situational", title: "Ситуативная", method: .linear, constant: 50,
          plus: ["3", "4", "6", "7", "9", "12", "13", "14", "17", "18"],
          minus: ["1", "2", "5", "8", "10", "11", "15", "16", "19", "20"], minimumAnswered: 0.9,
          levels: levels,
          direction: .lowerIsBetter),
        Instrument.Score(
          id: "trait", title: "Личностная", method: .linear, constant: 35,
          plus: ["22", "23", "24", "25", "28", "29", "31", "32", "34", "35", "37", "38", "40"],
          minus: ["21", "26", "27", "30", "33", "36", "39"], minimumAnswered: 0.9, levels: levels,
          direction: .lowerIsBetter),
      ])
  }

  /// A short mentee questionnaire: three ratings, two yes/no items, one text item, a mean index.
  static func satisfactionMentee() -> Instrument {
    Instrument(
      id: "satisfaction-mentee", title: "Анкета наставляемого", respondent: .mentee, waves: [.pre, .post],
      defaultWave: .post,
      items: [
        .init(id: "comfort", text: "Насколько комфортно тебе было общаться с наставником?", type: .rating),
        .init(id: "useful", text: "Насколько полезными были встречи с наставником?", type: .rating),
        .init(
          id: "overall", text: "Насколько ты доволен(льна) вашей совместной работой в целом?", type: .rating),
        .init(
          id: "continue", text: "Хотел(а) бы ты продолжить участие в программе наставничества?", type: .yesNo),
        .init(id: "become_mentor", text: "Хотел(а) бы ты сам(а) стать наставником?", type: .yesNo),
        .init(id: "best", text: "Что было самым полезным?", type: .text),
      ],
      scores: [
        Instrument.Score(
          id: "index", title: "Индекс", method: .mean, minimumAnswered: 0.5,
          levels: [
            .init(label: "низкая", upperBound: 6), .init(label: "средняя", upperBound: 8),
            .init(label: "высокая"),
          ])
      ])
  }
}
