import MonitoringKit
import TabularIO

extension CheckReport {
  /// The stable JSON object `{"files":[{"path","encoding","delimiter","columns","rows_read","problems"}]}`.
  public func json(catalog: Catalog) -> JSONValue {
    .object([
      (
        "files",
        .array(
          files.map { file in
            .object([
              ("path", .string(file.path)),
              ("kind", .string(file.kindName)),
              ("encoding", .optional(file.encoding?.rawValue)),
              ("delimiter", .optional(file.dialect?.delimiterString)),
              ("columns", .array(file.columns.map(JSONValue.string))),
              ("rows_read", .int(file.rowsRead)),
              ("blank_rows", .int(file.blankRows)),
              ("problems", .array(file.findings.map { $0.json(catalog: catalog) })),
            ])
          })
      )
    ])
  }

  /// The human report printed by `check`, in the catalog's language.
  public func text(catalog: Catalog) -> String {
    var out = "\(catalog.phrase(.checkTitle)): \(inputFolder) (\(catalog.phrase(.filesFound)): \(files.count))\n"
    if files.isEmpty {
      out += catalog.phrase(.noFilesFound) + "\n"
      return out
    }
    for file in files {
      out += "\n\(file.path)\n"
      if let encoding = file.encoding, let dialect = file.dialect {
        out += "  \(catalog.phrase(.encoding)) \(encoding.rawValue), \(catalog.phrase(.delimiter)) «\(dialect.delimiterName)», "
        out += "\(catalog.phrase(.columns)) \(file.columns.count), \(catalog.phrase(.rowsRead)) \(file.rowsRead)\n"
      }
      if file.findings.isEmpty {
        out += "  \(catalog.phrase(.noProblems))\n"
      }
      for finding in file.findings {
        let place = catalog.place(finding.location)
        out += "  \(finding.severityLabel(catalog))\(place.isEmpty ? "" : " (\(place))"): \(catalog.text(finding.message))\n"
        out += "    \(catalog.phrase(.howToFix)): \(catalog.fix(finding.message))\n"
      }
    }
    out += "\n" + catalog.phrase(allFilesRead ? .allFilesReadSummary : .fileUnreadableSummary) + "\n"
    return out
  }
}

extension FileInspection {
  /// `table`, `spreadsheet` or `other`.
  var kindName: String {
    switch kind {
    case .table: "table"
    case .spreadsheet: "spreadsheet"
    case .other: "other"
    }
  }
}

extension Finding {
  /// A problem as `check --json` prints it.
  public func json(catalog: Catalog) -> JSONValue {
    .object([
      ("code", .string(code)),
      ("severity", .string(severity.rawValue)),
      ("line", .optional(location?.line)),
      ("column", .optional(location?.column)),
      ("byte", .optional(location?.byte)),
      ("message", .string(catalog.text(message))),
      ("fix", .string(catalog.fix(message))),
    ])
  }

  /// «ошибка», «предупреждение», «примечание».
  func severityLabel(_ catalog: Catalog) -> String {
    switch severity {
    case .error: catalog.phrase(.severityError)
    case .warning: catalog.phrase(.severityWarning)
    case .note: catalog.phrase(.severityNote)
    }
  }
}
