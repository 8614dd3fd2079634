import Foundation

/// Writes files so that a reader never sees half of one: a temporary file, then a rename.
public enum AtomicFile {
  /// Writes `bytes` to `path` atomically, creating the parent folder when needed.
  public static func write(_ bytes: [UInt8], to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    let temporary = URL(fileURLWithPath: temporaryPath(beside: path))
    do {
      try Data(bytes).write(to: temporary)
      if rename(temporary.path, url.path) != 0 {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
  }

  /// A fresh hidden name in `path`'s folder to write to before renaming over `path`: unique
  /// per process and per call, so two writers of one file never share a temporary.
  public static func temporaryPath(beside path: String) -> String {
    let url = URL(fileURLWithPath: path)
    return url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).tmp-\(getpid())-\(UUID().uuidString)"
    ).path
  }

  /// Writes `text` as UTF-8 to `path` atomically.
  public static func write(_ text: String, to path: String) throws {
    try write(Array(text.utf8), to: path)
  }
}
