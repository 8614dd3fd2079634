import ArgumentParser
import MonitoringKit

/// Options every stage shares.
struct CommonOptions: ParsableArguments {
  @Option(name: .long, help: "Папка с выгрузками.")
  var input = "surveys"

  @Option(name: .long, help: "Язык сообщений: ru или en.")
  var lang: String = "ru"

  var language: Language { Language(rawValue: lang) ?? .ru }

  func validate() throws {
    guard Language(rawValue: lang) != nil else {
      throw ValidationError("--lang: ожидается ru или en, получено «\(lang)».")
    }
  }
}

/// A usage or configuration problem: printed to stderr, exit status 2.
struct UsageFailure: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
