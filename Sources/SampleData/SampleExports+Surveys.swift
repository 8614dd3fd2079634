import Foundation

extension SampleExports {
  /// Rating questions of the mentee questionnaire, as the form shows them.
  static let menteeQuestions = [
    "Насколько комфортно тебе было общаться с наставником?",
    "Насколько полезными были встречи с наставником?",
    "Насколько интересными были ваши совместные занятия?",
    "Насколько понятно было, что вы делаете вместе и зачем?",
    "Насколько ты чувствовал(а) поддержку наставника?", "Насколько оправдались твои ожидания от программы?",
    "Насколько ты доволен(льна) вашей совместной работой в целом?",
  ]
  static let mentorQuestions = [
    "Насколько комфортно было общаться с наставляемым?", "Насколько полезными, на ваш взгляд, были встречи?",
    "Насколько удалось спланировать совместную работу?", "Насколько удалось выполнить намеченный план?",
    "Насколько наставляемый был вовлечён в работу?",
    "Насколько достаточной была подготовка наставников и помощь куратора?",
    "Насколько вы довольны совместной работой в целом?",
  ]
  /// Phillips items whose non-anxious answer is «да».
  static let phillipsYesKey: Set<Int> = [11, 20, 22, 24, 25, 30, 35, 36, 38, 39, 41, 43, 44]

  mutating func surveys() -> [File] {
    [
      menteeSurvey(post: false), menteeSurvey(post: true), mentorSurvey(), phillips(post: false),
      phillips(post: true),
    ]
  }

  /// Google Forms: the same ratings before (expectations) and after; the final one has a
  /// duplicate submission, a guest who is not on any list, free text with commas, line breaks,
  /// a pipe and a `<script>`.
  mutating func menteeSurvey(post: Bool) -> File {
    var file = ExportFile("Анкета наставляемого (\(post ? "итоговая" : "входная")).csv", style: .googleForms)
    var header = ["Отметка времени", "Фамилия и имя", "Класс"]
    header += Self.menteeQuestions.enumerated().map { index, text in
      post && index % 3 == 0 ? text + " (от 1 до 10)" : text
    }
    if post {
      header += [
        "Хотел(а) бы ты продолжить участие в программе наставничества?",
        "Хотел(а) бы ты сам(а) стать наставником?",
        "Что было самым полезным?", "Что бы ты изменил(а)?",
      ]
    }
    file.row(header)
    let mentees = school.students.filter { $0.role == .mentee }
    for (offset, mentee) in mentees.enumerated() where random.chance(post ? 0.9 : 0.85) {
      var name = "\(mentee.surname) \(mentee.firstName)"
      var className = spelledClass(mentee)
      if post && offset == 3 { name = "\(mentee.firstName) \(mentee.surname)" }  // swapped (rule 5)
      if post && offset == 5 {  // last year's class, full name (rule 7)
        name = mentee.fullName
        className = "\(mentee.grade - 1)\(mentee.letter)"
      }
      if post && offset == 2 {
        // A first, incomplete submission superseded by the later one below.
        file.row(surveyRow(name, className, post: post, mean: 6, day: 12, hour: 9, textual: false))
      }
      file.row(
        surveyRow(
          name, className, post: post, mean: post ? 8.6 : 7.4, day: 14 + offset % 8, hour: 10 + offset % 8))
    }
    if post {
      file.row(surveyRow("Гостев Гость", "7А", post: true, mean: 9, day: 20, hour: 15))
    }
    return File(name: file.name, bytes: file.bytes())
  }

