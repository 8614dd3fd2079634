/// Fixed interface words: labels and headings that carry no data.
public enum Phrase: String, Sendable, CaseIterable {
  case line, column, byte
  case checkTitle, filesFound, encoding, delimiter, columns, rowsRead, noProblems
  case severityError, severityWarning, severityNote
  case fileUnreadableSummary, allFilesReadSummary, noFilesFound, howToFix
  case forcedByConfig, folderNotFound
}
