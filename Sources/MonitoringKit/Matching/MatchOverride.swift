/// One line of `pipelines/matches.csv`: «как в файле;класс;как в списке;класс».
///
/// A row whose name and class equal the left side is resolved as the right side. An empty left
/// class matches the name in any class (a class-specific override wins over it); an empty right
/// class looks the name up in the whole school.
public struct MatchOverride: Hashable, Sendable {
  /// The name as the data file writes it.
  public let fileName: PersonName
  /// The class as the data file writes it; `nil` matches any class.
  public let fileClass: SchoolClass?
  /// The name as the roster writes it.
  public let rosterName: PersonName
  /// The class as the roster writes it; `nil` searches the whole school.
  public let rosterClass: SchoolClass?

  /// Creates an override.
  public init(
    fileName: PersonName, fileClass: SchoolClass?, rosterName: PersonName, rosterClass: SchoolClass?
  ) {
    self.fileName = fileName
    self.fileClass = fileClass
    self.rosterName = rosterName
    self.rosterClass = rosterClass
  }

  /// Reads the four cells of a `matches.csv` row; `nil` when a name is missing or a non-empty
  /// class cannot be read.
  public init?(cells: [String]) {
    guard cells.count >= 4, let fileName = PersonName(fullName: cells[0]),
      let rosterName = PersonName(fullName: cells[2])
    else { return nil }
    var classes: [SchoolClass?] = []
    for cell in [cells[1], cells[3]] {
      if CellText.clean(cell) == nil {
        classes.append(nil)
      } else if let parsed = SchoolClass(parsing: cell) {
        classes.append(parsed)
      } else {
        return nil
      }
    }
    self.init(fileName: fileName, fileClass: classes[0], rosterName: rosterName, rosterClass: classes[1])
  }
}
