/// The survey files scored once: each file's instrument column matches and every response.
///
/// The indicators and the report read the same scored responses; `run` computes them once and
/// hands them from the compute stage to the render stage.
public struct SurveyScoring: Sendable {
  /// File index → the instruments' column matches of that survey file, from its header.
  public var columnMatches: [Int: [InstrumentMatcher.Match]]
  /// Every scored response of every survey file.
  public var responses: [ScoredResponse]

  /// Matches the columns of every survey file of `data` and scores every response.
  public init(data: NormalizedData, instruments: [Instrument]) {
    let matcher = InstrumentMatcher(instruments: instruments)
    var matches: [Int: [InstrumentMatcher.Match]] = [:]
    for file in data.files where file.dataset == .survey {
      let columns = file.columns.indices.filter { !file.columns[$0].isEmpty }
      matches[file.index] = matcher.match(headers: file.columns, columns: columns)
    }
    columnMatches = matches
    responses = ResponseScorer(instruments: instruments).responses(in: data, columnMatches: matches)
  }
}
