import TabularIO

extension Finding {
  /// The finding for any error of reading a file (an open failure, or anything unexpected).
  public static func reading(_ error: any Error, file: String) -> Finding {
    if let open = error as? TableOpenError { return reading(open, file: file) }
    return Finding(severity: .error, file: file, message: .unreadable(reason: "\(error)"))
  }

  /// The finding for a file that could not be opened as a table.
  public static func reading(_ error: TableOpenError, file: String) -> Finding {
    switch error {
    case .unreadable(_, let message):
      return Finding(severity: .error, file: file, message: .unreadable(reason: message))
    case .notARegularFile:
      return Finding(severity: .error, file: file, message: .unreadable(reason: "not a regular file"))
    case .binary(let offset):
      return Finding(
        severity: .error, file: file, location: SourceLocation(byte: offset),
        message: .binaryFile(offset: offset))
    }
  }

  /// The finding for a file whose parsing stopped early.
  public static func reading(_ error: CSVParseError, file: String) -> Finding {
    switch error {
    case .malformedQuote(let position, let atEnd):
      return Finding(
        severity: .error, file: file,
        location: SourceLocation(line: position.line, column: position.column, byte: position.byteOffset),
        message: .unbalancedQuote(
          startLine: position.line, detectedLine: position.detectedLine, atEndOfFile: atEnd))
    case .fieldTooLong(let position, let limit):
      return Finding(
        severity: .error, file: file,
        location: SourceLocation(line: position.line, column: position.column, byte: position.byteOffset),
        message: .fieldTooLong(limitBytes: limit))
    case .outOfMemory(let position):
      return Finding(
        severity: .error, file: file,
        location: SourceLocation(line: position.line, byte: position.byteOffset),
        message: .outOfMemory)
    }
  }
}
