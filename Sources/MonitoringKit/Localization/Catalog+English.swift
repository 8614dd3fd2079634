extension Catalog {
  static func englishText(_ message: Message) -> String {
    switch message {
    case .spreadsheetNotCSV(let ext):
      return "An Excel/Calc file (.\(ext)) cannot be read directly."
    case .notATable(let ext):
      return ext.isEmpty
        ? "Not a table: the file has no extension." : "Not a table: .\(ext) files are not processed."
    case .unreadable(let reason):
      return "The file could not be read: \(reason)."
    case .binaryFile(let offset):
      return "This is not a text file (binary data from byte \(offset))."
    case .emptyFile:
      return "The file is empty."
    case .headerOnly:
      return "The file has a header and no data rows."
    case .unbalancedQuote(let start, let detected, let atEnd):
      return atEnd
        ? "The quote on line \(start) is still open at the end of the file; the rows before it were read."
        : "Unbalanced quote: line \(start), detected on line \(detected); the rows before it were read, the rest was not."
    case .fieldTooLong(let limit):
      return "A cell is longer than \(limit / 1024) KiB — probably an unclosed quote; the rest was not read."
    case .outOfMemory:
      return "Not enough memory to parse the file."
    case .fieldCountMismatch(let expected, let rows, let lines):
      let shown = lines.map(String.init).joined(separator: ", ")
      return "Rows whose field count differs from the header's (\(expected)): \(rows); e.g. lines \(shown)."
    case .unrecognizedFile(let columns, _):
      return
        "Could not tell what the file holds. Columns: \(columns.map { "«\($0)»" }.joined(separator: ", "))."
    case .skippedByConfig:
      return "Skipped as the configuration says."
    case .periodUnknown:
      return "The marks have no period: no «Период» column, no configured period, none in the file name."
    }
  }

  static func englishFix(_ message: Message) -> String {
    switch message {
    case .spreadsheetNotCSV:
      return "Open it in Excel and save it as «CSV UTF-8» or «CSV (semicolon delimited)»."
    case .notATable:
      return "If it is a table, save it as CSV; otherwise remove it from the folder."
    case .unreadable:
      return "Check that no other program holds the file and that you may read it."
    case .binaryFile:
      return "Save the data as CSV (Excel: File → Save As → CSV UTF-8)."
    case .emptyFile, .headerOnly:
      return "Export the data again or remove the file from the folder."
    case .unbalancedQuote:
      return "Open the file in a text editor, go to that line and close or remove the stray quote «\"»."
    case .fieldTooLong:
      return "Find the unclosed quote «\"» before this place and fix it."
    case .outOfMemory:
      return "Split the file into parts."
    case .fieldCountMismatch:
      return "Check these rows for an extra or missing delimiter; quote text that contains the delimiter."
    case .unrecognizedFile(_, let needs):
      return "At least one set of columns is needed: " + needs.joined(separator: "; ")
        + ". Or set the dataset in pipelines/year-end.yml (files: dataset)."
    case .skippedByConfig:
      return "Remove skip: true from the configuration if the file is needed."
    case .periodUnknown:
      return
        "Put the period in the file name («1 четверть», «за год») or set period in pipelines/year-end.yml."
    }
  }

  static func englishPhrase(_ phrase: Phrase) -> String {
    switch phrase {
    case .line: "line"
    case .column: "column"
    case .byte: "byte"
    case .checkTitle: "Input check"
    case .filesFound: "files"
    case .encoding: "encoding"
    case .delimiter: "delimiter"
    case .columns: "columns"
    case .rowsRead: "data rows"
    case .noProblems: "no problems"
    case .severityError: "error"
    case .severityWarning: "warning"
    case .severityNote: "note"
    case .fileUnreadableSummary:
      "Some files could not be read — fix the errors above and run the check again."
    case .allFilesReadSummary: "All files were read."
    case .noFilesFound: "The folder holds no CSV/TSV/TXT files."
    case .howToFix: "how to fix"
    case .forcedByConfig: "set in the configuration"
    case .folderNotFound: "The input folder was not found"
    }
  }
}
