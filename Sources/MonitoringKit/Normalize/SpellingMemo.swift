/// Values parsed from cell text, kept by spelling so that each distinct spelling is parsed once.
///
/// A file repeats the same class, date, month or meeting type on many rows; parsing them (date
/// formats, keyword search over folded text) costs far more than a dictionary lookup.
struct SpellingMemo<Value> {
  private var values: [String: Value] = [:]

  /// The value of `text`, from `parse` the first time the spelling is seen.
  mutating func value(_ text: String, _ parse: (String) -> Value) -> Value {
    if let cached = values[text] { return cached }
    let parsed = parse(text)
    values[text] = parsed
    return parsed
  }
}
