import Testing

@testable import Warehouse

@Suite("Years")
struct YearsTests {
  @Test("years are sorted and previousYear finds the latest earlier one")
  func yearsAndPrevious() throws {
    let warehouse = try Warehouse(inMemory: nil)
    #expect(try warehouse.years().isEmpty)
    #expect(try warehouse.previousYear(of: "2025/2026") == nil)

    for year in ["2025/2026", "2022/2023", "2024/2025"] {
      try warehouse.replaceYear(.init(info: SampleData.info(year)))
    }
    #expect(try warehouse.years() == ["2022/2023", "2024/2025", "2025/2026"])
    #expect(try warehouse.previousYear(of: "2025/2026") == "2024/2025")
    #expect(try warehouse.previousYear(of: "2024/2025") == "2022/2023")
    #expect(try warehouse.previousYear(of: "2023/2024") == "2022/2023")
    #expect(try warehouse.previousYear(of: "2022/2023") == nil)
    #expect(try warehouse.previousYear(of: "2030/2031") == "2025/2026")
  }

  @Test("academic year validation")
  func validation() {
    #expect(Warehouse.isValidAcademicYear("2025/2026"))
    #expect(Warehouse.isValidAcademicYear("1999/2000"))
    #expect(!Warehouse.isValidAcademicYear("2025/2025"))
    #expect(!Warehouse.isValidAcademicYear("2025/2026/2027"))
    #expect(!Warehouse.isValidAcademicYear("+025/2026"))
    #expect(!Warehouse.isValidAcademicYear("2025/"))
  }
}
