import Testing

@testable import Reporting

@Suite struct PrivacyPassTests {
  let pass = PrivacyPass(words: .russian)

  @Test func smallCountsAndSmallGroupsAreHidden() {
    #expect(pass.quantity(.count(0)) == .count(0))
    #expect(pass.quantity(.count(1)) == .hidden("менее 5"))
    #expect(pass.quantity(.count(4)) == .hidden("менее 5"))
    #expect(pass.quantity(.count(5)) == .count(5))
    #expect(pass.quantity(.plain(3)) == .plain(3))
    #expect(pass.quantity(.share(3, of: 40)) == .hidden("менее 5"))
    #expect(pass.quantity(.share(0, of: 40)) == .share(0, of: 40))
    #expect(pass.quantity(.share(4, of: 4)) == .hidden("скрыто (меньше 5 чел.)"))
    #expect(pass.quantity(.mean(3.2, n: 4, decimals: 2)) == .hidden("скрыто (меньше 5 чел.)"))
    #expect(pass.quantity(.mean(3.2, n: 5, decimals: 2)) == .mean(3.2, n: 5, decimals: 2))
    #expect(pass.quantity(.rate(0.8, n: 3)) == .hidden("скрыто (меньше 5 чел.)"))
    #expect(pass.quantity(.change(0.1, n: 2, decimals: 2)) == .hidden("скрыто (меньше 5 чел.)"))
  }

  @Test func oneHiddenCellOfAGroupHidesTheNextSmallest() {
    // Statuses 39 + 6 + 3 = 48 pairs: 3 is hidden, so 6 must go too (48 − 39 − 6 = 3 otherwise).
    let table = ReportTable(
      caption: "", header: ["", "N"],
      rows: [
        [.text("a"), Cell(.count(39), group: 1)], [.text("b"), Cell(.count(6), group: 1)],
        [.text("c"), Cell(.count(3), group: 1)], [.text("d"), Cell(.count(0), group: 1)],
      ])
    let safe = pass.table(table).rows.map(\.[1].quantity)
    #expect(safe == [.count(39), .hidden("менее 5"), .hidden("менее 5"), .count(0)])
  }

  @Test func twoHiddenCellsNeedNoComplementAndUngroupedCellsStay() {
    let table = ReportTable(
      caption: "", header: ["", "N", "M"],
      rows: [
        [.text("a"), Cell(.count(2), group: 1), Cell(.count(7))],
        [.text("b"), Cell(.count(1), group: 1), Cell(.count(3))],
        [.text("c"), Cell(.count(30), group: 1), Cell(.count(9))],
      ])
    let safe = pass.table(table).rows
    #expect(safe.map(\.[1].quantity) == [.hidden("менее 5"), .hidden("менее 5"), .count(30)])
    #expect(safe.map(\.[2].quantity) == [.count(7), .hidden("менее 5"), .count(9)])
  }

  @Test func sentencesAndTilesAreSuppressedToo() {
    let sentence: Sentence = "на учёте \(count: 2) из \(count: 60)"
    #expect(
      pass.sentence(sentence).parts == [
        .text("на учёте "), .quantity(.hidden("менее 5")), .text(" из "), .quantity(.count(60)),
      ])
  }
}
