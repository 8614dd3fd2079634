/// Guesses the delimiter of a file from a sample of its first rows.
///
/// Each candidate delimiter parses the sample with libcsv (so quoted delimiters and line breaks
/// are understood); the winner is the one whose rows most consistently share one field count
/// greater than one, then the larger field count, then the order of `Dialect.candidates` — the
/// consistency rule of DuckDB's sniffer.
public enum DialectSniffer {
  /// The result of scoring one candidate.
  public struct Score: Equatable, Sendable {
    /// The delimiter scored.
    public var delimiter: UInt8
    /// The most common field count among the sampled rows.
    public var modalFieldCount: Int
    /// Share of sampled rows that have the modal field count.
    public var consistency: Double
    /// Rows sampled.
    public var rows: Int
  }

  /// How many non-blank rows the sniffer looks at.
  public static let sampleRows = 50

  /// Chooses the dialect of `sample` (UTF-8 or single-byte text). `isComplete` says the sample
  /// is the whole file; otherwise its last row may be cut and is left out.
  public static func sniff(_ sample: UnsafeRawBufferPointer, isComplete: Bool) -> Dialect {
    let scores = Dialect.candidates.map { score($0, sample: sample, isComplete: isComplete) }
    var best: Score?
    for candidate in scores where candidate.modalFieldCount > 1 {
      guard let current = best else {
        best = candidate
        continue
      }
      if candidate.consistency > current.consistency + 1e-9
        || (abs(candidate.consistency - current.consistency) <= 1e-9
          && candidate.modalFieldCount > current.modalFieldCount)
      {
        best = candidate
      }
    }
    return Dialect(delimiter: best?.delimiter ?? UInt8(ascii: ";"))
  }

  /// Scores one delimiter on the sample.
  public static func score(_ delimiter: UInt8, sample: UnsafeRawBufferPointer, isComplete: Bool) -> Score {
    let parser = LibCSVParser(
      delimiter: delimiter, strict: false, chunkSize: max(sample.count, 4096), fieldLimit: 1 << 20,
      decoder: CellDecoder(encoding: .utf8))
    // Only rows completed inside the sample are delivered, so a cut last row never counts.
    var counts: [Int] = []
    let collect: (borrowing CSVRow) -> Void = { row in
      if counts.count < sampleRows { counts.append(row.count) }
    }
    _ = parser.parse(sample, deliver: collect)
    if isComplete { _ = parser.finish(deliver: collect) }
    guard !counts.isEmpty else {
      return Score(delimiter: delimiter, modalFieldCount: 0, consistency: 0, rows: 0)
    }
    var frequency: [Int: Int] = [:]
    for count in counts { frequency[count, default: 0] += 1 }
    let modal = frequency.max { lhs, rhs in
      lhs.value < rhs.value || (lhs.value == rhs.value && lhs.key < rhs.key)
    }!
    return Score(
      delimiter: delimiter, modalFieldCount: modal.key,
      consistency: Double(modal.value) / Double(counts.count),
      rows: counts.count)
  }
}
