/// Validation and differencing of paired samples shared by the paired tests.
enum PairedDifferences {
  /// `after[i] − before[i]` after checking the pairs are non-empty, equally long and finite.
  static func make(after: [Double], before: [Double]) throws(StatisticsError) -> [Double] {
    guard after.count == before.count else { throw .lengthMismatch(after.count, before.count) }
    guard !after.isEmpty else { throw .empty }
    guard after.allSatisfy({ $0.isFinite }), before.allSatisfy({ $0.isFinite }) else {
      throw .nonFiniteValue
    }
    return zip(after, before).map { $0 - $1 }
  }
}
