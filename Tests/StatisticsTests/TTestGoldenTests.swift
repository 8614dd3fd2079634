import Statistics
import Testing

@Suite("Paired t-test vs SciPy")
struct TTestGoldenTests {
  @Test("ttest_rel and confidence_interval", arguments: Golden.shared.ttest)
  func paired(_ item: TTestCase) throws {
    if let errorName = item.expectedError {
      let error = try #require(expectedError(named: errorName, n: item.n))
      #expect(throws: error) { try TTest.paired(after: item.after, before: item.before) }
      return
    }
    let result = try TTest.paired(after: item.after, before: item.before)
    #expect(result.n == item.n)
    #expect(result.df == item.df)
    expectClose(result.t, item.t, "t")
    expectClose(result.p, item.p, "p")
    expectClose(result.meanDifference, item.meanDifference, "mean difference")
    expectClose(result.sdDifference, item.sdDifference, "sd difference")
    expectClose(result.confidenceInterval.lower, item.ciLow, "CI low")
    expectClose(result.confidenceInterval.upper, item.ciHigh, "CI high")
    expectClose(result.cohensDz, item.cohensDz, "Cohen's d_z")
    #expect(result.confidenceInterval.level == 0.95)

    let ninety = try TTest.paired(after: item.after, before: item.before, confidenceLevel: 0.90)
    expectClose(ninety.confidenceInterval.lower, item.ci90Low, "90% CI low")
    expectClose(ninety.confidenceInterval.upper, item.ci90High, "90% CI high")
  }
}
