/// How a delimited text file separates its fields.
///
/// The quote is always `"` with `""` as the escape, as every Russian export tool writes it.
public struct Dialect: Equatable, Sendable {
  /// The field delimiter byte: `;`, `,`, TAB or `|`.
  public var delimiter: UInt8

  /// Creates a dialect with the given delimiter.
  public init(delimiter: UInt8) {
    self.delimiter = delimiter
  }

  /// The delimiters the sniffer considers, in order of preference on a tie.
  public static let candidates: [UInt8] = [
    UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: "|"),
  ]

  /// The delimiter as a one-character string (`"\t"` for TAB), as `check --json` prints it.
  public var delimiterString: String {
    String(UnicodeScalar(delimiter))
  }

  /// A readable name for messages: «;», «,», «TAB», «|».
  public var delimiterName: String {
    delimiter == 0x09 ? "TAB" : delimiterString
  }

  /// Parses a configured delimiter: the character itself, or `tab`/`\t`.
  public init?(delimiterName: String) {
    switch delimiterName.lowercased() {
    case "\\t", "tab", "\t": delimiter = 0x09
    case ";", ",", "|": delimiter = delimiterName.utf8.first!
    default: return nil
    }
  }
}
