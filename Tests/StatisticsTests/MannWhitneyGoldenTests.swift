import Statistics
import Testing

@Suite("Mann–Whitney U vs SciPy")
struct MannWhitneyGoldenTests {
  @Test("mannwhitneyu asymptotic with continuity", arguments: Golden.shared.mannwhitney)
  func uTest(_ item: MannWhitneyCase) throws {
    if let errorName = item.expectedError {
      let error = try #require(expectedError(named: errorName, n: 0))
      #expect(throws: error) { try MannWhitney.uTest(item.x, item.y) }
      // What SciPy does instead: p = 1 (z = −∞ before clipping).
      #expect(item.scipyP == 1)
      return
    }
    let result = try MannWhitney.uTest(item.x, item.y)
    #expect(result.n1 == item.x.count && result.n2 == item.y.count)
    expectClose(result.u, item.u, "U")
    expectClose(result.uY, item.uY, "U of y")
    expectClose(result.z, item.z, "z")
    expectClose(result.p, item.p, "p")
  }
}
