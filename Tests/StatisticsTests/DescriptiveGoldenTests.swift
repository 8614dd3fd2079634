import Statistics
import Testing

@Suite("Descriptive statistics vs NumPy")
struct DescriptiveGoldenTests {
  @Test("mean, median, variance, SD, quantiles, pooled SD", arguments: Golden.shared.descriptive)
  func descriptive(_ item: DescriptiveCase) throws {
    expectClose(try Descriptive.mean(item.x), item.mean, "mean")
    expectClose(try Descriptive.median(item.x), item.median, "median")
    for quantile in item.quantiles {
      expectClose(try Descriptive.quantile(item.x, quantile.p), quantile.value, "quantile \(quantile.p)")
    }
    if item.x.count >= 2 {
      expectClose(try Descriptive.variance(item.x), item.variance, "variance")
      expectClose(try Descriptive.standardDeviation(item.x), item.sd, "sd")
    } else {
      #expect(throws: StatisticsError.tooFewObservations(required: 2, actual: item.x.count)) {
        try Descriptive.standardDeviation(item.x)
      }
    }
    if item.x.count + item.y.count >= 3 {
      expectClose(try Descriptive.pooledStandardDeviation(item.x, item.y), item.pooledSd, "pooled SD")
    }
  }
}
