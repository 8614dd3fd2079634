/// Outcome of ``McNemar/exact(b:c:)``.
public struct McNemarResult: Sendable, Equatable {
  /// Discordant pairs of one kind (e.g. yes before, no after).
  public let b: Int
  /// Discordant pairs of the other kind (e.g. no before, yes after).
  public let c: Int
  /// Two-sided exact p-value `min(1, 2 · P(X ≤ min(b, c)))`, `X ~ Bin(b + c, ½)`.
  public let p: Double

  /// Memberwise initializer.
  public init(b: Int, c: Int, p: Double) {
    self.b = b
    self.c = c
    self.p = p
  }
}
