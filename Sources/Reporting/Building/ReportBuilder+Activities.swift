import MonitoringKit

extension ReportBuilder {
  /// Section 7: enrolled before/after, attendance, by club.
  func clubsSection() -> ReportSection {
    let clubs = json["clubs"]
    guard let n = clubs["mentees"].int, !clubs["enrolled_share_before"].isNull else {
      return section("clubs", [])
    }
    let first = clubs["baseline_period"].string ?? ""
    let last = clubs["final_period"].string ?? ""
    var rows: [[Cell]] = [
      [
        .text(words.enrolled), Cell(shareOf(clubs["enrolled_before"], n)),
        Cell(shareOf(clubs["enrolled_after"], n)),
      ],
      [
        .text(words.memberships), Cell(count(clubs["memberships_before"])),
        Cell(count(clubs["memberships_after"])),
      ],
    ]
    if !clubs["attendance_rate_before"].isNull || !clubs["attendance_rate_after"].isNull {
      rows.append([
        .text(words.attendanceRate),
        Cell(rateOrMissing(clubs["attendance_rate_before"], n: clubs["enrolled_before"].int)),
        Cell(rateOrMissing(clubs["attendance_rate_after"], n: clubs["enrolled_after"].int)),
      ])
    }
    var blocks: [ReportBlock] = [
      .table(
        ReportTable(
          caption: words.clubsTable(first, last),
          header: [words.indicator, "\(words.before) (\(first))", "\(words.after) (\(last))"], rows: rows)),
      .table(
        ReportTable(
          caption: words.tileClubs, header: [words.indicator, words.n],
          rows: [
            [.text(words.newlyEnrolled), Cell(count(clubs["newly_enrolled"]))],
            [.text(words.dropped), Cell(count(clubs["dropped"]))],
          ])),
    ]
    let mcnemar = clubs["mcnemar"]
    if !mcnemar.isNull { blocks.append(.paragraph(words.mcnemarClubs(pValue(mcnemar)))) }
    let byClub = clubs["by_club"].array
    if !byClub.isEmpty {
      let names = byClub.map { $0["club"].string ?? "" }
      let before = byClub.map { count($0["mentees_before"]) }
      let after = byClub.map { count($0["mentees_after"]) }
      if byClub.count >= 2 {
        blocks.append(
          .figure(
            ReportFigure(
              name: "clubs", title: words.byClubTable, description: words.byClubTable,
              kind: .groupedBars(
                categories: names, series: [(first, before), (last, after)], axis: words.mentees, max: nil))))
      }
      blocks.append(
        .table(
          ReportTable(
            caption: words.byClubTable, header: [words.club, first, last],
            rows: byClub.indices.map {
              [.text(names[$0]), Cell(before[$0], group: 30), Cell(after[$0], group: 31)]
            })))
    }
    return section("clubs", blocks)
  }

  func rateOrMissing(_ value: JSONValue, n: Int?) -> Quantity {
    guard let rate = value.double else { return .unavailable(words.noData) }
    return .rate(rate, n: n ?? 0)
  }

  /// Section 8: school and mentees on start and end, added and removed, by type, last year.
  func registrySection() -> ReportSection {
    let registry = json["registry"]
    guard trend("registry") != .none else { return section("registry", []) }
    let start = RussianFormat.date(iso: registry["date_start"].string ?? "")
    let end = RussianFormat.date(iso: registry["date_end"].string ?? "")
    var blocks: [ReportBlock] = [
      .table(
        ReportTable(
          caption: words.registryTable,
          header: ["", words.onStart(start), words.onEnd(end), words.addedDuring, words.removedDuring],
          rows: [
            [
              .text(words.schoolWide), Cell(count(registry["school_on_start"])),
              Cell(count(registry["school_on_end"])),
              Cell(count(registry["added_during"])), Cell(count(registry["removed_during"])),
            ],
            [
              .text(words.amongMentees), Cell(count(registry["mentees_on_start"])),
              Cell(count(registry["mentees_on_end"])), Cell(count(registry["mentees_added_during"])),
              Cell(count(registry["mentees_removed_during"])),
            ],
          ]))
    ]
    let types = registry["by_type"].members
    if !types.isEmpty {
      blocks.append(
        .table(
          ReportTable(
            caption: words.byTypeTable, header: [words.registryType, words.onStart(start), words.onEnd(end)],
            rows: types.map {
              [.text($0.0), Cell(count($0.1["on_start"]), group: 40), Cell(count($0.1["on_end"]), group: 41)]
            })))
    }
    blocks.append(
      .paragraph(
        registry["previous_year_on_end"].isNull
          ? Sentence(stringLiteral: words.previousYearUnknown)
          : words.previousYear(count(registry["previous_year_on_end"]))))
    return section("registry", blocks)
  }
}
