import MonitoringKit

extension ReportBuilder {
  /// Section 2: one tile per headline block and a short paragraph about the year.
  func summarySection() -> ReportSection {
    let tiles = [
      coverageTile(), gradesTile(), anxietyTile(), satisfactionTile(), clubsTile(), registryTile(),
    ]
    var blocks: [ReportBlock] = [.tiles(tiles)]
    let directions = ["grades", "anxiety", "satisfaction", "clubs", "registry"].map(trend)
    var paragraph = words.summaryCounts(
      directions.filter { $0 == .better }.count, directions.filter { $0 == .same }.count,
      directions.filter { $0 == .worse }.count, directions.filter { $0 == .none }.count)
    let coverage = json["coverage"]
    if let pairs = coverage["pairs"].int, pairs > 0 {
      paragraph =
        paragraph + " "
        + words.summaryPairs(
          .count(pairs), count(coverage["mentors"]), count(coverage["mentees"]),
          count(json["meetings"]["meetings_total"]))
    }
    for block in ["grades", "anxiety"] where trend(block) != .none {
      paragraph = paragraph + " " + verdictSentence(block)
    }
    let quality = json["data_quality"]
    if let read = quality["rows_read"].int {
      paragraph =
        paragraph + " "
        + words.summaryQuality(
          .plain(quality["rows_used"].int ?? 0), .plain(read), .plain(quality["rows_rejected"].int ?? 0))
    }
    blocks.append(.paragraph(paragraph))
    return section("summary", blocks)
  }

  func coverageTile() -> Tile {
    let coverage = json["coverage"]
    let base = coverage["students_10_19"].int
    let involved = share(coverage["involved_share_10_19"], of: base)
    let participants = count(coverage["participants"])
    return Tile(
      title: words.tileCoverage, measure: words.measureCoverage, before: nil, after: involved, trend: .none,
      n: participants,
      verdict: base == nil
        ? Sentence(stringLiteral: words.sectionEmpty["participants"] ?? words.noData)
        : words.coverageVerdict(participants, involved))
  }

  func gradesTile() -> Tile {
    let grades = json["grades"]
    let n = grades["mentees_paired"].int
    return Tile(
      title: words.tileGrades, measure: words.measureGrades, before: mean(grades["mean_before"], n: n),
      after: mean(grades["mean_after"], n: n), trend: trend("grades"), n: n.map(Quantity.count),
      verdict: verdictSentence("grades"))
  }

  func anxietyTile() -> Tile {
    let anxiety = json["anxiety"]
    let n = anxiety["mentees_paired"].int ?? 0
    let before = anxiety["elevated_before"].int.map { Quantity.share($0, of: n) }
    let after = anxiety["elevated_after"].int.map { Quantity.share($0, of: n) }
    return Tile(
      title: words.tileAnxiety, measure: words.measureAnxiety, before: n > 0 ? before : nil,
      after: n > 0 ? after : nil, trend: trend("anxiety"), n: .count(n), verdict: verdictSentence("anxiety"))
  }

  func satisfactionTile() -> Tile {
    let block = json["satisfaction"]["mentees"]
    let n = block["respondents"].int
    return Tile(
      title: words.tileSatisfaction, measure: words.measureSatisfaction, before: nil,
      after: block["index"].isNull ? nil : mean(block["index"], n: n, decimals: 1),
      trend: trend("satisfaction"),
      n: n.map(Quantity.count), verdict: verdictSentence("satisfaction"))
  }

  func clubsTile() -> Tile {
    let clubs = json["clubs"]
    let n = clubs["mentees"].int ?? 0
    let hasData = !clubs["enrolled_share_before"].isNull
    return Tile(
      title: words.tileClubs, measure: words.measureClubs,
      before: hasData ? clubs["enrolled_before"].int.map { .share($0, of: n) } : nil,
      after: hasData ? clubs["enrolled_after"].int.map { .share($0, of: n) } : nil, trend: trend("clubs"),
      n: .count(n), verdict: verdictSentence("clubs"))
  }

  func registryTile() -> Tile {
    let registry = json["registry"]
    let hasData = trend("registry") != .none
    return Tile(
      title: words.tileRegistry, measure: words.measureRegistry,
      before: hasData ? count(registry["mentees_on_start"]) : nil,
      after: hasData ? count(registry["mentees_on_end"]) : nil, trend: trend("registry"),
      n: hasData ? count(json["coverage"]["mentees"]) : nil, verdict: verdictSentence("registry"))
  }

  /// The verdict sentence of a headline block, rebuilt from quantities so the privacy pass can
  /// reach its numbers (the wording follows MonitoringKit's `Verdict`).
  func verdictSentence(_ block: String) -> Sentence {
    let direction = trend(block)
    switch block {
    case "grades":
      let grades = json["grades"]
      guard direction != .none, let n = grades["mentees_paired"].int else {
        return Sentence(stringLiteral: words.verdictGradesNA)
      }
      let moved = direction == .worse ? grades["worsened"] : grades["improved"]
      return words.verdictGrades(
        direction, count(moved), .count(n), mean(grades["mean_before"], n: n),
        mean(grades["mean_after"], n: n),
        grades["wilcoxon"]["p"].double)
    case "anxiety":
      let anxiety = json["anxiety"]
      guard direction != .none, let n = anxiety["mentees_paired"].int else {
        return Sentence(stringLiteral: words.verdictAnxietyNA)
      }
      return words.verdictAnxiety(
        direction, count(anxiety["elevated_before"]), .count(n), count(anxiety["elevated_after"]),
        mean(anxiety["mean_before"], n: n, decimals: 1), mean(anxiety["mean_after"], n: n, decimals: 1),
        anxiety["wilcoxon"]["p"].double)
    case "satisfaction":
      let mentees = json["satisfaction"]["mentees"]
      let useMentees = !mentees["index"].isNull
      let block = useMentees ? mentees : json["satisfaction"]["mentors"]
      guard let index = block["index"].double, let n = block["respondents"].int else {
        return Sentence(stringLiteral: words.verdictSatisfactionNA)
      }
      let level =
        index >= 8 ? words.indexLevels.high : index >= 6 ? words.indexLevels.medium : words.indexLevels.low
      let continueShare = block["continue_share"].isNull ? nil : share(block["continue_share"], of: n)
      return words.verdictSatisfaction(
        useMentees, level, .mean(index, n: n, decimals: 1), .count(n), continueShare)
    case "clubs":
      let clubs = json["clubs"]
      guard direction != .none, let n = clubs["mentees"].int else {
        return Sentence(stringLiteral: words.verdictClubsNA)
      }
      return words.verdictClubs(
        count(clubs["enrolled_after"]), .count(n), clubs["final_period"].string ?? "",
        count(clubs["enrolled_before"]), clubs["baseline_period"].string ?? "", clubs["mcnemar"]["p"].double)
    default:
      let registry = json["registry"]
      guard direction != .none else { return Sentence(stringLiteral: words.verdictRegistryNA) }
      return words.verdictRegistry(count(registry["mentees_on_end"]), count(registry["mentees_on_start"]))
    }
  }
}
