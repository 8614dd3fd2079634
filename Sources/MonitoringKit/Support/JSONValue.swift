/// A JSON document with object keys kept in the order they were written.
///
/// Outputs must be byte-identical for the same inputs, and read well: keys appear in the order
/// the specification lists them, numbers unrounded (shortest round-trip form), non-finite
/// numbers as `null`.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.int(let a), .int(let b)): a == b
    case (.double(let a), .double(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: false
    }
  }

  /// A string or `null`.
  public static func optional(_ text: String?) -> JSONValue {
    text.map(JSONValue.string) ?? .null
  }

  /// An integer or `null`.
  public static func optional(_ number: Int?) -> JSONValue {
    number.map(JSONValue.int) ?? .null
  }

  /// Serialises with two-space indentation and a final newline.
  public func serialized() -> String {
    var out = ""
    write(to: &out, indent: 0)
    out.append("\n")
    return out
  }

  private func write(to out: inout String, indent: Int) {
    switch self {
    case .null: out.append("null")
    case .bool(let value): out.append(value ? "true" : "false")
    case .int(let value): out.append(String(value))
    case .double(let value): out.append(value.isFinite ? Self.format(value) : "null")
    case .string(let value): Self.writeString(value, to: &out)
    case .array(let values):
      guard !values.isEmpty else { return out.append("[]") }
      out.append("[\n")
      for (index, value) in values.enumerated() {
        out.append(String(repeating: "  ", count: indent + 1))
        value.write(to: &out, indent: indent + 1)
        out.append(index + 1 < values.count ? ",\n" : "\n")
      }
      out.append(String(repeating: "  ", count: indent) + "]")
    case .object(let members):
      guard !members.isEmpty else { return out.append("{}") }
      out.append("{\n")
      for (index, (key, value)) in members.enumerated() {
        out.append(String(repeating: "  ", count: indent + 1))
        Self.writeString(key, to: &out)
        out.append(": ")
        value.write(to: &out, indent: indent + 1)
        out.append(index + 1 < members.count ? ",\n" : "\n")
      }
      out.append(String(repeating: "  ", count: indent) + "}")
    }
  }

  /// Swift's shortest round-trip form (`0.1`, `3.0`, `1e-05`): valid JSON, never rounded.
  static func format(_ value: Double) -> String {
    "\(value)"
  }

  private static func writeString(_ value: String, to out: inout String) {
    out.append("\"")
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out.append("\\\"")
      case "\\": out.append("\\\\")
      case "\n": out.append("\\n")
      case "\r": out.append("\\r")
      case "\t": out.append("\\t")
      case "\u{2028}": out.append("\\u2028")
      case "\u{2029}": out.append("\\u2029")
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out.append("\"")
  }
}
