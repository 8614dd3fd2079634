import MonitoringKit
import TabularIO

/// `check --structure`: how every file reads as a table — encoding, delimiter, columns, rows and
/// problems — without recognising datasets or resolving people. One streaming pass per file in
/// constant memory: the quick look at a folder of huge journals.
public enum StructureCheck {
  /// The files of the input folder as tables.
  public static func run(_ config: ResolvedConfig) throws -> CheckReport {
    let inputs = try InputDiscovery.files(in: config.inputFolder)
    var data = NormalizedData(academicYear: config.declaredYear ?? AcademicYear(startYear: 2025))
    for (index, input) in inputs.enumerated() {
      data.files.append(inspect(input, index: index))
    }
    var report = CheckReport(inputFolder: config.inputFolder, data: data, configFindings: config.findings)
    report.structureOnly = true
    return report
  }

  /// One file: read to its end, counting rows; every failure becomes a finding.
  static func inspect(_ input: InputFile, index: Int) -> FileAccount {
    var file = FileAccount(index: index, path: input.relativePath, sha256: "")
    let path = input.relativePath
    guard input.kind == .table else {
      let message: Message =
        input.kind == .spreadsheet
        ? .spreadsheetNotCSV(extension: input.fileExtension) : .notATable(extension: input.fileExtension)
      file.findings.append(
        Finding(severity: input.kind == .other ? .note : .warning, file: path, message: message))
      return file
    }
    do {
      let reader = try TableReader(path: input.absolutePath)
      var header: [String] = []
      let summary = try reader.read { row in
        if row.record == 1 { header = row.strings() }
      }
      file.encoding = summary.encoding
      file.delimiter = summary.dialect.delimiterString
      file.columns = header
      file.rowsRead = max(summary.records - 1, 0)
      file.blankRows = summary.blankRows
      if summary.records == 0 && summary.parseError == nil {
        file.findings.append(Finding(severity: .warning, file: path, message: .emptyFile))
      } else if summary.records == 1 && summary.parseError == nil {
        file.findings.append(Finding(severity: .warning, file: path, message: .headerOnly))
      }
      if summary.misshapenRows > 0 {
        file.findings.append(
          Finding(
            severity: .warning, file: path, location: SourceLocation(line: summary.misshapenLines.first),
            message: .fieldCountMismatch(
              expected: summary.headerFields, rows: summary.misshapenRows, firstLines: summary.misshapenLines)
          ))
      }
      if let error = summary.parseError { file.findings.append(Finding.reading(error, file: path)) }
    } catch {
      file.findings.append(Finding.reading(error, file: path))
    }
    return file
  }
}
