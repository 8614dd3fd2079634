import Statistics
import Testing

@Suite("Wilcoxon signed-rank vs SciPy")
struct WilcoxonGoldenTests {
  @Test("automatic method and p match SciPy", arguments: Golden.shared.wilcoxon)
  func automatic(_ item: WilcoxonCase) throws {
    if let errorName = item.expectedError {
      let error = try #require(expectedError(named: errorName, n: item.n))
      #expect(throws: error) { try Wilcoxon.signedRank(after: item.after, before: item.before) }
      return
    }
    let result = try Wilcoxon.signedRank(after: item.after, before: item.before)
    #expect(result.n == item.n)
    #expect(result.zeros == item.zeros)
    #expect(result.hasTies == item.hasTies)
    #expect(result.method.golden == item.swiftMethod)
    #expect(item.scipyMethod == item.swiftMethod)
    expectClose(result.wPlus, item.wPlus, "w_plus")
    expectClose(result.wMinus, item.wMinus, "w_minus")
    expectClose(result.statistic, item.statistic, "statistic")
    expectClose(result.rankBiserial, item.rankBiserial, "rank_biserial")
    expectClose(result.z, item.z, "z")
    expectClose(-abs(result.z), item.scipyZstatistic, "SciPy zstatistic")
    expectClose(result.p, item.p, "p")
  }

  @Test("forced methods match SciPy's exact and approx", arguments: Golden.shared.wilcoxon)
  func forced(_ item: WilcoxonCase) throws {
    guard item.expectedError == nil else { return }
    let exact = try Wilcoxon.signedRank(after: item.after, before: item.before, method: .exact)
    #expect(exact.method == .exact)
    expectClose(exact.p, item.pExact, "exact p")
    let approximate = try Wilcoxon.signedRank(after: item.after, before: item.before, method: .approximate)
    #expect(approximate.method == .approximate)
    expectClose(approximate.p, item.pApprox, "approx p")
    expectClose(approximate.z, item.z, "z")
  }
}

extension WilcoxonMethod {
  /// The fixture's spelling of the method.
  var golden: String {
    switch self {
    case .exact: "exact"
    case .approximate: "approx"
    }
  }
}
