import ArgumentParser
import Foundation

/// The `nastavnik` command: turns a school's mentoring-programme exports into a monitoring report.
@main
struct Nastavnik: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "nastavnik",
    abstract: "Мониторинг программы наставничества «Ученик – ученик»: от выгрузок к отчёту.",
    subcommands: [
      Run.self, Check.self, Ingest.self, Normalize.self, Compute.self, Render.self, SampleDataCommand.self,
    ]
  )

  /// Runs the command and maps failures to the exit codes of the specification:
  /// 0 success, 1 the data could not be processed, 2 usage or configuration error.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let exit as ExitCode {
      Foundation.exit(exit.rawValue)
    } catch let failure as UsageFailure {
      FileHandle.standardError.write(Data((failure.message + "\n").utf8))
      Foundation.exit(ExitStatus.usage)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        print(fullMessage(for: error))
        Foundation.exit(0)
      }
      FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
      Foundation.exit(ExitStatus.usage)
    }
  }
}

/// The exit statuses of the specification.
enum ExitStatus {
  static let success: Int32 = 0
  static let data: Int32 = 1
  static let usage: Int32 = 2
}
