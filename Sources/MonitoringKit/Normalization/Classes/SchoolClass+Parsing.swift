extension SchoolClass {
  /// Uppercase Latin look-alikes and their Cyrillic twins for class letters.
  static let latinLetters: [Character: Character] = [
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р",
    "T": "Т", "X": "Х", "Y": "У",
  ]

  /// Cyrillic letters that never name a class.
  static let forbiddenLetters: Set<Character> = ["Ъ", "Ь", "Ы"]

  /// Words that may accompany a class and are removed before parsing («класс», «кл.»).
  static let noiseWords: [String] = ["класса", "классе", "класс", "кл"]

  /// Separators between grade and letter that are ignored.
  static let ignoredCharacters: Set<Character> = [".", ",", "№"]

  /// Parses a class cell; `nil` for an empty, out-of-range or unreadable value.
  public init?(parsing text: String) {
    var compact = TextNormalizer.keywordForm(text).uppercased()
    for word in Self.noiseWords {
      compact = compact.replacingOccurrences(of: word.uppercased(), with: " ")
    }
    var digits = ""
    var letters: [Character] = []
    for character in compact {
      if TextNormalizer.isSpace(character) || character == "-" || Self.ignoredCharacters.contains(character) {
        continue
      }
      if let digit = character.asciiDigit {
        guard letters.isEmpty else { return nil }
        digits.append(Character(String(digit)))
      } else if character.isLetter {
        letters.append(character)
      } else {
        return nil
      }
    }
    guard !digits.isEmpty, digits.count <= 3, letters.count <= 1, let grade = Int(digits) else { return nil }
    self.init(grade: grade, letter: letters.first)
  }

  /// The uppercase Cyrillic form of a class letter, or `nil` when it cannot be one.
  static func canonicalLetter(_ letter: Character) -> Character? {
    let upper = Character(letter.uppercased())
    if let cyrillic = latinLetters[upper] { return cyrillic }
    if upper == "Ё" { return "Е" }
    guard TextNormalizer.isCyrillic(upper), upper.isUppercase, !forbiddenLetters.contains(upper) else {
      return nil
    }
    return upper
  }
}
