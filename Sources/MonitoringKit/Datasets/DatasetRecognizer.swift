/// Decides which dataset a file holds from its header and a sample of rows (data contract §3).
///
/// Rules in order, the first that fits wins: mentor + mentee → pairs; role → participants;
/// registry type → registry; club → clubs; meeting type → meetings; subject + mark → grades
/// (long); question columns matching an instrument (or a form timestamp) → survey; person +
/// class + ≥ 2 further columns whose values are mostly marks → grades (wide); person + class and
/// only roster fields → students.
public struct DatasetRecognizer: Sendable {
  /// The outcome for one file.
  public enum Outcome: Sendable, Equatable {
    /// Recognised as `dataset`.
    case recognized(DatasetKind)
    /// Fits nothing; `needs` says, per dataset, what was missing.
    case unrecognized(needs: [String])
  }

  /// Tells whether a cell looks like a mark (1–5, «4+», «н/а», «зач»…).
  public var isMark: @Sendable (String) -> Bool
  /// Tells whether the other columns match an instrument well enough.
  public var matchesInstrument: @Sendable (_ headers: [String], _ columns: [Int]) -> Bool

  /// Creates a recognizer with the mark test and the instrument test.
  public init(
    isMark: @escaping @Sendable (String) -> Bool,
    matchesInstrument: @escaping @Sendable (_ headers: [String], _ columns: [Int]) -> Bool
  ) {
    self.isMark = isMark
    self.matchesInstrument = matchesInstrument
  }

  /// Fields that may sit in a roster beside the person and the class.
  static let rosterFields: Set<CanonicalField> = [
    .fullName, .lastName, .firstName, .middleName, .schoolClass, .studentID, .birthDate, .sex, .rowNumber,
  ]

  /// Recognises a file from its mapping and up to a few dozen sample rows.
  public func recognize(_ mapping: HeaderMapping, sample: [[String]]) -> Outcome {
    if mapping.has(.mentor) && mapping.has(.mentee) { return .recognized(.pairs) }
    if mapping.has(.role) && mapping.hasPerson { return .recognized(.participants) }
    if mapping.has(.registryType) && mapping.hasPerson { return .recognized(.registry) }
    if mapping.has(.club) && mapping.hasPerson { return .recognized(.clubs) }
    if mapping.has(.meetingType) && (mapping.has(.pairID) || mapping.has(.mentor) || mapping.hasPerson) {
      return .recognized(.meetings)
    }
    if mapping.has(.subject) && mapping.has(.mark) && mapping.hasPerson { return .recognized(.gradesLong) }
    let others = mapping.otherColumns
    if !others.isEmpty && matchesInstrument(mapping.headers, others) { return .recognized(.survey) }
    if mapping.has(.timestamp) && !others.isEmpty { return .recognized(.survey) }
    if mapping.hasPerson && mapping.has(.schoolClass) {
      let markColumns = others.filter { column in
        let values = sample.compactMap { $0.indices.contains(column) ? $0[column] : nil }.filter {
          !$0.isEmpty
        }
        return !values.isEmpty && values.filter(isMark).count * 4 >= values.count * 3
      }
      if markColumns.count >= 2 { return .recognized(.gradesWide) }
      let extra = mapping.fields.enumerated().filter { index, field in
        guard let field else { return !mapping.headers[index].isEmpty }
        return !Self.rosterFields.contains(field)
      }
      if extra.isEmpty { return .recognized(.students) }
    }
    return .unrecognized(needs: Self.needs(mapping))
  }

  /// What each dataset would have needed, in curator's words (Russian column names).
  static func needs(_ mapping: HeaderMapping) -> [String] {
    var needs: [String] = []
    if !mapping.hasPerson { needs.append("столбец с ФИО (или Фамилия и Имя, или ID)") }
    if !mapping.has(.schoolClass) { needs.append("«Класс» — для списка учеников или ведомости") }
    needs.append("«Наставник» и «Наставляемый» — для пар")
    needs.append("«Роль» — для списка участников")
    needs.append("«Предмет» и «Отметка» или столбцы-предметы с отметками — для успеваемости")
    needs.append("вопросы анкеты или теста из pipelines/instruments — для анкет")
    needs.append("«Кружок», «Вид учёта» или «Тип встречи» — для кружков, учёта, встреч")
    return needs
  }
}
