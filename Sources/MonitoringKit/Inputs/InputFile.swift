/// A file found in the input folder, and what kind of file it looks like.
public struct InputFile: Sendable, Equatable {
  /// What the extension says.
  public enum Kind: Sendable, Equatable {
    /// `.csv`, `.tsv` or `.txt`: read as a table.
    case table
    /// `.xlsx`, `.xls`, `.ods`: must be saved as CSV first.
    case spreadsheet
    /// Anything else: listed as "not a table".
    case other
  }

  /// Path relative to the input folder, with `/` separators.
  public var relativePath: String
  /// Absolute path.
  public var absolutePath: String
  /// Its kind by extension.
  public var kind: Kind
  /// The lowercased extension without the dot.
  public var fileExtension: String

  /// Creates an entry.
  public init(relativePath: String, absolutePath: String, kind: Kind, fileExtension: String) {
    self.relativePath = relativePath
    self.absolutePath = absolutePath
    self.kind = kind
    self.fileExtension = fileExtension
  }
}
