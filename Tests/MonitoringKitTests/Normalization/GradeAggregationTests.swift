import Testing

@testable import MonitoringKit

/// The journal's fast paths aggregate exactly as the general ones.
@Suite struct GradeAggregationTests {
  @Test("add(digit:) counts a whole mark as add(.numeric) does")
  func digitEqualsNumeric() {
    let period = Period(kind: .quarter, index: 2)!
    var fast = GradeCell(person: PersonID(3), subject: "Алгебра", period: period)
    var general = fast
    for digit in [5, 4, 4, 3, 2, 1, 5, 5] {
      fast.add(digit: digit)
      general.add(.numeric(Double(digit)))
    }
    #expect(fast == general)
    #expect(fast.rounded == [1, 1, 1, 2, 3])
    #expect(fast.numericSum == 29)
  }

  @Test("RecentCells answers only for the key a slot holds")
  func recentCellsAreExact() {
    var cells = RecentCells()
    let slot = RecentCells.slot(subject: 3, periodCode: 2)
    #expect(cells.index(of: 42, at: slot) == nil)
    cells.remember(42, 7, at: slot)
    #expect(cells.index(of: 42, at: slot) == 7)
    // Subject 19 shares subject 3's slot: its key evicts, and neither is mistaken for the other.
    #expect(RecentCells.slot(subject: 19, periodCode: 2) == slot)
    cells.remember(43, 8, at: slot)
    #expect(cells.index(of: 42, at: slot) == nil)
    #expect(cells.index(of: 43, at: slot) == 8)
    #expect(RecentCells.slot(subject: 3, periodCode: 3) != slot)
  }
}
