extension ReportWords {
  /// The Russian table (the default).
  public static let russian = ReportWords(
    languageCode: "ru",
    title: "Мониторинг реализации программы наставничества «Ученик – ученик»",
    programmeDates: { "Сроки программы: \($0) – \($1)" },
    generatedOn: { "Отчёт сформирован \($0)" },
    publicEdition: "Публичная версия: без имён; группы меньше 5 человек не показаны.",
    internalEdition: "Внутренняя версия для директора и куратора: содержит имена, не публикуйте её.",
    contents: "Содержание",
    lessThanFive: "менее 5",
    hiddenSmallGroup: "скрыто (меньше 5 чел.)",
    notComputable: "нет данных",
    noData: "нет данных",
    before: "До", after: "После", change: "Изменение", indicator: "Показатель", value: "Значение",
    total: "Всего", n: "N", yes: "да", no: "нет",
    chartTableSummary: "Числа диаграммы",
    sectionTitles: [
      "summary": "Итоги в одном взгляде", "participants": "Участники и пары", "grades": "Успеваемость",
      "anxiety": "Тревожность", "satisfaction": "Удовлетворённость", "clubs": "Кружки и секции",
      "registry": "Профилактический учёт", "quality": "Качество данных", "method": "Методика",
      "appendix": "Приложение: карточки пар",
    ],
    sectionEmpty: [
      "participants": "Нет файла пар и списка участников — охват не посчитать.",
      "grades": "Нет оценок наставляемых за два периода — сравнить успеваемость нельзя.",
      "anxiety": "Нет теста тревожности, пройденного наставляемыми до и после программы.",
      "satisfaction":
        "Нет анкет удовлетворённости, по которым можно посчитать индекс (нужны ответы хотя бы на половину вопросов методики).",
      "clubs": "Нет данных о посещении кружков и секций за два периода.",
      "registry": "Нет списков профилактического учёта.",
      "appendix": "Нет пар наставничества.",
    ],
    tileCoverage: "Охват", tileGrades: "Успеваемость", tileAnxiety: "Тревожность",
    tileSatisfaction: "Удовлетворённость", tileClubs: "Кружки и секции",
    tileRegistry: "Профилактический учёт",
    measureCoverage: "участников среди обучающихся 10–19 лет",
    measureGrades: "средний балл наставляемых",
    measureAnxiety: "наставляемых с повышенной тревожностью",
    measureSatisfaction: "индекс удовлетворённости наставляемых (из 10)",
    measureClubs: "наставляемых посещают кружки",
    measureRegistry: "наставляемых на учёте",
    trendWords: [.better: "лучше", .same: "без изменений", .worse: "хуже", .none: ""],
    coverageVerdict: { count, share in
      "Участников программы: \(count), это \(share) обучающихся 10–19 лет; федеральный ориентир — 70 %."
    },
    summaryCounts: { better, same, worse, na in
      var text =
        "Главные показатели за год: улучшились — \(better) из 5, без изменений — \(same), ухудшились — \(worse)"
      if na > 0 { text += ", без данных — \(na)" }
      return Sentence(parts: [.text(text + ".")])
    },
    summaryPairs: { pairs, mentors, mentees, meetings in
      "Пар наставничества: \(pairs) (наставников: \(mentors), наставляемых: \(mentees)); встреч проведено: \(meetings)."
    },
    summaryQuality: { used, read, rejected in
      "Из \(read) строк исходных файлов использованы \(used), отклонены \(rejected) — причины и как их исправить в разделе «Качество данных»."
    },
    verdictGradesNA:
      "Недостаточно данных об оценках, чтобы сравнить успеваемость наставляемых до и после программы.",
    verdictGrades: { trend, count, n, before, after, p in
      let clause = ReportWords.russianTestClause(p)
      switch trend {
      case .better:
        return
          "Успеваемость улучшилась у \(count) из \(n) наставляемых; средний балл \(before) → \(after) \(clause)."
      case .worse:
        return
          "Успеваемость ухудшилась у \(count) из \(n) наставляемых; средний балл \(before) → \(after) \(clause)."
      default:
        return
          "Успеваемость наставляемых почти не изменилась (\(n) чел.); средний балл \(before) → \(after) \(clause)."
      }
    },
    verdictAnxietyNA:
      "Недостаточно данных теста тревожности, чтобы сравнить результаты до и после программы.",
    verdictAnxiety: { trend, elevatedBefore, n, elevatedAfter, before, after, p in
      let opening =
        trend == .better
        ? "Тревожность снизилась"
        : trend == .worse ? "Тревожность выросла" : "Тревожность почти не изменилась"
      return
        "\(opening): повышенная тревожность у \(elevatedBefore) из \(n) наставляемых до программы и у \(elevatedAfter) после; средний балл \(before) → \(after) \(ReportWords.russianTestClause(p))."
    },
    verdictSatisfactionNA:
      "Индекс удовлетворённости не посчитан: нет анкет с ответами хотя бы на половину вопросов.",
    verdictSatisfaction: { mentees, level, index, respondents, continueShare in
      let who = mentees ? "наставляемых" : "наставников"
      var sentence: Sentence =
        "Удовлетворённость \(who) \(level): индекс \(index) из 10 (анкет: \(respondents))"
      if let continueShare { sentence = sentence + "; продолжить участие хотят \(continueShare)" }
      return sentence + "."
    },
    verdictClubsNA: "Нет данных о посещении кружков и секций за два периода.",
    verdictClubs: { after, mentees, last, before, first, p in
      "Кружки и секции посещают \(after) из \(mentees) наставляемых (\(last)), в начале — \(before) (\(first)) \(ReportWords.russianTestClause(p))."
    },
    verdictRegistryNA: "Нет данных о профилактическом учёте.",
    verdictRegistry: { end, start in
      "Наставляемых на профилактическом учёте: \(end) на конец программы, \(start) на начало."
    },
    testClause: { ReportWords.russianTestClause($0) },
    indexLevels: ("высокая", "средняя", "низкая"),
    participantsTable: "Участники программы",
    studentsTotal: "Обучающихся в школе", students1019: "Из них 10–19 лет",
    ageProxyNote: "Дат рождения нет: возраст 10–19 лет оценён по классам 5–11.",
    mentors: "Наставники", mentees: "Наставляемые", participants: "Участники (без повторов)",
    pairs: "Пары", groups: "Группы (наставник и ≥ 2 наставляемых)",
    involvedShare: "Доля участников среди 10–19 лет", menteeShare: "Доля наставляемых среди 10–19 лет",
    coverageTarget: { share in
      "Охват — \(share); федеральный ориентир целевой модели — 70 % обучающихся 10–19 лет."
    },
    pairsByModel: "Пары по форме взаимодействия", pairsByStatus: "Пары по статусу",
    menteesByCategory: "Наставляемые по категории", menteesByClass: "Наставляемые по классам",
    model: "Форма взаимодействия", status: "Статус", category: "Категория", schoolClass: "Класс",
    meetingsTitle: "Встречи наставников и наставляемых",
    meetingsTotal: "Встреч всего", meetingsPerPair: "В среднем на пару",
    pairsWithMeetings: "Пар со встречами", fullCyclePairs: "Пар с полным циклом встреч",
    meetingsByType: "Встречи по типу", meetingType: "Тип встречи", meetingsCount: "Встреч",
    untypedMeetings: "тип не указан",
    gradesTable: { "Успеваемость наставляемых: \($0) → \($1)" },
    meanMark: "Средний балл", successRate: "Успеваемость (без «2» и «н/а»)",
    qualityRate: "Качество знаний (только «4» и «5»)", sou: "СОУ, %", failing: "Неуспевающие",
    notAttestedNote: { before, after in
      "В СОУ учтены отметки «н/а»: \(before) до и \(after) после."
    },
    gradesMovement: { improved, unchanged, worsened, threshold in
      "Средний балл вырос у \(improved), почти не изменился у \(unchanged), снизился у \(worsened) наставляемых (порог изменения — \(threshold) балла)."
    },
    wilcoxonSentence: { p, effect in
      "Критерий Уилкоксона для связанных выборок: \(p); размер эффекта (рангово-бисериальная корреляция) \(effect)."
    },
    ttestSentence: { t, df, p, low, high, dz in
      "t-критерий для связанных выборок: t = \(t), df = \(.plain(df)), \(p); 95 % доверительный интервал изменения от \(low) до \(high); d = \(dz)."
    },
    mcnemarFailing: { recovered, fell, p in
      "Перестали быть неуспевающими \(recovered), стали неуспевающими \(fell); точный критерий Мак-Немара: \(p)."
    },
    smallSampleNote: "Выборка меньше 20 человек: выводы о значимости предварительные.",
    insufficientTests: "Меньше 6 человек с данными до и после: проверка значимости невозможна.",
    histogramTitle: "Как изменился средний балл каждого наставляемого",
    histogramDescription: { "Гистограмма изменения среднего балла (после минус до) по \($0) наставляемым." },
    histogramX: "Изменение среднего балла", histogramY: "Наставляемых",
    histogramNames: ("Снижение", "Без изменений", "Рост"),
    bySubjectTable: "Средний балл наставляемых по предметам", bySubjectChart: "Средний балл по предметам",
    bySubjectDescription: "Средний балл наставляемых по каждому предмету до и после программы.",
    subject: "Предмет",
    byClassChart: "Средний балл наставляемых по классам",
    byClassDescription: "Средний балл наставляемых каждого класса до и после программы.",
    comparisonTitle: "Сравнение с одноклассниками",
    comparisonTable: "Наставляемые и их одноклассники, не участвовавшие в программе",
    menteesGroup: "Наставляемые", comparisonGroup: "Одноклассники вне программы",
    didSentence: { did, p in
      "Разность изменений (наставляемые минус одноклассники): \(did) балла; критерий Манна–Уитни: \(p)."
    },
    comparisonMissing:
      "Сравнение с одноклассниками не проводится: меньше 6 одноклассников с оценками за оба периода.",
    regressionNote: { gap in
      "Осторожно: в начале наставляемые учились заметно хуже одноклассников (разница \(gap) стандартного отклонения). Часть роста может быть возвратом к среднему, а не действием программы."
    },
    anxietyInstrument: { "Методика: \($0)." },
    levelsChart: "Уровни тревожности наставляемых до и после программы",
    levelsDescription:
      "Доли наставляемых с нормальной, повышенной и высокой тревожностью до и после программы.",
    level: "Уровень", elevated: "Повышенная и высокая",
    transitions: { normalized, worsened, p in
      "Тревожность вернулась к норме у \(normalized), стала повышенной у \(worsened); точный критерий Мак-Немара: \(p)."
    },
    scoresTable: "Средний балл теста тревожности", meanScore: "Средний балл",
    factorsTable: "Факторы тревожности (средний процент совпадений с ключом)", factor: "Фактор",
    roleMentees: "Наставляемые", roleMentors: "Наставники",
    satisfactionTable: { "Удовлетворённость: \($0)" },
    satisfactionIndex: "Индекс удовлетворённости (из 10)", indexLevel: "Уровень",
    respondents: "Анкет", responseRate: "Ответили участники", satisfiedShare: "Удовлетворены (индекс ≥ 8)",
    continueShare: "Хотят продолжить", becomeMentorShare: "Хотят стать наставником",
    itemsChart: { "Ответы на вопросы анкеты: \($0)" },
    itemsDescription: "Распределение оценок от 1 до 10 по каждому вопросу анкеты и средняя оценка.",
    itemMeansChart: { "Средняя оценка по вопросам анкеты: \($0)" },
    itemMeansDescription: "Средняя оценка по каждому вопросу анкеты (из 10).",
    meanOfTen: "Средняя оценка",
    expectationsTable: { "Ожидания и результат: \($0)" },
    item: "Вопрос", expectedBefore: "Ожидание (до)", gotAfter: "Оценка (после)",
    freeTextTitle: "Из свободных ответов",
    clubsTable: { "Кружки и секции: \($0) → \($1)" },
    enrolled: "Посещают кружки", newlyEnrolled: "Записались за год", dropped: "Перестали посещать",
    memberships: "Записей в кружки", attendanceRate: "Посещаемость занятий",
    mcnemarClubs: { "Точный критерий Мак-Немара для записи в кружки: \($0)." },
    byClubTable: "Наставляемые по кружкам", club: "Кружок",
    registryTable: "Профилактический учёт",
    onStart: { "На начало (\($0))" }, onEnd: { "На конец (\($0))" },
    schoolWide: "Вся школа", amongMentees: "Из них наставляемые",
    addedDuring: "Поставлены на учёт за период", removedDuring: "Сняты с учёта за период",
    byTypeTable: "По видам учёта", registryType: "Вид учёта",
    previousYear: { "На конец прошлого учебного года на учёте было \($0)." },
    previousYearUnknown: "Данных за прошлый учебный год нет.",
    flowTable: "Файлы и строки", file: "Файл", dataset: "Данные", encoding: "Кодировка",
    delimiter: "Разделитель", rowsRead: "Прочитано", rowsUsed: "Использовано", rowsRejected: "Отклонено",
    allFiles: "Все файлы",
    datasetNames: [
      "students": "список обучающихся", "participants": "участники", "pairs": "пары",
      "grades": "оценки", "survey": "анкета", "clubs": "кружки", "registry": "профучёт",
      "meetings": "встречи",
    ],
    notRecognized: "не распознан",
    rejectsTable: "Почему строки отклонены и как это исправить", reason: "Причина", howToFix: "Как исправить",
    noRejects: "Отклонённых строк нет.",
    flowSentence: { files, read, used, rejected in
      "Прочитано файлов: \(files), строк: \(read); использовано \(used), отклонено \(rejected). Каждая отклонённая строка с причиной — в файле rejects.csv."
    },
    unmatchedTitle: "Не найдены в списке обучающихся",
    ambiguousTitle: "Несколько подходящих людей в списке — не сопоставлены",
    fuzzyTitle: "Сопоставлены не по точному совпадению — проверьте",
    personIssue: { issue in
      "\(.text(issue.name)) — \(.text(issue.file)), строка \(.plain(issue.line)): \(.text(issue.detail))"
    },
    moreNotShown: { "…и ещё \($0) (полный список — в rejects.csv и в выводе nastavnik check)" },
    unclaimedColumns: { file, columns in
      "В файле «\(file)» столбцы не относятся ни к одной методике: \(columns.map { "«\($0)»" }.joined(separator: ", "))."
    },
    peopleCounts: { unmatched, ambiguous, fuzzy, duplicates in
      "Не найдены в списке: \(unmatched); неоднозначны: \(ambiguous); сопоставлены приблизительно: \(fuzzy); повторных анкет заменено более поздними: \(duplicates)."
    },
    methodology: [
      "Наставляемые и наставники — люди из файла пар и списка участников; одноклассники вне программы — обучающиеся тех же классов, не участвующие в программе.",
      "Средний балл наставляемого — среднее по предметам, оценённым и в начальном, и в итоговом периоде; изменение — «после» минус «до».",
      "Успеваемость — доля наставляемых без «2», «н/а» и «незач»; качество знаний — доля тех, у кого по всем предметам «4» и «5».",
      "СОУ (степень обученности) = (100·«5» + 64·«4» + 36·«3» + 16·(«2» + «1») + 7·«н/а») ÷ число отметок.",
      "Значимость изменения проверяется критерием Уилкоксона для связанных выборок и t-критерием; доли «до/после» — точным критерием Мак-Немара; сравнение с одноклассниками — критерием Манна–Уитни. Различие значимо при p < 0,05.",
      "Разность изменений (difference-in-differences) — изменение у наставляемых минус изменение у одноклассников вне программы.",
      "Тесты не проводятся, если данных до и после меньше чем у 6 человек; при 6–19 людях вывод помечается как предварительный.",
      "Индекс удовлетворённости — среднее личных индексов (среднее ответов по шкале 1–10 при ответе хотя бы на половину вопросов); «высокая» от 8, «средняя» от 6.",
      "Доли даны с одним знаком после запятой и числом людей в скобках; в публичной версии числа от 1 до 4 заменены на «менее 5», а доли и средние по группам меньше 5 человек не показаны.",
    ],
    instrumentLine: { "«\($0.title)» (\($0.id)): вопросов — \($0.items); \($0.scoring)" },
    thresholdLine: { "\($0): \($1)" },
    appendixIntro:
      "Одна карточка на пару: наставник, наставляемые, форма взаимодействия, встречи и результаты каждого наставляемого.",
    appendixPublic: "Карточки пар содержат имена и в публичную версию не входят.",
    pairCardTitle: { "Пара \($0)" },
    mentor: "Наставник", mentee: "Наставляемый", meetingsLabel: "Встреч", fullCycle: "полный цикл встреч",
    gradeColumn: "Балл: до → после", anxietyColumn: "Тревожность: до → после"
  )

  /// «(различие статистически значимо, p = 0,012)».
  static func russianTestClause(_ p: Double?) -> String {
    guard let p else { return "(выборка слишком мала для проверки значимости)" }
    return p < 0.05
      ? "(различие статистически значимо, \(RussianFormat.pValue(p)))"
      : "(различие статистически не значимо, \(RussianFormat.pValue(p)))"
  }
}
