/// A person's name, normalised for matching and capitalised for display.
///
/// Data contract §4: the matching key is NFC, trimmed, with collapsed spaces, lowercase, `ё→е`,
/// hyphens kept, other punctuation dropped, and Latin look-alikes inside Cyrillic words mapped to
/// Cyrillic. Decisions where the contract is silent:
/// - A full name is read as «Фамилия Имя Отчество». Words after the third belong to the
///   patronymic («Мамедов Али Рза оглы» → patronymic «рза оглы»).
/// - Initials are single letters, with or without a dot: «Иванов П.», «Иванов П.С.»,
///   «Иванов П. С.», and with the initials first, «П.С. Иванов». The key keeps them as letters
///   in canonical order («иванов п с»), so both spellings compare equal.
/// - A parenthesised remark is dropped («Иванова (Петрова) Анна» → «Иванова Анна»).
/// - Apostrophes and quotes vanish inside a word («Д'Артаньян» → «дартаньян»); other punctuation
///   (commas, slashes, full stops) separates words; any dash variant inside a word is a hyphen,
///   and a lone dash between two words joins them («Иванова - Петрова» → «иванова-петрова»).
/// - Equality and hashing use the key only: «Пётр» and «Петр» are the same name.
/// - The display form lowercases each word and capitalises every hyphen-separated segment,
///   keeping `ё`; Turkic patronymic particles («оглы», «кызы») stay lowercase.
public struct PersonName: Sendable, CustomStringConvertible {
  /// One component of a name (surname, first name or patronymic).
  public struct Part: Hashable, Sendable {
    /// The normalised form used for matching («петров-водкин»; an initial is its letter, «п»).
    public let key: String
    /// The capitalised form for display («Петров-Водкин»; an initial is «П.»).
    public let display: String
    /// Whether the part is an initial rather than a whole word.
    public let isInitial: Bool

    /// The first letter of the key (the initial of a full word too).
    public var initial: Character? { key.first }
  }

  /// The surname (always present).
  public let surname: Part
  /// The first name, when given.
  public let firstName: Part?
  /// The patronymic, when given (with any further words such as «оглы»).
  public let patronymic: Part?
  /// The normalised full key: the parts' keys joined with one space.
  public let key: String
  /// The number of letters in the key (hyphens and spaces not counted).
  public let letterCount: Int

  /// Creates a name from already parsed parts.
  init(surname: Part, firstName: Part?, patronymic: Part?) {
    self.surname = surname
    self.firstName = firstName
    self.patronymic = patronymic
    let key = [surname, firstName, patronymic].compactMap { $0?.key }.joined(separator: " ")
    self.key = key
    self.letterCount = key.reduce(0) { $0 + ($1.isLetter ? 1 : 0) }
  }

  /// Whether the first name or the patronymic is written as an initial.
  public var hasInitials: Bool {
    (firstName?.isInitial ?? false) || (patronymic?.isInitial ?? false)
  }

  /// The name for display: «Иванов Пётр Сергеевич», «Иванов П. С.».
  public var display: String {
    [surname, firstName, patronymic].compactMap { $0?.display }.joined(separator: " ")
  }

  /// The surname followed by initials: «Иванов П. С.».
  public var abbreviated: String {
    var words = [surname.display]
    for part in [firstName, patronymic] {
      if let part, let letter = part.display.first { words.append("\(letter).") }
    }
    return words.joined(separator: " ")
  }

  /// The display form.
  public var description: String { display }
}

extension PersonName: Hashable {
  /// Names are equal when their normalised keys are equal.
  public static func == (lhs: PersonName, rhs: PersonName) -> Bool {
    lhs.key == rhs.key
  }

  /// Hashes the normalised key.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(key)
  }
}
