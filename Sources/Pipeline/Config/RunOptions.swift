import Foundation
import MonitoringKit

/// What the command line says about a run (every stage shares these).
public struct RunOptions: Sendable {
  public var input: String?
  public var pipeline: String
  public var output: String
  public var year: AcademicYear?
  public var language: Language
  /// The generation time: `--now`, else `SOURCE_DATE_EPOCH`, else the clock.
  public var now: Date

  public init(
    input: String? = nil, pipeline: String = "pipelines/year-end.yml", output: String = "reports",
    year: AcademicYear? = nil, language: Language = .ru, now: Date = Date()
  ) {
    self.input = input
    self.pipeline = pipeline
    self.output = output
    self.year = year
    self.language = language
    self.now = now
  }
}
