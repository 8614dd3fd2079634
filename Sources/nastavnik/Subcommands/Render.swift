import ArgumentParser
import Foundation
import MonitoringKit
import Pipeline

/// `nastavnik render`: `indicators.json` + the warehouse → `report.html`, `report.md`, `charts/`.
struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Этап 4: отчёт по indicators.json и хранилищу → reports/<год>/report.html, report.md и charts/."
  )

  @OptionGroup var common: CommonOptions

  @Flag(
    name: .long,
    help: "Также открытый отчёт для сайта в reports/<год>/public/: без имён, малые числа скрыты.")
  var `public` = false

  func run() throws {
    let config = try common.resolvedConfig()
    let result: RenderStage.Result
    do {
      result = try runStage(common.language) { try RenderStage.run(config, publicReport: `public`) }
    } catch let failure as ComputeStage.Failure {
      FileHandle.standardError.write(Data((failure.description + "\n").utf8))
      throw ExitCode(ExitStatus.data)
    } catch let failure as RenderStage.Failure {
      FileHandle.standardError.write(Data((failure.description + "\n").utf8))
      throw ExitCode(ExitStatus.data)
    }
    print(common.language == .ru ? "Отчёт → \(result.reportPath)" : "Report → \(result.reportPath)")
    if let path = result.publicReportPath {
      print(common.language == .ru ? "Открытый отчёт → \(path)" : "Public report → \(path)")
    }
  }
}
