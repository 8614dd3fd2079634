import Foundation
import Testing

/// The bundled sample school (`surveys/`) against an independent computation.
///
/// `Fixtures/crosscheck/independent_indicators.py` reads the same exports with its own CSV
/// reading, normalisation and matching and computes the indicators from the specification
/// (rerun it with `python3 Tests/EndToEndTests/Fixtures/crosscheck/independent_indicators.py`);
/// its `expected_indicators.json` is committed. Every key it gives must be in the
/// `indicators.json` of `nastavnik compute`: integers and strings exactly, doubles to 1e-9.
@Suite struct SampleSchoolCrossCheckTests {
  /// The repository's `surveys/` folder, found from this source file.
  static let surveys = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("surveys").path

  @Test("nastavnik compute agrees with the independent script on every key")
  func computedIndicatorsMatchTheIndependentScript() throws {
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("nastavnik-crosscheck-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: output) }
    for stage in ["normalize", "compute"] {
      let outcome = try CommandLineTests.run([stage, "--input", Self.surveys, "--output", output.path])
      #expect(outcome.status == 0, "\(stage): \(outcome.stderr)")
    }
    let computed = try JSONSerialization.jsonObject(
      with: Data(contentsOf: output.appendingPathComponent("2025-2026/indicators.json")))
    let expected = try JSONSerialization.jsonObject(
      with: Data(
        contentsOf: URL(fileURLWithPath: CommandLineTests.fixture("crosscheck/expected_indicators.json"))))
    var comparison = JSONComparison()
    comparison.compare(expected, computed, path: "")
    #expect(comparison.mismatches.isEmpty, "\(comparison.mismatches.joined(separator: "\n"))")
    // The script covers every block: a few hundred values, not an accidentally empty file.
    #expect(comparison.leaves > 300)
  }

  @Test("The comparison notices a value that differs")
  func aChangedValueIsAMismatch() {
    var comparison = JSONComparison()
    comparison.compare(
      ["a": 1, "b": [0.5, 2.0], "c": "x", "d": NSNull()] as [String: Any],
      ["a": 1, "b": [0.5 + 1e-12, 2.0], "c": "x", "d": NSNull(), "extra": 3] as [String: Any], path: "")
    #expect(comparison.mismatches.isEmpty)
    for changed: [String: Any] in [
      ["a": 2, "b": [0.5, 2.0], "c": "x", "d": NSNull()],
      ["a": 1, "b": [0.5, 2.001], "c": "x", "d": NSNull()],
      ["a": 1, "b": [0.5], "c": "x", "d": NSNull()], ["a": 1, "b": [0.5, 2.0], "c": "y", "d": NSNull()],
      ["a": 1, "b": [0.5, 2.0], "c": "x", "d": 0], ["b": [0.5, 2.0], "c": "x", "d": NSNull()],
    ] {
      var other = JSONComparison()
      other.compare(["a": 1, "b": [0.5, 2.0], "c": "x", "d": NSNull()] as [String: Any], changed, path: "")
      #expect(other.mismatches.count == 1)
    }
  }
}

/// Compares the keys of an expected JSON value with a computed one and lists every difference.
struct JSONComparison {
  /// «path: expected … computed …» for every difference.
  var mismatches: [String] = []
  /// Scalar values compared.
  var leaves = 0

  /// Compares `expected` with `actual`; keys only `actual` has are ignored.
  mutating func compare(_ expected: Any, _ actual: Any?, path: String) {
    switch expected {
    case let object as [String: Any]:
      guard let other = actual as? [String: Any] else { return miss(path, expected, actual) }
      for key in object.keys.sorted() {
        guard let value = other[key] else {
          mismatches.append("\(path)/\(key): missing")
          continue
        }
        compare(object[key]!, value, path: path + "/" + key)
      }
    case let array as [Any]:
      guard let other = actual as? [Any], other.count == array.count else {
        return miss(path, expected, actual)
      }
      for (index, element) in array.enumerated() { compare(element, other[index], path: "\(path)[\(index)]") }
    case is NSNull:
      leaves += 1
      if !(actual is NSNull) { miss(path, expected, actual) }
    case let text as String:
      leaves += 1
      if actual as? String != text { miss(path, expected, actual) }
    case let number as NSNumber:
      leaves += 1
      guard let other = actual as? NSNumber, !(actual is String) else { return miss(path, expected, actual) }
      let (x, y) = (number.doubleValue, other.doubleValue)
      let integral = x == x.rounded() && y == y.rounded() && abs(x) < 9e15
      if integral ? x != y : abs(x - y) > 1e-9 * max(1, abs(x)) { miss(path, expected, actual) }
    default:
      miss(path, expected, actual)
    }
  }

  private mutating func miss(_ path: String, _ expected: Any, _ actual: Any?) {
    mismatches.append("\(path): expected \(expected), computed \(actual.map { "\($0)" } ?? "nothing")")
  }
}
