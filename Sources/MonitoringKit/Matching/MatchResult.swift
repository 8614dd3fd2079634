/// The outcome of resolving one query against the roster.
public enum MatchResult: Hashable, Sendable {
  /// Exactly one person, found by `rule`.
  case matched(PersonID, rule: MatchRule)
  /// Several candidates at `rule` (sorted, at least two); never guessed.
  case ambiguous([PersonID], rule: MatchRule)
  /// No rule found anybody.
  case unmatched

  /// The person, when matched.
  public var personID: PersonID? {
    if case .matched(let id, _) = self { return id }
    return nil
  }

  /// The rule that matched or found several candidates.
  public var rule: MatchRule? {
    switch self {
    case .matched(_, let rule), .ambiguous(_, let rule): rule
    case .unmatched: nil
    }
  }

  /// The result for a candidate list: none → `nil` (try the next rule), one → matched,
  /// several → ambiguous.
  static func from(_ candidates: [PersonID], rule: MatchRule) -> MatchResult? {
    let distinct = Array(Set(candidates)).sorted()
    switch distinct.count {
    case 0: return nil
    case 1: return .matched(distinct[0], rule: rule)
    default: return .ambiguous(distinct, rule: rule)
    }
  }
}
