import ArgumentParser
import Foundation
import MonitoringKit
import Pipeline

/// `nastavnik compute`: the warehouse's year → `<output>/<year>/indicators.json`.
struct Compute: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Этап 3: рассчитать показатели по данным из reports/warehouse.sqlite → indicators.json."
  )

  @OptionGroup var common: CommonOptions

  func run() throws {
    let config = try common.resolvedConfig()
    let result: ComputeStage.Result
    do {
      result = try runStage(common.language) { try ComputeStage.run(config) }
    } catch let failure as ComputeStage.Failure {
      FileHandle.standardError.write(Data((failure.description + "\n").utf8))
      throw ExitCode(ExitStatus.data)
    }
    print(
      common.language == .ru
        ? "Показатели за \(result.data.academicYear) → \(result.path)"
        : "Indicators for \(result.data.academicYear) → \(result.path)")
  }
}
