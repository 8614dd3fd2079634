/// Why a file could not be read as a table at all.
public enum TableOpenError: Error, Equatable, Sendable {
  /// The operating system refused to open or read it (`errno` and its text).
  case unreadable(code: Int32, message: String)
  /// It is a folder, a device or another non-regular file.
  case notARegularFile
  /// Its first bytes are not text (zero bytes or control characters): a spreadsheet, an archive…
  case binary(offset: Int)
}
