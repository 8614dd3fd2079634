/// Exact null distribution of the Wilcoxon signed-rank statistic `W+` for `n` untied ranks.
///
/// Each rank `1...n` enters the sum with probability ½, so the probability mass over the
/// sums `0...n(n+1)/2` is built by the same dynamic programme SciPy uses
/// (`scipy.stats._hypotests._get_wilcoxon_distr`). For `n ≤ 52` every mass is an exact
/// dyadic fraction, so the tail sums below are exact.
struct SignedRankDistribution: Sendable, Equatable {
  /// Number of ranks.
  let n: Int
  /// `mass[s] = P(W+ = s)`.
  let mass: [Double]

  init(n: Int) {
    var mass: [Double] = [1]
    if n > 0 {
      for k in 1...n {
        let previous = mass
        var next = [Double](repeating: 0, count: k * (k + 1) / 2 + 1)
        for (sum, probability) in previous.enumerated() {
          next[sum] += 0.5 * probability
          next[sum + k] += 0.5 * probability
        }
        mass = next
      }
    }
    self.n = n
    self.mass = mass
  }

  /// Mean of `W+`, `n(n+1)/4`.
  var mean: Double { Double(n * (n + 1)) / 4 }

  /// `P(W+ ≤ k)`, summing the shorter side first as SciPy's `WilcoxonDistribution.cdf` does.
  func cdf(_ k: Int) -> Double {
    Double(k) <= mean ? lowerSum(through: k) : 1 - upperSum(from: k + 1)
  }

  /// `P(W+ ≥ k)`, mirroring SciPy's `WilcoxonDistribution.sf`.
  func sf(_ k: Int) -> Double {
    Double(k) <= mean ? upperSum(from: k) : 1 - lowerSum(through: k - 1)
  }

  private func lowerSum(through k: Int) -> Double {
    guard k >= 0 else { return 0 }
    return mass[0...min(k, mass.count - 1)].reduce(0, +)
  }

  private func upperSum(from k: Int) -> Double {
    guard k < mass.count else { return 0 }
    return mass[max(k, 0)...].reduce(0, +)
  }
}
