/// Reads yes/no answers and participant flags.
///
/// Decisions where the contract is silent:
/// - In a checkbox column a cross marks "yes": `x` (Latin or Cyrillic `х`), `v`, `✓`, `✔`, `☑`.
/// - Russian Excel writes booleans as «ИСТИНА»/«ЛОЖЬ»; both are understood.
/// - «скорее да» is yes and «скорее нет» is no; «не знаю», «затрудняюсь ответить» are no answer.
/// - A lone `-` (and other dashes) is "no" here, although `CellText` treats it as empty:
///   `parse` reads the raw text itself.
public enum YesNo {
  /// Spellings meaning yes (compared in keyword form: lowercase, `ё→е`, trailing dots ignored).
  public static let yes: Set<String> = [
    "да", "д", "+", "1", "✓", "✔", "☑", "v", "x", "х", "true", "yes", "y", "истина", "есть",
    "имеется", "скорее да", "конечно", "да, конечно", "конечно да", "безусловно",
  ]
  /// Spellings meaning no.
  public static let no: Set<String> = [
    "нет", "н", "-", "0", "✗", "✘", "false", "no", "n", "ложь", "не", "нету", "отсутствует",
    "не имеется", "скорее нет", "конечно нет", "нет, конечно",
  ]
  /// Spellings meaning the person chose not to answer.
  public static let undecided: Set<String> = [
    "не знаю", "затрудняюсь", "затрудняюсь ответить", "не уверен", "не уверена", "не определился",
    "не определилась", "?",
  ]

  /// `true` for yes, `false` for no, `nil` for anything else (including «не знаю» and empty).
  public static func parse(_ text: String) -> Bool? {
    // The spellings forms actually export, answered without normalizing (the hot path of
    // keyed tests such as Phillips' 58 yes/no items per respondent).
    switch text {
    case "да", "Да", "ДА": return true
    case "нет", "Нет", "НЕТ": return false
    default: break
    }
    let form = keyForm(text)
    if yes.contains(form) { return true }
    if no.contains(form) { return false }
    return nil
  }

  /// A participant flag (ОВЗ, новичок): like `parse`, but an empty cell (or «н/д») means no.
  public static func parseFlag(_ text: String) -> Bool? {
    if let answer = parse(text) { return answer }
    return CellText.clean(text) == nil ? false : nil
  }

  /// Whether the answer is an explicit «не знаю» rather than an unreadable value.
  public static func isUndecided(_ text: String) -> Bool {
    undecided.contains(keyForm(text))
  }

  /// The comparison form: keyword form without trailing full stops or exclamation marks.
  static func keyForm(_ text: String) -> String {
    var form = TextNormalizer.keywordForm(text)
    while let last = form.last, last == "." || last == "!", form.count > 1 { form.removeLast() }
    return form
  }
}
