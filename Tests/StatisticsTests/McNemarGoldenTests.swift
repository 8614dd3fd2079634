import Statistics
import Testing

@Suite("Exact McNemar vs SciPy")
struct McNemarGoldenTests {
  @Test("p = min(1, 2 binom.cdf(min(b, c), b + c, ½))", arguments: Golden.shared.mcnemar)
  func exact(_ item: McNemarCase) throws {
    if let errorName = item.expectedError {
      let error = try #require(expectedError(named: errorName, n: 0))
      #expect(throws: error) { try McNemar.exact(b: item.b, c: item.c) }
      return
    }
    let result = try McNemar.exact(b: item.b, c: item.c)
    #expect(result.b == item.b && result.c == item.c)
    expectClose(result.p, item.p, "p")
    // The test is symmetric in b and c.
    #expect(try McNemar.exact(b: item.c, c: item.b).p == result.p)
  }
}
