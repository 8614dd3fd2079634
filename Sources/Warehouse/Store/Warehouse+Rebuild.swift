import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Warehouse {
  /// Stores `data` as its year in the warehouse file at `path`, creating the file if needed.
  ///
  /// When the file holds another year, the year is replaced in place, in one transaction
  /// (``replaceYear(_:gradeCells:surveyAnswers:)``). Otherwise — no file, an empty one, or only
  /// this year — a new warehouse is written beside it and renamed over it: no rows to delete,
  /// no rollback journal to keep (the new file is invisible until the rename, which is atomic),
  /// and the same bytes for the same data. A file that is not a warehouse, or one written by a
  /// newer tool, is refused before anything is written.
  ///
  /// - Throws: what ``init(path:)`` and ``replaceYear(_:)`` throw, or
  ///   ``WarehouseError/cannotReplaceFile(path:code:)`` when the new file cannot be put in place.
  public static func storeYear(
    _ data: YearData, gradeCells: some Sequence<GradeCellRow>, surveyAnswers: some Sequence<SurveyAnswerRow>,
    atPath path: String
  ) throws {
    let year = data.info.academicYear
    try validate(academicYear: year)
    if FileManager.default.fileExists(atPath: path) {
      let existing = try Warehouse(path: path)
      let otherYears = try existing.dbQueue.read { db in
        try Int.fetchOne(
          db, sql: "SELECT COUNT(*) FROM year_info WHERE academic_year <> ?", arguments: [year]) ?? 0
      }
      if otherYears > 0 {
        try existing.replaceYear(data, gradeCells: gradeCells, surveyAnswers: surveyAnswers)
        return
      }
      try existing.dbQueue.close()
    }
    try rebuild(data, gradeCells: gradeCells, surveyAnswers: surveyAnswers, atPath: path)
  }

  /// Writes a warehouse holding only `data` to a temporary file beside `path`, then renames it
  /// over `path` (after syncing it, and syncing the folder after).
  private static func rebuild(
    _ data: YearData, gradeCells: some Sequence<GradeCellRow>, surveyAnswers: some Sequence<SurveyAnswerRow>,
    atPath path: String
  ) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).tmp-\(getpid())-\(UUID().uuidString)"
    )
    .path
    removeIfPresent(temporary)
    removeIfPresent(temporary + "-journal")
    do {
      var configuration = configuration()
      configuration.prepareDatabase { db in
        // Nothing to roll back to: on failure the file is deleted, never used.
        try db.execute(sql: "PRAGMA journal_mode = OFF")
        try db.execute(sql: "PRAGMA synchronous = OFF")
      }
      let queue = try DatabaseQueue(path: temporary, configuration: configuration)
      try Warehouse(queue: queue, path: temporary)
        .replaceYear(data, gradeCells: gradeCells, surveyAnswers: surveyAnswers)
      try queue.close()
      try sync(temporary)
      // A journal left beside the old file would be played into the new one on its next open.
      removeIfPresent(path + "-journal")
      guard rename(temporary, path) == 0 else {
        throw WarehouseError.cannotReplaceFile(path: path, code: errno)
      }
      try? sync(folder.path)
    } catch {
      removeIfPresent(temporary)
      throw error
    }
  }

  /// Flushes a file (or folder) to disk.
  private static func sync(_ path: String) throws {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw WarehouseError.cannotReplaceFile(path: path, code: errno) }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else { throw WarehouseError.cannotReplaceFile(path: path, code: errno) }
  }

  private static func removeIfPresent(_ path: String) {
    if FileManager.default.fileExists(atPath: path) { try? FileManager.default.removeItem(atPath: path) }
  }
}
