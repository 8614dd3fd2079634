import MonitoringKit
import TabularIO

/// Reads one input file the way every later stage will, and reports what it found.
public enum FileInspector {
  /// How many example lines a repeated problem lists.
  public static let exampleLines = 5

  /// Inspects `file`; never throws — every failure becomes a finding.
  public static func inspect(_ file: InputFile, options: TableReadOptions = TableReadOptions()) -> FileInspection {
    var inspection = FileInspection(path: file.relativePath, kind: file.kind)
    switch file.kind {
    case .spreadsheet:
      inspection.findings = [
        Finding(severity: .warning, file: file.relativePath, message: .spreadsheetNotCSV(extension: file.fileExtension))
      ]
      return inspection
    case .other:
      inspection.findings = [
        Finding(severity: .note, file: file.relativePath, message: .notATable(extension: file.fileExtension))
      ]
      return inspection
    case .table:
      break
    }
    do {
      let reader = try TableReader(path: file.absolutePath, options: options)
      try read(reader, into: &inspection)
    } catch let error as TableOpenError {
      inspection.findings.append(finding(for: error, file: file.relativePath))
    } catch {
      inspection.findings.append(
        Finding(severity: .error, file: file.relativePath, message: .unreadable(reason: "\(error)")))
    }
    inspection.findings.sort { ($0.severity, $0.location?.line ?? 0) < ($1.severity, $1.location?.line ?? 0) }
    return inspection
  }

  private static func read(_ reader: TableReader, into inspection: inout FileInspection) throws {
    var header: [String] = []
    var mismatchedRows = 0
    var mismatchLines: [Int] = []
    let summary = try reader.read { row in
      if row.record == 1 {
        header = row.strings()
        return
      }
      if hasMismatch(row, headerCount: header.count) {
        mismatchedRows += 1
        if mismatchLines.count < exampleLines { mismatchLines.append(row.line) }
      }
    }
    let path = inspection.path
    inspection.encoding = summary.encoding
    inspection.dialect = summary.dialect
    inspection.columns = header
    inspection.rowsRead = max(summary.records - 1, 0)
    inspection.blankRows = summary.blankRows
    if let error = summary.parseError {
      inspection.findings.append(finding(for: error, file: path))
    }
    if summary.records == 0 && summary.parseError == nil {
      inspection.findings.append(Finding(severity: .warning, file: path, message: .emptyFile))
    } else if summary.records == 1 && summary.parseError == nil {
      inspection.findings.append(Finding(severity: .warning, file: path, message: .headerOnly))
    }
    if mismatchedRows > 0 {
      inspection.findings.append(
        Finding(
          severity: .warning, file: path, location: SourceLocation(line: mismatchLines.first),
          message: .fieldCountMismatch(expected: header.count, rows: mismatchedRows, firstLines: mismatchLines)))
    }
  }

  /// A row with fewer fields than the header, or with non-empty fields beyond it.
  static func hasMismatch(_ row: borrowing CSVRow, headerCount: Int) -> Bool {
    if row.count < headerCount { return true }
    var index = headerCount
    while index < row.count {
      if row.hasValue(at: index) { return true }
      index += 1
    }
    return false
  }

  static func finding(for error: TableOpenError, file: String) -> Finding {
    switch error {
    case .unreadable(_, let message):
      return Finding(severity: .error, file: file, message: .unreadable(reason: message))
    case .notARegularFile:
      return Finding(severity: .error, file: file, message: .unreadable(reason: "not a regular file"))
    case .binary(let offset):
      return Finding(
        severity: .error, file: file, location: SourceLocation(byte: offset), message: .binaryFile(offset: offset))
    }
  }

  static func finding(for error: CSVParseError, file: String) -> Finding {
    switch error {
    case .malformedQuote(let position, let atEnd):
      return Finding(
        severity: .error, file: file,
        location: SourceLocation(line: position.line, column: position.column, byte: position.byteOffset),
        message: .unbalancedQuote(startLine: position.line, detectedLine: position.detectedLine, atEndOfFile: atEnd))
    case .fieldTooLong(let position, let limit):
      return Finding(
        severity: .error, file: file,
        location: SourceLocation(line: position.line, column: position.column, byte: position.byteOffset),
        message: .fieldTooLong(limitBytes: limit))
    case .outOfMemory(let position):
      return Finding(
        severity: .error, file: file, location: SourceLocation(line: position.line, byte: position.byteOffset),
        message: .outOfMemory)
    }
  }
}
