import Foundation

/// Lists the files of the input folder (data contract §1).
///
/// Recursive; hidden files and folders and Office lock files (`~$…`) are skipped; the order is
/// by relative path, byte-wise, so runs are deterministic. Nothing is opened or modified here.
public enum InputDiscovery {
  /// Extensions read as tables.
  public static let tableExtensions: Set<String> = ["csv", "tsv", "txt"]
  /// Extensions of spreadsheets that must be saved as CSV.
  public static let spreadsheetExtensions: Set<String> = ["xlsx", "xls", "xlsm", "ods"]

  /// Why the folder could not be listed.
  public enum Failure: Error, Equatable {
    /// The folder does not exist or is not a folder.
    case notAFolder(String)
  }

  /// The files under `folder`.
  public static func files(in folder: String) throws(Failure) -> [InputFile] {
    let root = URL(fileURLWithPath: folder).standardizedFileURL
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      throw .notAFolder(folder)
    }
    guard
      let enumerator = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { throw .notAFolder(folder) }
    var found: [InputFile] = []
    let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
    for case let url as URL in enumerator {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
      let name = url.lastPathComponent
      if name.hasPrefix("~$") || name.hasPrefix(".") { continue }
      let absolute = url.standardizedFileURL.path
      let relative = absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : name
      let ext = url.pathExtension.lowercased()
      let kind: InputFile.Kind =
        tableExtensions.contains(ext) ? .table : spreadsheetExtensions.contains(ext) ? .spreadsheet : .other
      found.append(InputFile(relativePath: relative, absolutePath: absolute, kind: kind, fileExtension: ext))
    }
    return found.sorted { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
  }
}
