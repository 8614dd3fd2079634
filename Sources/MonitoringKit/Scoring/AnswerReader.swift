/// Reads a survey cell as the answer to an instrument item, by the item's answer type.
///
/// - `rating`: the leading number of the cell («10 — очень комфортно» → 10, «7,5» → 7.5); a
///   value outside the item's (else the instrument's) scale is `invalid`. A rating item that also
///   has `choices` accepts those texts.
/// - `yes-no`: `YesNo.parse` («скорее да» → yes); «не знаю» is `missing`, anything else `invalid`.
/// - `choice`: the normalised text looked up in `choices` (keys normalised the same way), else a
///   number inside the scale (a form may export the points instead of the texts).
/// - `text`: kept as text, never scored.
public enum AnswerReader {
  /// The answer `text` gives to `item` of an instrument whose default scale is `scale`.
  public static func read(_ text: String, item: Instrument.Item, scale: Instrument.RatingScale) -> ItemAnswer
  {
    // A lone «-» is «нет» for yes/no items although `CellText` treats it as empty.
    if item.type == .yesNo, let answer = YesNo.parse(text) { return .yesNo(answer) }
    guard let clean = CellText.clean(text) else { return .missing }
    let range = item.scale ?? scale
    switch item.type {
    case .text:
      return .text(clean)
    case .yesNo:
      if let answer = YesNo.parse(clean) { return .yesNo(answer) }
      return YesNo.isUndecided(clean) ? .missing : .invalid
    case .rating:
      if let points = choice(clean, item.choices) { return .number(points) }
      return number(clean, in: range)
    case .choice:
      if let points = choice(clean, item.choices) { return .number(points) }
      if YesNo.isUndecided(clean) { return .missing }
      return number(clean, in: range)
    }
  }

  /// The points of a choice text, when the item has a map and the text is in it.
  static func choice(_ text: String, _ choices: [String: Double]?) -> Double? {
    guard let choices, !choices.isEmpty else { return nil }
    let form = YesNo.keyForm(text)
    for (label, points) in choices where YesNo.keyForm(label) == form { return points }
    return nil
  }

  /// The leading number of `text`, checked against `range`.
  static func number(_ text: String, in range: Instrument.RatingScale) -> ItemAnswer {
    guard let value = leadingNumber(text) else { return .invalid }
    return value >= range.min && value <= range.max ? .number(value) : .invalid
  }

  /// The number a cell starts with: digits with an optional decimal comma or point, followed by
  /// nothing or by a non-digit (a dash, a space, a word).
  static func leadingNumber(_ text: String) -> Double? {
    var digits = ""
    var seenSeparator = false
    for character in text {
      if character.isASCII, character.isNumber {
        digits.append(character)
      } else if (character == "," || character == "."), !seenSeparator, !digits.isEmpty {
        seenSeparator = true
        digits.append(".")
      } else {
        break
      }
    }
    if digits.hasSuffix(".") { digits.removeLast() }
    return digits.isEmpty ? nil : Double(digits)
  }
}
