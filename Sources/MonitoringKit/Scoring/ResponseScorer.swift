/// Builds the `ScoredResponse`s of a year's survey answers.
///
/// For every survey file the instrument matcher is run again on the file's question columns
/// (columns that are no known field, plus every column that has an answer) and only the
/// instruments the normalize stage recorded for the file (`FileAccount.instruments`) are kept;
/// each row becomes one response per instrument, with the answers of the columns that
/// instrument claimed.
///
/// Decisions where the specification is silent:
/// - A person who answered the same instrument in the same wave more than once (in two files,
///   say) keeps the latest response: by submission time, then file order, then line.
///   Duplicates inside one file were already superseded by the normalize stage.
/// - A row without a matched person is an anonymous respondent: it counts once wherever no
///   person is needed (satisfaction indices, item means) and is never paired pre/post.
/// - Rows whose answers to the instrument are all empty are no response to it.
public struct ResponseScorer: Sendable {
  /// The instruments known.
  public let instruments: [Instrument]

  /// Prepares scoring for `instruments`.
  public init(instruments: [Instrument]) {
    self.instruments = instruments
  }

  /// Every response in `data`, de-duplicated, ordered by instrument, wave and respondent.
  ///
  /// `columnMatches` (file index → matches) may be given when the caller kept the normalize
  /// stage's matches; otherwise they are recomputed from the file's headers.
  public func responses(in data: NormalizedData, columnMatches: [Int: [InstrumentMatcher.Match]]? = nil)
    -> [ScoredResponse]
  {
    let matcher = InstrumentMatcher(instruments: instruments)
    let calculators = Dictionary(
      uniqueKeysWithValues: instruments.map { ($0.id, ScoreCalculator(instrument: $0)) })
    var answersByFile: [Int: [SurveyAnswer]] = [:]
    for answer in data.answers { answersByFile[answer.file, default: []].append(answer) }
    var latest: [String: ScoredResponse] = [:]
    var anonymous: [ScoredResponse] = []
    for file in answersByFile.keys.sorted() {
      let answers = answersByFile[file]!
      let matches =
        columnMatches?[file] ?? recomputedMatches(file: file, answers: answers, data: data, matcher: matcher)
      for match in matches {
        guard let instrument = instruments.first(where: { $0.id == match.instrumentID }),
          let calculator = calculators[instrument.id]
        else { continue }
        let itemOfColumn = Dictionary(match.columns.map { ($0.value, $0.key) }, uniquingKeysWith: min)
        var rows: [Int: [SurveyAnswer]] = [:]
        for answer in answers where itemOfColumn[answer.column] != nil {
          rows[answer.line, default: []].append(answer)
        }
        for line in rows.keys.sorted() {
          let cells = rows[line]!
          var itemAnswers: [Int: ItemAnswer] = [:]
          for cell in cells {
            let item = itemOfColumn[cell.column]!
            itemAnswers[item] = AnswerReader.read(
              cell.value, item: instrument.items[item], scale: instrument.scale)
          }
          guard itemAnswers.values.contains(where: \.isAnswered) else { continue }
          let first = cells[0]
          let role = first.role ?? Self.role(of: instrument)
          let response = ScoredResponse(
            respondent: first.person.map { .person($0) } ?? .anonymous(file: file, line: line), role: role,
            instrumentID: instrument.id, wave: first.wave ?? cells.lazy.compactMap(\.wave).first,
            submittedAt: first.submittedAt, file: file, line: line, answers: itemAnswers,
            scores: calculator.scores(itemAnswers))
          guard let person = first.person else {
            anonymous.append(response)
            continue
          }
          let key = "\(instrument.id)|\(response.wave?.rawValue ?? "-")|\(person.rawValue)"
          if let previous = latest[key], !Self.isLater(response, than: previous) { continue }
          latest[key] = response
        }
      }
    }
    return (Array(latest.values) + anonymous).sorted(by: Self.order)
  }

  /// The role an instrument's respondents have, when it names one.
  static func role(of instrument: Instrument) -> Role? {
    switch instrument.respondent {
    case .mentee: .mentee
    case .mentor: .mentor
    case .any: nil
    }
  }

  /// The instruments' column matches of one file, recomputed from its headers.
  func recomputedMatches(file: Int, answers: [SurveyAnswer], data: NormalizedData, matcher: InstrumentMatcher)
    -> [InstrumentMatcher.Match]
  {
    var headers = file < data.files.count ? data.files[file].columns : []
    let maxColumn = answers.map(\.column).max() ?? -1
    if headers.count <= maxColumn {
      headers += Array(repeating: "", count: maxColumn + 1 - headers.count)
      for answer in answers where headers[answer.column].isEmpty { headers[answer.column] = answer.header }
    }
    let answered = Set(answers.map(\.column))
    let other = Set(HeaderMapping(headers: headers).otherColumns)
    let questionColumns = answered.union(other).sorted()
    let known = file < data.files.count ? Set(data.files[file].instruments) : []
    return matcher.match(headers: headers, columns: questionColumns).filter {
      known.isEmpty || known.contains($0.instrumentID)
    }
  }

  /// Whether `response` supersedes `previous` of the same person, instrument and wave.
  static func isLater(_ response: ScoredResponse, than previous: ScoredResponse) -> Bool {
    switch (response.submittedAt, previous.submittedAt) {
    case (let a?, let b?) where a != b: return a > b
    default: return (response.file, response.line) > (previous.file, previous.line)
    }
  }

  /// Instrument, wave, then respondent.
  static func order(_ lhs: ScoredResponse, _ rhs: ScoredResponse) -> Bool {
    if lhs.instrumentID != rhs.instrumentID { return lhs.instrumentID < rhs.instrumentID }
    let leftWave = lhs.wave?.rawValue ?? "~"
    let rightWave = rhs.wave?.rawValue ?? "~"
    if leftWave != rightWave { return leftWave < rightWave }
    return lhs.respondent.sortKey.lexicographicallyPrecedes(rhs.respondent.sortKey)
  }
}
