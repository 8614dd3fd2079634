/// One cell of a report table.
public struct Cell: Sendable, Equatable {
  /// What the cell shows.
  public var quantity: Quantity
  /// Cells with the same group add up to a total shown elsewhere: hiding one of them hides a
  /// second one too (complementary suppression).
  public var group: Int?

  /// A cell showing `quantity`, optionally in a complementary `group`.
  public init(_ quantity: Quantity, group: Int? = nil) {
    self.quantity = quantity
    self.group = group
  }

  /// A text cell.
  public static func text(_ text: String) -> Cell { Cell(.text(text)) }
}
