import TabularIO

/// The person of a row, resolved once per distinct name and class bytes.
///
/// Grades, clubs and registry files repeat each pupil on many rows (every mark of a journal,
/// every period of a summary sheet, every month of a club). The name and class cells are
/// interned by their bytes and the outcome kept (the first row records any match, as before):
/// a person's id, or the refusal to repeat on every later row of that name. Files with a
/// student-id column are resolved row by row, since the id may tell two rows of one name apart;
/// so are files with separate surname/name/patronymic columns, whose rows fall back to them when
/// the full-name cell is empty, and two such rows of one class would otherwise share a person.
struct RowPersonCache {
  private let nameColumn: Int
  private let classColumn: Int?
  private var keys = ByteInterner(capacity: 4096)
  /// By interned key: ≥ 0 a person id, < 0 an index into `refusals` (−1 → 0).
  private var slots: [Int] = []
  private var refusals: [NormalizeRun.PersonOutcome] = []

  /// A cache for the file mapped by `mapping`, or nil when rows must be resolved one by one.
  init?(_ mapping: HeaderMapping) {
    guard let nameColumn = mapping.columnOf[.fullName], mapping.columnOf[.studentID] == nil,
      mapping.columnOf[.lastName] == nil, mapping.columnOf[.firstName] == nil,
      mapping.columnOf[.middleName] == nil
    else { return nil }
    self.nameColumn = nameColumn
    classColumn = mapping.columnOf[.schoolClass]
  }

  /// The row's person, resolving it through `resolve` the first time its name and class appear.
  mutating func person(
    _ row: borrowing CSVRow, resolve: (borrowing CSVRow) -> NormalizeRun.PersonOutcome
  ) -> NormalizeRun.PersonOutcome {
    var classBytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    if let classColumn { classBytes = row[classColumn] }
    let key = keys.intern(row[nameColumn], classBytes)
    if key == slots.count {
      let outcome = resolve(row)
      if case .person(let id) = outcome {
        slots.append(id.rawValue)
      } else {
        refusals.append(outcome)
        slots.append(-refusals.count)
      }
      return outcome
    }
    let slot = slots[key]
    return slot >= 0 ? .person(PersonID(slot)) : refusals[-slot - 1]
  }
}
