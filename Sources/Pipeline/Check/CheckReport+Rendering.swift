import MonitoringKit
import TabularIO

extension CheckReport {
  /// `{"data_quality": {…}}` with the keys of indicators.md, the people lists included.
  public func json(catalog: Catalog) -> JSONValue {
    .object([
      ("academic_year", .string(data.academicYear.description)),
      ("data_quality", DataQuality(data).json(catalog: catalog, includeNames: true)),
    ])
  }

  /// The human report printed by `check`, in the catalog's language.
  public func text(catalog: Catalog) -> String {
    let ru = catalog.language == .ru
    var out =
      "\(catalog.phrase(.checkTitle)): \(inputFolder) (\(catalog.phrase(.filesFound)): \(data.files.count))\n"
    out += (ru ? "Учебный год: " : "Academic year: ") + data.academicYear.description + "\n"
    if data.files.isEmpty {
      return out + catalog.phrase(.noFilesFound) + "\n"
    }
    for file in data.files {
      out += "\n\(file.path)\n"
      if let encoding = file.encoding, let delimiter = file.delimiter {
        let dataset =
          structureOnly
          ? (ru ? "таблица" : "table")
          : file.dataset.map { Self.datasetName($0, ru: ru) } ?? (ru ? "не распознан" : "not recognised")
        out +=
          "  \(dataset); \(catalog.phrase(.encoding)) \(encoding.rawValue), \(catalog.phrase(.delimiter)) "
        out +=
          "«\(delimiter == "\t" ? "TAB" : delimiter)», \(catalog.phrase(.columns)) \(file.columns.count)\n"
        if structureOnly {
          out += "  \(catalog.phrase(.rowsRead)) \(file.rowsRead)\n"
        } else {
          out +=
            ru
            ? "  строк: прочитано \(file.rowsRead), использовано \(file.rowsUsed), отклонено \(file.rowsRejected)"
            : "  rows: read \(file.rowsRead), used \(file.rowsUsed), rejected \(file.rowsRejected)"
          out +=
            file.cellsRejected > 0
            ? (ru ? "; ячеек отклонено \(file.cellsRejected)\n" : "; cells rejected \(file.cellsRejected)\n")
            : "\n"
        }
        if !file.instruments.isEmpty {
          out +=
            (ru ? "  анкеты и тесты: " : "  instruments: ") + file.instruments.joined(separator: ", ") + "\n"
        }
        if !file.unclaimedColumns.isEmpty {
          out +=
            (ru ? "  не распознаны вопросы: " : "  unrecognised questions: ")
            + file.unclaimedColumns.prefix(5).map { "«\($0)»" }.joined(separator: ", ")
            + (file.unclaimedColumns.count > 5 ? " …" : "") + "\n"
        }
      }
      for finding in file.findings {
        out += Self.line(finding, catalog)
      }
    }
    out += people(catalog)
    out += rejects(catalog)
    for finding in configFindings { out += Self.line(finding, catalog) }
    out += "\n" + catalog.phrase(allFilesRead ? .allFilesReadSummary : .fileUnreadableSummary) + "\n"
    return out
  }

  private func people(_ catalog: Catalog) -> String {
    let ru = catalog.language == .ru
    let quality = DataQuality(data)
    var out = ""
    func place(_ match: MatchRecord) -> String {
      "\(data.files[match.file].path):\(match.line) «\(match.rawName)»\(match.rawClass.map { " \($0)" } ?? "")"
    }
    if !quality.fuzzy.isEmpty {
      out +=
        ru
        ? "\nСопоставлено не точно — проверьте (\(quality.fuzzy.count)):\n"
        : "\nFuzzy matches — please confirm (\(quality.fuzzy.count)):\n"
      for match in quality.fuzzy {
        let person = match.person.map { data.persons[$0.rawValue] }
        out += "  \(place(match)) → \(person?.name.display ?? "") \(person?.schoolClass?.description ?? "")"
        out += " [\(match.rule?.label ?? "")]\n"
      }
    }
    if !quality.ambiguous.isEmpty {
      out +=
        ru
        ? "\nНесколько кандидатов — не угадываем (\(quality.ambiguous.count)):\n"
        : "\nAmbiguous (\(quality.ambiguous.count)):\n"
      for match in quality.ambiguous {
        out +=
          "  \(place(match)) → "
          + match.candidates.map { data.persons[$0.rawValue].name.display }.joined(separator: " / ") + "\n"
      }
    }
    if !quality.unmatched.isEmpty {
      out +=
        ru
        ? "\nНе найдены в списках (\(quality.unmatched.count)):\n"
        : "\nNot found (\(quality.unmatched.count)):\n"
      for match in quality.unmatched { out += "  \(place(match))\n" }
    }
    if quality.duplicatesSuperseded > 0 {
      out +=
        ru
        ? "\nПовторных анкет заменено более поздними: \(quality.duplicatesSuperseded)\n"
        : "\nRepeated submissions superseded by later ones: \(quality.duplicatesSuperseded)\n"
    }
    return out
  }

  private func rejects(_ catalog: Catalog) -> String {
    let reasons = DataQuality(data).rejectsByReason
    guard !reasons.isEmpty else { return "" }
    let ru = catalog.language == .ru
    var out = ru ? "\nОтклонено (строки и ячейки) по причинам:\n" : "\nRejected rows and cells by reason:\n"
    for (reason, count) in reasons {
      out += "  \(reason.rawValue): \(count) — \(catalog.meaning(reason)). \(catalog.fix(reason))\n"
    }
    return out
  }

  static func line(_ finding: Finding, _ catalog: Catalog) -> String {
    let place = catalog.place(finding.location)
    return
      "  \(finding.severityLabel(catalog))\(place.isEmpty ? "" : " (\(place))"): \(catalog.text(finding.message))\n"
      + "    \(catalog.phrase(.howToFix)): \(catalog.fix(finding.message))\n"
  }

  /// The dataset as the curator calls it.
  static func datasetName(_ dataset: DatasetKind, ru: Bool) -> String {
    switch dataset {
    case .students: ru ? "контингент" : "roster"
    case .participants: ru ? "участники программы" : "participants"
    case .pairs: ru ? "пары" : "pairs"
    case .gradesLong: ru ? "отметки (построчно)" : "marks (long)"
    case .gradesWide: ru ? "ведомость отметок" : "marks (wide)"
    case .survey: ru ? "анкета/тест" : "survey"
    case .clubs: ru ? "кружки и секции" : "clubs"
    case .registry: ru ? "профилактический учёт" : "registry"
    case .meetings: ru ? "журнал встреч" : "meetings"
    }
  }
}

extension Finding {
  /// «ошибка», «предупреждение», «примечание».
  func severityLabel(_ catalog: Catalog) -> String {
    switch severity {
    case .error: catalog.phrase(.severityError)
    case .warning: catalog.phrase(.severityWarning)
    case .note: catalog.phrase(.severityNote)
    }
  }
}