  mutating func surveyRow(
    _ name: String, _ className: String, post: Bool, mean: Double, day: Int, hour: Int, textual: Bool = true
  ) -> [String] {
    var cells = [googleTimestamp(month: post ? 5 : 9, day: day, hour: hour), name, className]
    for index in 0..<Self.menteeQuestions.count {
      let value = min(10, max(1, Int((mean + 1.3 * random.normal()).rounded())))
      cells.append(
        index == 0 && value >= 9 && random.chance(0.3) ? "\(value) — очень комфортно" : String(value))
    }
    if post {
      cells.append(
        random.chance(0.85) ? random.pick(["Да", "да", "Скорее да"]) : random.pick(["Нет", "Не знаю"]))
      cells.append(random.chance(0.4) ? "Да" : "Нет")
      let useful = [
        "Разбирали задачи, готовились к контрольным", "Всё!\nОсобенно дебаты и поход в музей",
        "Помощь с математикой | и с русским", "<script>alert('привет')</script>", "", "Общение",
      ]
      cells.append(textual ? random.pick(useful) : "")
      cells.append(textual && random.chance(0.3) ? "Больше встреч, \"меньше\" формальностей" : "")
    }
    return cells
  }

  /// Yandex Forms export: every cell quoted, «Время создания», no wave (the instrument says post).
  mutating func mentorSurvey() -> File {
    var file = ExportFile("Анкета наставника.csv", style: .yandexForms)
    file.row(
      ["ID", "Время создания", "ФИО", "Класс"] + Self.mentorQuestions
        + ["Хотели бы вы продолжить работу наставником?", "Что было самым полезным?", "Что бы вы изменили?"])
    let mentors = Set(school.pairs.map(\.mentor)).sorted()
    for (offset, index) in mentors.enumerated() where random.chance(0.85) {
      let mentor = school.students[index]
      var cells = [
        String(7_000_000 + offset),
        "\(year + 1)-05-\(Self.two(13 + offset % 9)) 1\(offset % 10):2\(offset % 6):00",
      ]
      cells += [mentor.fullName, mentor.className]
      cells += Self.mentorQuestions.map { _ in
        String(min(10, max(1, Int((8.2 + 1.2 * random.normal()).rounded()))))
      }
      cells += [random.chance(0.8) ? "Да" : "Нет", "Видеть, как растёт подопечный", ""]
      file.row(cells)
    }
    return File(name: file.name, bytes: file.bytes())
  }

  /// The Phillips test in September and May: mentees and some classmates (a comparison group),
  /// «Вопрос 1…58» in September, «1.…58.» in May; a few answers skipped.
  mutating func phillips(post: Bool) -> File {
    var file = ExportFile("Тест Филлипса \(post ? "май" : "сентябрь").csv", style: .googleForms)
    file.row(
      ["Отметка времени", "ФИО", "Класс"] + (1...58).map { post ? "\($0)." : "Вопрос \($0)" })
    let menteeClasses = Set(school.students.filter { $0.role == .mentee }.map(\.className))
    var classmatesTaken: [String: Int] = [:]
    for student in school.students where menteeClasses.contains(student.className) {
      if student.role == nil {
        guard classmatesTaken[student.className, default: 0] < 6 else { continue }
        classmatesTaken[student.className, default: 0] += 1
      } else if student.role == .mentor {
        continue
      }
      let anxiety =
        post ? max(0.02, student.anxiety - (student.role == .mentee ? 0.16 : 0.02)) : student.anxiety
      var cells = [
        googleTimestamp(month: post ? 5 : 9, day: 10 + student.index % 10, hour: 9 + student.index % 6),
        student.fullName, student.className,
      ]
      for item in 1...58 {
        if random.chance(0.01) {
          cells.append("")
          continue
        }
        let anxious = random.chance(anxiety)
        let keyIsYes = Self.phillipsYesKey.contains(item)
        cells.append(anxious != keyIsYes ? "Да" : "Нет")
      }
      file.row(cells)
    }
    return File(name: file.name, bytes: file.bytes())
  }

  /// «2025/09/18 2:05:11 PM GMT+3», sometimes with a localised «ПП».
  mutating func googleTimestamp(month: Int, day: Int, hour: Int) -> String {
    let calendarYear = month >= 9 ? year : year + 1
    let twelve = hour % 12 == 0 ? 12 : hour % 12
    let marker = hour < 12 ? (random.chance(0.2) ? "ДП" : "AM") : (random.chance(0.2) ? "ПП" : "PM")
    return
      "\(calendarYear)/\(Self.two(month))/\(Self.two(day)) \(twelve):\(Self.two(random.int(0...59))):\(Self.two(random.int(0...59))) \(marker) GMT+3"
  }
}
