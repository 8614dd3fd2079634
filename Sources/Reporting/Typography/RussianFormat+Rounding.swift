import Foundation

/// Decimal-string rounding and digit grouping behind `RussianFormat`.
extension RussianFormat {
  /// A rounded magnitude: integer digits, fractional digits and the sign of the input.
  struct RoundedDigits: Equatable {
    var integer: String
    var fraction: String
    var negative: Bool
    var isZero: Bool { integer.allSatisfy { $0 == "0" } && fraction.allSatisfy { $0 == "0" } }
  }

  /// Rounds `x × 10^shift` half away from zero to `decimals` places, working on the shortest
  /// decimal representation of `x`. Returns nil for non-finite input.
  static func roundedDigits(_ x: Double, decimals: Int, shift: Int) -> RoundedDigits? {
    guard x.isFinite else { return nil }
    let text = "\(x.magnitude)"  // e.g. "2.675", "1e-05", "1.2345e+16"
    let mantissaAndExponent = text.lowercased().split(separator: "e")
    let mantissa = String(mantissaAndExponent[0])
    let exponent = mantissaAndExponent.count > 1 ? Int(mantissaAndExponent[1]) ?? 0 : 0
    let halves = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let intPart = String(halves[0])
    let fracPart = halves.count > 1 ? String(halves[1]) : ""
    var digits = (intPart + fracPart).compactMap { $0.wholeNumberValue }
    var point = intPart.count + exponent + shift
    if point < 0 {
      digits = Array(repeating: 0, count: -point) + digits
      point = 0
    }
    let keep = point + decimals
    if digits.count < keep + 1 { digits += Array(repeating: 0, count: keep + 1 - digits.count) }
    let roundUp = digits[keep] >= 5
    var kept = Array(digits[0..<keep])
    if roundUp {
      var index = kept.count - 1
      var carry = true
      while carry && index >= 0 {
        if kept[index] == 9 {
          kept[index] = 0
          index -= 1
        } else {
          kept[index] += 1
          carry = false
        }
      }
      if carry {
        kept.insert(1, at: 0)
        point += 1
      }
    }
    var integer = kept[0..<point].map(String.init).joined()
    while integer.count > 1 && integer.hasPrefix("0") { integer.removeFirst() }
    if integer.isEmpty { integer = "0" }
    let fraction = kept[point..<kept.count].map(String.init).joined()
    return RoundedDigits(integer: integer, fraction: fraction, negative: x < 0)
  }

  /// Joins rounded digits into the final text with grouping, comma and sign.
  static func compose(_ r: RoundedDigits, decimals: Int, plusSign: Bool) -> String {
    var body = group(r.integer)
    if decimals > 0 { body += "," + r.fraction }
    if r.isZero { return body }
    if r.negative { return minus + body }
    return plusSign ? "+" + body : body
  }

  /// Groups an unsigned digit string by three with U+202F when it has five or more digits.
  static func group(_ digits: String) -> String {
    guard digits.count >= 5 else { return digits }
    var groups: [String] = []
    var rest = Substring(digits)
    while rest.count > 3 {
      groups.insert(String(rest.suffix(3)), at: 0)
      rest = rest.dropLast(3)
    }
    groups.insert(String(rest), at: 0)
    return groups.joined(separator: groupSeparator)
  }
}
