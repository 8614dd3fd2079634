import Foundation
import MonitoringKit
import Pipeline
import Testing

/// The shipped `pipelines/instruments/phillips.yml` scores its factors with the test's key.
@Suite struct PhillipsFileTests {
  /// The repository's instruments folder, found from this source file.
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("pipelines/instruments").path

  @Test("Factors without their own key take the total's key (instruments.md: keyed-percent)")
  func factorsInheritTheKey() throws {
    let instrument = try InstrumentLibrary.load(path: Self.folder + "/phillips.yml")
    let calculator = ScoreCalculator(instrument: instrument)
    // Every item answered «да». Keyed «да» are 11, 20, 22, 24, 25, 30, 35, 36, 38, 39, 41, 43, 44
    // (13 items); the other 45 differ from the key.
    var answers: [Int: ItemAnswer] = [:]
    for index in instrument.items.indices { answers[index] = .yesNo(true) }
    let scores = Dictionary(uniqueKeysWithValues: calculator.scores(answers).map { ($0.scoreID, $0) })
    // total: 45 of 58 differ → 100 · 45 / 58.
    #expect(abs(scores["total"]!.value! - 4500.0 / 58) < 1e-9)
    // f7 = 9, 14, 18, 23, 28: all keyed «нет», all differ → 100.
    #expect(scores["f7"]?.value == 100)
    // f2 = 5, 10, 15, 20, 24, 30, 33, 36, 39, 42, 44: keyed «да» are 20, 24, 30, 36, 39, 44 (6);
    // the other 5 differ → 100 · 5 / 11.
    #expect(abs(scores["f2"]!.value! - 500.0 / 11) < 1e-9)
    // f8 = 2, 6, 11, 32, 35, 41, 44, 47: keyed «да» are 11, 35, 41, 44; 4 of 8 differ → 50.
    #expect(scores["f8"]?.value == 50)
    #expect(instrument.scores.filter(\.isFactor).count == 8)
  }
}
