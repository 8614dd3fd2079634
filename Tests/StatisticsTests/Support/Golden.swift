import Foundation

/// The SciPy-generated fixture `Fixtures/golden.json` (see `Fixtures/make_golden.py`).
struct Golden: Decodable, Sendable {
  struct Generator: Decodable, Sendable {
    let scipy: String
    let numpy: String
    let seed: Int
  }

  let generator: Generator
  let descriptive: [DescriptiveCase]
  let normal: [NormalCase]
  let normalQuantile: [NormalQuantileCase]
  let tCdf: [TCdfCase]
  let tQuantile: [TQuantileCase]
  let betainc: [BetaincCase]
  let binomCdf: [BinomialCase]
  let wilcoxon: [WilcoxonCase]
  let ttest: [TTestCase]
  let mcnemar: [McNemarCase]
  let mannwhitney: [MannWhitneyCase]

  /// Loaded once; `nil` when the resource is missing or malformed (``FixtureTests`` then fails).
  static let loaded: Golden? = try? load()

  /// The fixture, or an empty one so parameterized tests still enumerate (to zero cases).
  static var shared: Golden { loaded ?? .empty }

  static func load() throws -> Golden {
    guard let url = Bundle.module.url(forResource: "golden", withExtension: "json", subdirectory: "Fixtures")
    else {
      throw CocoaError(.fileNoSuchFile)
    }
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(Golden.self, from: Data(contentsOf: url))
  }

  static let empty = Golden(
    generator: Generator(scipy: "", numpy: "", seed: 0), descriptive: [], normal: [], normalQuantile: [],
    tCdf: [], tQuantile: [], betainc: [], binomCdf: [], wilcoxon: [], ttest: [], mcnemar: [],
    mannwhitney: [])
}
