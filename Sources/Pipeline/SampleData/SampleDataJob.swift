import Foundation
import SampleData
import TabularIO

/// `nastavnik sample-data`: writes a synthetic school's exports into a folder.
public enum SampleDataJob {
  /// Writes every file atomically into `folder` and returns their names, in order.
  @discardableResult
  public static func write(_ options: SampleOptions, to folder: String) throws -> [String] {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let school = SampleSchool.generate(options)
    var exports = SampleExports(school: school)
    var names: [String] = []
    for file in exports.files() {
      try AtomicFile.write(file.bytes, to: (folder as NSString).appendingPathComponent(file.name))
      names.append(file.name)
    }
    if options.marks == .current {
      let name = "Журнал текущих отметок.csv"
      let final = (folder as NSString).appendingPathComponent(name)
      let temporary = AtomicFile.temporaryPath(beside: final)
      do {
        try exports.writeCurrentMarks(to: temporary)
        if rename(temporary, final) != 0 {
          throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: final])
        }
      } catch {
        try? FileManager.default.removeItem(atPath: temporary)
        throw error
      }
      names.append(name)
    }
    return names.sorted()
  }
}
