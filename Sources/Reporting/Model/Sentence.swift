/// A sentence of plain text with quantities inside, so the privacy pass can reach its numbers.
///
/// Written with string interpolation: `"у \(count: 49) из \(count: 60) наставляемых"`.
public struct Sentence: Sendable, Equatable, ExpressibleByStringInterpolation {
  /// A run of text or a quantity.
  public enum Part: Sendable, Equatable {
    case text(String)
    case quantity(Quantity)
  }

  /// The parts in reading order.
  public var parts: [Part]

  /// A sentence of the given parts.
  public init(parts: [Part]) {
    self.parts = parts
  }

  public init(stringLiteral value: String) {
    parts = [.text(value)]
  }

  public init(stringInterpolation: Interpolation) {
    parts = stringInterpolation.parts
  }

  /// Joins sentences with a space.
  public static func + (lhs: Sentence, rhs: Sentence) -> Sentence {
    Sentence(parts: lhs.parts + rhs.parts)
  }

  /// Builds a sentence from literal text and quantities.
  public struct Interpolation: StringInterpolationProtocol {
    var parts: [Part] = []

    public init(literalCapacity: Int, interpolationCount: Int) {}

    public mutating func appendLiteral(_ literal: String) {
      if !literal.isEmpty { parts.append(.text(literal)) }
    }

    public mutating func appendInterpolation(_ text: String) {
      parts.append(.text(text))
    }

    public mutating func appendInterpolation(_ quantity: Quantity) {
      parts.append(.quantity(quantity))
    }

    public mutating func appendInterpolation(count: Int) {
      parts.append(.quantity(.count(count)))
    }
  }
}
