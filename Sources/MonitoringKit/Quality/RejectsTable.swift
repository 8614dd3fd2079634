import TabularIO

/// `rejects.csv`: every row and cell that was not used (data contract §5).
///
/// `файл;строка;столбец;значение;причина;как исправить` — UTF-8 with BOM, `;`, CRLF, formula-like
/// text defused, so Russian Excel opens it as it is. Ordered by file, then line.
public enum RejectsTable {
  /// The bytes of the table.
  public static func bytes(_ data: NormalizedData, catalog: Catalog) -> [UInt8] {
    var writer = CSVWriter()
    writer.writeRow(
      catalog.language == .ru
        ? ["файл", "строка", "столбец", "значение", "причина", "как исправить"]
        : ["file", "line", "column", "value", "reason", "how to fix"])
    let ordered = data.rejects.enumerated().sorted { lhs, rhs in
      (lhs.element.file, lhs.element.line ?? 0, lhs.offset) < (
        rhs.element.file, rhs.element.line ?? 0, rhs.offset
      )
    }
    for (_, reject) in ordered {
      let reason = [
        reject.reason.rawValue + ":", catalog.meaning(reject.reason), reject.detail.map { "(\($0))" },
      ]
      .compactMap { $0 }.joined(separator: " ")
      writer.writeRow([
        reject.path, reject.line.map(String.init) ?? "", reject.column ?? "", reject.value ?? "", reason,
        catalog.fix(reject.reason),
      ])
    }
    return writer.bytes
  }
}
