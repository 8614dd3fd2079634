import Foundation

/// Russian number, date and quotation formatting for the report.
///
/// Conventions:
/// - The decimal separator is a comma; the minus sign is U+2212 («−»).
/// - Thousands are grouped with U+202F (narrow no-break space) only when the integer part has
///   five or more digits: `1234` stays «1234», `12345` becomes «12 345». This follows the
///   Russian typesetting rule that four-digit numbers are not split.
/// - Rounding is half away from zero and is done on the shortest decimal representation of the
///   `Double` (the one Swift prints), so `2.675` rounds to «2,68» even though its binary value is
///   slightly below 2.675. This matches what a person expects from the number they see.
/// - A value that rounds to zero never carries a sign («0,00», not «−0,00»).
/// - Non-finite values are printed as «—».
public enum RussianFormat {
  /// The narrow no-break space used as a thousands separator.
  public static let groupSeparator = "\u{202F}"
  /// The no-break space used before «%» and around comparison operators.
  public static let noBreakSpace = "\u{00A0}"
  /// The typographic minus sign.
  public static let minus = "\u{2212}"
  /// The dash printed for a value that cannot be shown.
  public static let dash = "—"

  /// Formats `x` with exactly `decimals` fractional digits (negative `decimals` is treated as 0).
  public static func number(_ x: Double, decimals: Int) -> String {
    guard let rounded = roundedDigits(x, decimals: max(0, decimals), shift: 0) else { return dash }
    return compose(rounded, decimals: max(0, decimals), plusSign: false)
  }

  /// Formats an integer with the same grouping rule as `number(_:decimals:)`.
  public static func integer(_ n: Int) -> String {
    let digits = group(String(n.magnitude))
    return n < 0 ? minus + digits : digits
  }

  /// Formats a share (0…1) as a percentage: `0.725` → «72,5 %» (no-break space before «%»).
  public static func percent(_ share: Double, decimals: Int = 1) -> String {
    guard let rounded = roundedDigits(share, decimals: max(0, decimals), shift: 2) else { return dash }
    return compose(rounded, decimals: max(0, decimals), plusSign: false) + noBreakSpace + "%"
  }

  /// Formats a part of a whole with its N: «72,5 % (29 из 40)»; a zero total gives «— (0 из 0)».
  public static func percentOf(_ count: Int, of total: Int) -> String {
    let counts = "(\(integer(count)) из \(integer(total)))"
    guard total != 0 else { return "\(dash) \(counts)" }
    return "\(percent(Double(count) / Double(total))) \(counts)"
  }

  /// Formats a change with an explicit sign: «+0,27», «−0,27», «0,00».
  public static func signed(_ x: Double, decimals: Int) -> String {
    guard let rounded = roundedDigits(x, decimals: max(0, decimals), shift: 0) else { return dash }
    return compose(rounded, decimals: max(0, decimals), plusSign: true)
  }

  /// Converts an ISO date «2025-09-01» to «01.09.2025»; any other input is returned unchanged.
  public static func date(iso: String) -> String {
    let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
    guard iso.count == 10, parts.count == 3,
      parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), (1...31).contains(day)
    else { return iso }
    return "\(parts[2]).\(parts[1]).\(parts[0])"
  }

  /// Wraps text in «ёлочки»; quotes inside become „лапки“ (both «…» and straight "…").
  public static func quoted(_ s: String) -> String {
    var inner = ""
    var straightOpen = false
    for ch in s {
      switch ch {
      case "«": inner.append("„")
      case "»": inner.append("“")
      case "\"":
        inner.append(straightOpen ? "“" : "„")
        straightOpen.toggle()
      default: inner.append(ch)
      }
    }
    return "«" + inner + "»"
  }

  /// Formats a p-value: «p < 0,001» below 0.001, otherwise «p = 0,034» (three decimals).
  public static func pValue(_ p: Double) -> String {
    let nb = noBreakSpace
    guard p.isFinite else { return "p\(nb)=\(nb)\(dash)" }
    if p < 0.001 { return "p\(nb)<\(nb)0,001" }
    return "p\(nb)=\(nb)\(number(min(p, 1), decimals: 3))"
  }
}
