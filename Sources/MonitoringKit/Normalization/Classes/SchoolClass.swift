/// A school class: a grade 1–11 and an optional letter («7А», «10»).
///
/// Parsing (data contract §4) accepts «7А», «7 А», «7-а», «7«А»», «7"А"», «7а класс», «7a»
/// with a Latin look-alike letter, «07А», «11 Б класс», «кл.»; the result prints as `7А`.
/// Decisions where the contract is silent:
/// - The letter is one Cyrillic letter, uppercase; Latin look-alikes map to Cyrillic
///   (A→А, B→В, C→С, E→Е, H→Н, K→К, M→М, O→О, P→Р, T→Т, X→Х, Y→У); `Ё` becomes `Е`.
///   Other Latin letters, two letters, «Ъ», «Ь», «Ы» and numeric parallels («7-1», «7/2») are
///   rejected, as are grade 0, grades above 11 and any other text.
/// - Ordering is by grade, then letter; a class without a letter sorts before its lettered ones.
public struct SchoolClass: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The grade (параллель), 1–11.
  public let grade: Int
  /// The uppercase Cyrillic letter, when the class has one.
  public let letter: Character?

  /// Creates a class; `nil` when the grade is outside 1–11 or the letter is not allowed.
  public init?(grade: Int, letter: Character? = nil) {
    guard Self.grades.contains(grade) else { return nil }
    if let letter {
      guard let canonical = Self.canonicalLetter(letter) else { return nil }
      self.letter = canonical
    } else {
      self.letter = nil
    }
    self.grade = grade
  }

  /// Grades a school has.
  public static let grades = 1...11

  /// The canonical form: `7А`, `10`.
  public var description: String {
    letter.map { "\(grade)\($0)" } ?? "\(grade)"
  }

  /// Orders by grade, then letter (no letter first).
  public static func < (lhs: SchoolClass, rhs: SchoolClass) -> Bool {
    if lhs.grade != rhs.grade { return lhs.grade < rhs.grade }
    switch (lhs.letter, rhs.letter) {
    case (nil, nil): return false
    case (nil, _): return true
    case (_, nil): return false
    case (let left?, let right?): return left < right
    }
  }

  /// Whether the other class differs only by letter (same grade) or by one grade (same letter,
  /// or a letter missing on one side) — the "moved class" of matching rule 7.
  public func isNeighbour(of other: SchoolClass) -> Bool {
    let gradeGap = abs(grade - other.grade)
    if gradeGap == 0 { return letter != other.letter }
    guard gradeGap == 1 else { return false }
    return letter == other.letter || letter == nil || other.letter == nil
  }
}
