extension Catalog {
  /// What a reject reason means, in one line.
  public func meaning(_ reason: RejectReason) -> String {
    switch language {
    case .ru: Self.russianMeaning[reason]!
    case .en: Self.englishMeaning[reason]!
    }
  }

  /// How the curator fixes a reject of this kind.
  public func fix(_ reason: RejectReason) -> String {
    switch language {
    case .ru: Self.russianRejectFix[reason]!
    case .en: Self.englishRejectFix[reason]!
    }
  }

  static let russianMeaning: [RejectReason: String] = [
    .parseError: "файл повреждён: непарная кавычка или слишком длинная ячейка",
    .missingCell: "не заполнена нужная ячейка",
    .typeError: "значение не того вида (например, не дата)",
    .outOfRange: "значение вне допустимого диапазона",
    .unknownValue: "значение не распознано",
    .unknownPerson: "человек не найден в списках",
    .ambiguousPerson: "подходят несколько человек — не угадываем",
    .duplicateSuperseded: "повторная анкета: учтена более поздняя",
    .periodUnknown: "не указан период",
    .unrecognizedFile: "файл не распознан",
    .unknownPair: "пара не найдена в списке пар",
  ]

  static let russianRejectFix: [RejectReason: String] = [
    .parseError: "Откройте файл в текстовом редакторе, найдите строку и исправьте кавычку «\"».",
    .missingCell: "Заполните ячейку в исходной таблице и выгрузите файл заново.",
    .typeError: "Исправьте значение: даты — ДД.ММ.ГГГГ, числа — цифрами.",
    .outOfRange: "Исправьте значение: отметки — от 1 до 5, оценки в анкетах — в пределах шкалы.",
    .unknownValue: "Исправьте значение или добавьте его написание в настройки.",
    .unknownPerson:
      "Проверьте ФИО и класс; добавьте ученика в контингент или строку в pipelines/matches.csv.",
    .ambiguousPerson: "Укажите ФИО полностью с классом или добавьте строку в pipelines/matches.csv.",
    .duplicateSuperseded: "Ничего делать не нужно; при ошибке удалите лишнюю анкету из выгрузки.",
    .periodUnknown: "Добавьте период в имя файла («1 четверть», «за год») или в pipelines/year-end.yml.",
    .unrecognizedFile:
      "Переименуйте столбцы как в инструкции или укажите вид файла в pipelines/year-end.yml.",
    .unknownPair: "Проверьте номер пары: он должен совпадать с файлом пар.",
  ]

  static let englishMeaning: [RejectReason: String] = [
    .parseError: "damaged file: an unbalanced quote or an over-long cell",
    .missingCell: "a required cell is empty",
    .typeError: "a value of the wrong kind (e.g. not a date)",
    .outOfRange: "a value out of range",
    .unknownValue: "an unrecognised value",
    .unknownPerson: "the person is on no list",
    .ambiguousPerson: "several people fit — not guessed",
    .duplicateSuperseded: "a repeated submission: the later one counts",
    .periodUnknown: "no period",
    .unrecognizedFile: "file not recognised",
    .unknownPair: "the pair is not in the pairs list",
  ]

  static let englishRejectFix: [RejectReason: String] = [
    .parseError: "Open the file in a text editor, go to the line and fix the quote «\"».",
    .missingCell: "Fill in the cell in the source table and export again.",
    .typeError: "Fix the value: dates as DD.MM.YYYY, numbers in digits.",
    .outOfRange: "Fix the value: marks 1 to 5, ratings within the scale.",
    .unknownValue: "Fix the value or add its spelling to the configuration.",
    .unknownPerson:
      "Check the name and class; add the student to the roster or a line to pipelines/matches.csv.",
    .ambiguousPerson: "Write the full name with the class, or add a line to pipelines/matches.csv.",
    .duplicateSuperseded: "Nothing to do; if wrong, delete the extra submission from the export.",
    .periodUnknown: "Put the period in the file name or in pipelines/year-end.yml.",
    .unrecognizedFile: "Rename the columns as the guide says, or set the dataset in pipelines/year-end.yml.",
    .unknownPair: "Check the pair number against the pairs file.",
  ]
}
