import MonitoringKit

extension SampleSchool {
  /// Generates the school for `options`.
  public static func generate(_ options: SampleOptions) -> SampleSchool {
    var random = SeededGenerator(seed: options.seed)
    let letters = ["А", "Б", "В", "Г", "Д", "Е"]
    let classCount = max(7, Int((Double(options.students) / 25).rounded()))
    // Classes: grades 5…11 in turn, letters as the parallels fill.
    var classes: [(Int, String)] = []
    for index in 0..<classCount {
      let grade = 5 + index % 7
      let parallel = index / 7
      let letter =
        parallel < letters.count ? letters[parallel] : "\(letters[parallel % letters.count])\(parallel)"
      classes.append((grade, letter))
    }
    classes.sort { ($0.0, $0.1) < ($1.0, $1.1) }
    var students: [Student] = []
    students.reserveCapacity(options.students)
    for index in 0..<options.students {
      let (grade, letter) = classes[index * classes.count / max(options.students, 1)]
      let isMale = random.chance(0.5)
      let base = random.pick(NamePools.surnames)
      let father = random.pick(NamePools.fathers)
      let birthYear = options.academicYear.startYear - grade - 6 + (random.chance(0.25) ? -1 : 0)
      students.append(
        Student(
          index: index, surname: isMale ? base : NamePools.feminine(base),
          firstName: random.pick(isMale ? NamePools.maleNames : NamePools.femaleNames),
          patronymic: isMale ? father.0 : father.1, isMale: isMale, grade: grade, letter: letter,
          birth: (birthYear, random.int(1...12), random.int(1...28)),
          studentID: String(100_000 + index * 7 + 3),
          ability: min(5, max(2.4, 3.85 + 0.55 * random.normal())),
          anxiety: min(0.95, max(0.05, 0.38 + 0.14 * random.normal())), role: nil, category: nil,
          specialNeeds: random.chance(0.03), newcomer: random.chance(0.06)))
    }
    // Mentees: the weakest or most anxious in grades 5–8; mentors: the strongest in 9–11.
    let menteeTarget = max(6, options.students * 6 / 100)
    let mentorTarget = max(4, menteeTarget * 4 / 5)
    let menteePool = students.filter { $0.grade <= 8 }.sorted {
      ($0.ability - $0.anxiety, $0.index) < ($1.ability - $1.anxiety, $1.index)
    }
    for candidate in menteePool.prefix(menteeTarget) {
      students[candidate.index].role = .mentee
      students[candidate.index].category = random.chance(0.4) ? "пассивный" : "активный"
      students[candidate.index].anxiety = min(0.95, students[candidate.index].anxiety + 0.18)
    }
    let mentorPool = students.filter { $0.grade >= 9 }.sorted {
      ($0.ability, $0.index) > ($1.ability, $1.index)
    }
    let mentors = mentorPool.prefix(mentorTarget).map(\.index)
    for mentor in mentors { students[mentor].role = .mentor }
    // Pairs: every mentor takes one mentee, the rest join groups.
    let mentees = students.filter { $0.role == .mentee }.map(\.index)
    var assignments: [[Int]] = mentors.map { _ in [] }
    for (offset, mentee) in mentees.enumerated() {
      let slot = offset < mentors.count ? offset : random.int(0...(mentors.count - 1))
      assignments[slot].append(mentee)
    }
    var pairs: [Pair] = []
    for (offset, mentor) in mentors.enumerated() where !assignments[offset].isEmpty {
      let first = students[assignments[offset][0]]
      let model: String
      if first.newcomer {
        model = models[3]
      } else if first.category == "пассивный" {
        model = models[1]
      } else if first.ability < 3.4 {
        model = models[0]
      } else {
        model = models[2]
      }
      let dissolved = random.chance(0.05)
      pairs.append(
        Pair(
          number: pairs.count + 1, mentor: mentor, mentees: assignments[offset], model: model,
          status: dissolved ? "расформирована" : random.chance(0.15) ? "завершена" : "действует",
          startDay: random.int(5...30), fullCycle: !dissolved && random.chance(0.8)))
    }
    var subjects: [Int: [String]] = [:]
    for grade in 5...11 {
      var list = ["Русский язык", "Литература", "Английский язык", "История", "Физическая культура"]
      list +=
        grade <= 6
        ? ["Математика", "Биология", "География"] : ["Алгебра", "Геометрия", "Физика", "Биология"]
      if grade >= 8 { list += ["Химия", "Информатика"] }
      if grade >= 10 { list += ["Обществознание"] }
      subjects[grade] = list
    }
    return SampleSchool(options: options, students: students, pairs: pairs, subjects: subjects)
  }

  /// The mean mark a student is expected to get in `subject` in quarter `quarter` (0…3), with the
  /// programme's effect growing through the year.
  func expectedMark(_ student: Student, subject: String, quarter: Int) -> Double {
    let subjectShift = Double(subject.unicodeScalars.reduce(0) { $0 + Int($1.value) } % 7 - 3) * 0.08
    let gain = student.role == .mentee ? Self.menteeGain : Self.classmateGain
    return student.ability + subjectShift + gain * Double(quarter) / 3
  }

  /// A mark drawn around `expected`.
  static func drawMark(_ expected: Double, _ random: inout SeededGenerator) -> Int {
    let value = expected + 0.5 * random.normal()
    return min(5, max(2, Int(value.rounded())))
  }
}
