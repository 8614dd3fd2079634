import Testing

/// Guards against the parameterized golden tests silently running zero cases.
@Suite("Golden fixture")
struct FixtureTests {
  @Test("golden.json loads and every section is populated")
  func fixtureLoads() throws {
    let golden = try Golden.load()
    #expect(golden.generator.scipy == "1.17.1")
    #expect(golden.descriptive.count >= 10)
    #expect(golden.normal.count >= 10)
    #expect(golden.normalQuantile.count >= 10)
    #expect(golden.tCdf.count >= 100)
    #expect(golden.tQuantile.count >= 100)
    #expect(golden.betainc.count >= 10)
    #expect(golden.binomCdf.count >= 10)
    #expect(golden.wilcoxon.count >= 40)
    #expect(golden.ttest.count >= 40)
    #expect(golden.mcnemar.count >= 64)
    #expect(golden.mannwhitney.count >= 15)
    #expect(Golden.loaded != nil)
  }

  @Test("the fixture covers both Wilcoxon methods on both sides of n = 25")
  func wilcoxonCoverage() {
    let cases = Golden.shared.wilcoxon
    #expect(cases.contains { $0.swiftMethod == "exact" && $0.n == 25 })
    #expect(cases.contains { $0.swiftMethod == "approx" && $0.n == 26 && $0.zeros == 0 && !$0.hasTies })
    #expect(cases.contains { $0.swiftMethod == "approx" && $0.n <= 25 && $0.zeros > 0 })
    #expect(cases.contains { $0.swiftMethod == "approx" && $0.n <= 25 && $0.zeros == 0 && $0.hasTies })
    #expect(cases.contains { $0.expectedError == "allDifferencesZero" })
    #expect(cases.contains { $0.n == 200 })
  }
}
