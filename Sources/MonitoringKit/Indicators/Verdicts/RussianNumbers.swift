import Foundation

/// Numbers as the verdict sentences write them: decimal comma, fixed decimals.
enum RussianNumbers {
  /// `value` with `digits` decimals and a decimal comma: 3.414 → «3,41».
  static func decimal(_ value: Double, digits: Int = 2) -> String {
    String(format: "%.\(digits)f", value).replacingOccurrences(of: ".", with: ",")
  }

  /// «p = 0,012», «p < 0,001».
  static func p(_ value: Double) -> String {
    value < 0.001 ? "p < 0,001" : "p = " + decimal(value, digits: 3)
  }

  /// A percentage of a share: 0.456 → «46 %».
  static func percent(_ share: Double) -> String {
    "\(Int((share * 100).rounded())) %"
  }

  /// The clause about a test: «(различие статистически значимо, p = 0,012)».
  static func testClause(p: Double?) -> String {
    guard let p else { return "(выборка слишком мала для проверки значимости)" }
    return p < 0.05
      ? "(различие статистически значимо, \(Self.p(p)))" : "(различие статистически не значимо, \(Self.p(p)))"
  }
}
