/// Outcome of ``Wilcoxon/signedRank(after:before:method:)``.
public struct WilcoxonSignedRankResult: Sendable, Equatable {
  /// Number of pairs, zeros included (Pratt keeps them in the ranking).
  public let n: Int
  /// Number of pairs with `after − before == 0`.
  public let zeros: Int
  /// Whether some `|d|` values (zeros included) are tied, as SciPy's `has_ties`.
  public let hasTies: Bool
  /// Sum of the ranks of the positive differences (`after > before`).
  public let wPlus: Double
  /// Sum of the ranks of the negative differences (`after < before`).
  public let wMinus: Double
  /// `min(wPlus, wMinus)`: SciPy's two-sided `statistic`.
  public let statistic: Double
  /// Matched-pairs rank-biserial correlation `(wPlus − wMinus) / (wPlus + wMinus)`, in `[−1, 1]`.
  public let rankBiserial: Double
  /// Signed normal-approximation score `(wPlus − E[W+]) / SE` with Pratt and tie adjustments,
  /// positive when `after` tends to exceed `before`. Computed whatever `method` is; SciPy's
  /// `zstatistic` (reported only for the approximation) is `−|z|`.
  public let z: Double
  /// Two-sided p-value from `method`.
  public let p: Double
  /// The method that produced `p`.
  public let method: WilcoxonMethod

  /// Memberwise initializer.
  public init(
    n: Int, zeros: Int, hasTies: Bool, wPlus: Double, wMinus: Double, statistic: Double,
    rankBiserial: Double, z: Double, p: Double, method: WilcoxonMethod
  ) {
    self.n = n
    self.zeros = zeros
    self.hasTies = hasTies
    self.wPlus = wPlus
    self.wMinus = wMinus
    self.statistic = statistic
    self.rankBiserial = rankBiserial
    self.z = z
    self.p = p
    self.method = method
  }
}
