extension Catalog {
  static func russianText(_ message: Message) -> String {
    switch message {
    case .spreadsheetNotCSV(let ext):
      return "Файл Excel/Calc (.\(ext)) не читается напрямую."
    case .notATable(let ext):
      return ext.isEmpty
        ? "Не таблица: файл без расширения." : "Не таблица: расширение .\(ext) не обрабатывается."
    case .unreadable(let reason):
      return "Файл не удалось прочитать: \(reason)."
    case .binaryFile(let offset):
      return "Это не текстовый файл (двоичные данные с байта \(offset))."
    case .emptyFile:
      return "Файл пустой."
    case .headerOnly:
      return "В файле только заголовок, строк с данными нет."
    case .unbalancedQuote(let start, let detected, let atEnd):
      return atEnd
        ? "Кавычка в строке \(start) не закрыта до конца файла; строки до неё прочитаны."
        : "Непарная кавычка: строка \(start), ошибка обнаружена в строке \(detected); строки до неё прочитаны, дальше файл не читался."
    case .fieldTooLong(let limit):
      return "Ячейка длиннее \(limit / 1024) КиБ — скорее всего, не закрыта кавычка; дальше файл не читался."
    case .outOfMemory:
      return "Не хватило памяти для разбора файла."
    case .fieldCountMismatch(let expected, let rows, let lines):
      let shown = lines.map(String.init).joined(separator: ", ")
      return
        "Строк с числом столбцов, отличным от заголовка (\(expected)): \(rows); например, строки \(shown)."
    case .unrecognizedFile(let columns, _):
      return "Не удалось понять, что в файле. Столбцы: \(columns.map { "«\($0)»" }.joined(separator: ", "))."
    case .skippedByConfig:
      return "Файл пропущен: так указано в настройках."
    case .periodUnknown:
      return "Не указан период отметок: нет столбца «Период», периода в настройках и в имени файла."
    }
  }

  static func russianFix(_ message: Message) -> String {
    switch message {
    case .spreadsheetNotCSV:
      return
        "Откройте файл в Excel и сохраните как «CSV UTF-8 (разделитель — запятая)» или «CSV (разделители — точки с запятой)»."
    case .notATable:
      return "Если это таблица, сохраните её как CSV; иначе уберите файл из папки."
    case .unreadable:
      return "Проверьте, что файл не открыт в другой программе и у вас есть права на чтение."
    case .binaryFile:
      return "Сохраните данные как CSV (в Excel: «Файл → Сохранить как → CSV UTF-8»)."
    case .emptyFile, .headerOnly:
      return "Выгрузите данные заново или уберите файл из папки."
    case .unbalancedQuote:
      return
        "Откройте файл в текстовом редакторе, найдите указанную строку и закройте или удалите лишнюю кавычку «\"»."
    case .fieldTooLong:
      return "Найдите незакрытую кавычку «\"» перед этим местом и исправьте её."
    case .outOfMemory:
      return "Разделите файл на части."
    case .fieldCountMismatch:
      return
        "Проверьте эти строки: лишний или пропущенный разделитель; текст с разделителем возьмите в кавычки."
    case .unrecognizedFile(_, let needs):
      return "Нужен хотя бы один набор столбцов: " + needs.joined(separator: "; ")
        + ". Или укажите вид файла в pipelines/year-end.yml (files: dataset)."
    case .skippedByConfig:
      return "Уберите skip: true из настроек, если файл нужен."
    case .periodUnknown:
      return
        "Добавьте в имя файла период («1 четверть», «за год») или укажите period в pipelines/year-end.yml."
    }
  }

  static func russianPhrase(_ phrase: Phrase) -> String {
    switch phrase {
    case .line: "строка"
    case .column: "столбец"
    case .byte: "байт"
    case .checkTitle: "Проверка входных файлов"
    case .filesFound: "файлов"
    case .encoding: "кодировка"
    case .delimiter: "разделитель"
    case .columns: "столбцов"
    case .rowsRead: "строк данных"
    case .noProblems: "замечаний нет"
    case .severityError: "ошибка"
    case .severityWarning: "предупреждение"
    case .severityNote: "примечание"
    case .fileUnreadableSummary:
      "Не все файлы удалось прочитать — исправьте ошибки выше и запустите проверку снова."
    case .allFilesReadSummary: "Все файлы прочитаны."
    case .noFilesFound: "В папке нет файлов CSV/TSV/TXT."
    case .howToFix: "как исправить"
    case .forcedByConfig: "задано в настройках"
    case .folderNotFound: "Папка с выгрузками не найдена"
    }
  }
}
