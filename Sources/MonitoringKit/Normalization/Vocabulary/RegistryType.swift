/// A kind of prevention registry (профилактический учёт).
///
/// Abbreviations are compared on the letters only («КДНиЗП», «к.д.н.» → КДН); long names are
/// recognised by stems. Any other value is kept as `.other` with its cleaned text, which is also
/// its label (a school may keep other registries, and the curator knows them by name).
public enum RegistryType: Hashable, Sendable {
  /// Внутришкольный учёт (ВШУ, ВШК).
  case schoolInternal
  /// Подразделение по делам несовершеннолетних (ПДН).
  case pdn
  /// Комиссия по делам несовершеннолетних и защите их прав (КДН, КДНиЗП).
  case kdn
  /// Социально опасное положение (СОП).
  case sop
  /// Группа риска.
  case riskGroup
  /// Any other registry, as written.
  case other(String)

  /// The five known registries in report order.
  public static let known: [RegistryType] = [.schoolInternal, .pdn, .kdn, .sop, .riskGroup]

  /// Letter-only spellings (lowercase) and their registries.
  public static let abbreviations: [String: RegistryType] = [
    "вшу": .schoolInternal, "вшк": .schoolInternal, "вшуч": .schoolInternal, "пдн": .pdn, "опдн": .pdn,
    "кдн": .kdn, "кдниз": .kdn, "кднизп": .kdn, "кднзп": .kdn, "соп": .sop, "гр": .riskGroup,
  ]

  /// Stems found in the letters-only text, checked in order.
  public static let stems: [(stem: String, type: RegistryType)] = [
    ("внутришкольн", .schoolInternal), ("подразделениеподеламнесовершеннолетних", .pdn),
    ("комиссияподеламнесовершеннолетних", .kdn), ("социальноопасн", .sop), ("группариска", .riskGroup),
    ("грриска", .riskGroup), ("кдниз", .kdn),
  ]

  /// Parses a registry cell; `nil` only for an empty cell.
  public static func parse(_ text: String) -> RegistryType? {
    guard let cleaned = CellText.clean(text) else { return nil }
    let letters = TextNormalizer.letterWords(cleaned).joined()
    if let type = abbreviations[letters] { return type }
    if let type = stems.first(where: { letters.contains($0.stem) })?.type { return type }
    return .other(cleaned)
  }

  /// The label: «ВШУ», «ПДН», «КДН», «СОП», «группа риска», or the text of another registry.
  public var label: String {
    switch self {
    case .schoolInternal: "ВШУ"
    case .pdn: "ПДН"
    case .kdn: "КДН"
    case .sop: "СОП"
    case .riskGroup: "группа риска"
    case .other(let text): text
    }
  }
}
