import ArgumentParser
import Foundation
import MonitoringKit
import Pipeline

/// Options every stage shares.
struct CommonOptions: ParsableArguments {
  @Option(name: .long, help: "Папка с выгрузками (по умолчанию из настроек, иначе surveys).")
  var input: String?

  @Option(name: .long, help: "Файл настроек.")
  var pipeline = "pipelines/year-end.yml"

  @Option(name: .long, help: "Папка для результатов.")
  var output = "reports"

  @Option(
    name: .long, help: "Учебный год, например 2025/2026 (по умолчанию из настроек или из дат в данных).")
  var year: String?

  @Option(name: .long, help: "Язык сообщений: ru или en.")
  var lang: String = "ru"

  var language: Language { Language(rawValue: lang) ?? .ru }

  func validate() throws {
    guard Language(rawValue: lang) != nil else {
      throw ValidationError("--lang: ожидается ru или en, получено «\(lang)».")
    }
    if let now, RunOptions.parseISO(now) == nil {
      throw ValidationError("--now: ожидается дата ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTчч:мм:сс, получено «\(now)».")
    }
    if let year, AcademicYear(year) == nil {
      throw ValidationError("--year: ожидается учебный год вида 2025/2026, получено «\(year)».")
    }
  }

  @Option(
    name: .long,
    help:
      "Дата отчёта ГГГГ-ММ-ДД[Tчч:мм:сс] (иначе SOURCE_DATE_EPOCH, иначе сегодня): те же входы — те же байты."
  )
  var now: String?

  /// The run options; the time is `--now`, else `SOURCE_DATE_EPOCH`, else the clock.
  func runOptions() throws -> RunOptions {
    let pinned = try RunOptions.pinnedTime(now: now, environment: ProcessInfo.processInfo.environment)
    return RunOptions(
      input: input, pipeline: pipeline, output: output, year: year.flatMap(AcademicYear.init),
      language: language, now: pinned ?? Date(), timePinned: pinned != nil)
  }

  /// Loads the configuration; its problems are usage errors (exit status 2).
  func resolvedConfig() throws -> ResolvedConfig {
    do {
      return try ResolvedConfig.load(runOptions())
    } catch let error as PipelineConfig.LoadError {
      throw UsageFailure(message: error.description)
    }
  }
}

/// A usage or configuration problem: printed to stderr, exit status 2.
struct UsageFailure: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

/// Runs a stage body, turning configuration and folder problems into usage failures.
func runStage<T>(_ language: Language, _ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as PipelineConfig.LoadError {
    throw UsageFailure(message: error.description)
  } catch let error as InputDiscovery.Failure {
    switch error {
    case .notAFolder(let folder):
      throw UsageFailure(message: "\(Catalog(language: language).phrase(.folderNotFound)): \(folder)")
    }
  }
}
