/// Parses plain decimal numbers as Russian spreadsheets write them.
///
/// Accepted: an optional sign (`+`, `-`, `−`), digits, an optional fractional part after a
/// decimal comma or point (`4,5` = `4.5`), and spaces (including NBSP) as thousands separators
/// in the integer part. Thousands groups are checked: after the first group (1–3 digits) every
/// group has exactly three digits, so «1 000» is 1000 while «4 5» is rejected rather than read
/// as 45. Digits are required on both sides of the separator («,5» and «5,» are rejected).
/// Nothing else: no exponents, no second separator («1.000,5»), no units or percent signs.
public enum DecimalNumber {
  /// The value of `text`, or `nil` when it is not a plain decimal number.
  public static func parse(_ text: String) -> Double? {
    var characters = Substring(text).drop(while: TextNormalizer.isSpace)
    while let last = characters.last, TextNormalizer.isSpace(last) { characters.removeLast() }
    var ascii = ""
    if let first = characters.first, first == "+" || first == "-" || first == "\u{2212}" {
      if first != "+" { ascii.append("-") }
      characters.removeFirst()
    }
    var groups: [Int] = [0]
    var fraction: Int?
    var pendingGap = false
    for character in characters {
      if let digit = character.asciiDigit {
        if pendingGap {
          groups.append(0)
          pendingGap = false
        }
        ascii.append(Character(String(digit)))
        if fraction != nil { fraction! += 1 } else { groups[groups.count - 1] += 1 }
      } else if TextNormalizer.isSpace(character) {
        guard fraction == nil, !pendingGap, groups[groups.count - 1] > 0 else { return nil }
        pendingGap = true
      } else if character == "," || character == "." {
        guard fraction == nil, !pendingGap, groups[groups.count - 1] > 0 else { return nil }
        fraction = 0
        ascii.append(".")
      } else {
        return nil
      }
    }
    guard !pendingGap, groups[groups.count - 1] > 0, fraction != 0 else { return nil }
    if groups.count > 1 {
      guard groups[0] <= 3, groups.dropFirst().allSatisfy({ $0 == 3 }) else { return nil }
    }
    return Double(ascii)
  }
}

extension Character {
  /// The value of an ASCII decimal digit, or `nil`.
  var asciiDigit: Int? {
    guard let ascii = asciiValue, ascii >= 0x30, ascii <= 0x39 else { return nil }
    return Int(ascii - 0x30)
  }
}
