import Foundation
import MonitoringKit
import TabularIO
import Warehouse

/// The compute stage: the warehouse's year → every indicator → `<output>/<year>/indicators.json`.
///
/// `indicators.json` holds aggregates only: no names, no ids, in either privacy mode.
public enum ComputeStage {
  /// What compute produced.
  public struct Result: Sendable {
    public var data: NormalizedData
    public var json: JSONValue
    public var path: String
    /// The surveys as scored for the indicators (the render stage reuses them).
    public var scoring: SurveyScoring
  }

  /// Why compute could not run.
  public enum Failure: Error, CustomStringConvertible {
    /// The warehouse holds no year to compute (run `normalize` first).
    case noYear(String)

    public var description: String {
      switch self {
      case .noYear(let year):
        "В хранилище нет данных за \(year.isEmpty ? "ни один год" : year): сначала выполните nastavnik normalize."
      }
    }
  }

  /// Loads the year (`--year`, the config, else the latest stored), computes and writes.
  @discardableResult
  public static func run(_ config: ResolvedConfig) throws -> Result {
    let data = try loadYear(config)
    return try write(
      data, config, previousRegistryOnEnd: try previousRegistryOnEnd(config, year: data.academicYear))
  }

  /// The year from the warehouse: `--year`, the config, else the latest stored.
  public static func loadYear(_ config: ResolvedConfig) throws -> NormalizedData {
    let warehouse = try Warehouse(path: warehousePath(config))
    let latest = try warehouse.years().last ?? ""
    let year = config.declaredYear?.description ?? latest
    guard let stored = try warehouse.load(year: year), let data = WarehouseMapping.normalizedData(stored)
    else {
      throw Failure.noYear(year)
    }
    return data
  }

  /// The previous stored year's registry count on its programme end, when the warehouse has one.
  public static func previousRegistryOnEnd(_ config: ResolvedConfig, year: AcademicYear) throws -> Int? {
    let warehouse = try Warehouse(path: warehousePath(config))
    guard let previous = try warehouse.previousYear(of: year.description),
      let rows = try warehouse.load(year: previous)
    else { return nil }
    return registryCount(rows.registries, on: rows.info.programmeEnd)
  }

  /// `<output>/warehouse.sqlite`.
  static func warehousePath(_ config: ResolvedConfig) -> String {
    (config.options.output as NSString).appendingPathComponent("warehouse.sqlite")
  }

  /// Computes the indicators of `data` and writes `indicators.json`.
  public static func write(_ data: NormalizedData, _ config: ResolvedConfig, previousRegistryOnEnd: Int?)
    throws
    -> Result
  {
    let scoring = SurveyScoring(data: data, instruments: config.instruments)
    let json = indicatorsJSON(data, config, previousRegistryOnEnd: previousRegistryOnEnd, scoring: scoring)
    let path = (NormalizeStage.yearFolder(config, year: data.academicYear) as NSString)
      .appendingPathComponent("indicators.json")
    try AtomicFile.write(json.serialized(), to: path)
    return Result(data: data, json: json, path: path, scoring: scoring)
  }

  /// The whole `indicators.json` object (`scoring` is computed when not given).
  public static func indicatorsJSON(
    _ data: NormalizedData, _ config: ResolvedConfig, previousRegistryOnEnd: Int?,
    scoring: SurveyScoring? = nil
  )
    -> JSONValue
  {
    let settings = indicatorSettings(
      config, year: data.academicYear, previousRegistryOnEnd: previousRegistryOnEnd)
    let indicators = Indicators.compute(
      data: data, instruments: config.instruments, settings: settings,
      responses: (scoring ?? SurveyScoring(data: data, instruments: config.instruments)).responses)
    let catalog = Catalog(language: config.options.language)
    var members: [(String, JSONValue)] = [
      ("academic_year", .string(data.academicYear.description)),
      ("school", .optional(config.config.school)),
      ("programme_start", .string(settings.programmeStart.iso)),
      ("programme_end", .string(settings.programmeEnd.iso)),
    ]
    if case .object(let blocks) = indicators.json() { members += blocks }
    members.append(("data_quality", DataQuality(data).json(catalog: catalog, includeNames: false)))
    return .object(members)
  }

  /// Indicator settings from the configuration.
  static func indicatorSettings(_ config: ResolvedConfig, year: AcademicYear, previousRegistryOnEnd: Int?)
    -> IndicatorSettings
  {
    let programme = NormalizeStage.programmeDates(config, year: year)
    let settings = config.config
    return IndicatorSettings(
      academicYear: year, programmeStart: programme.start, programmeEnd: programme.end,
      gradesBaseline: settings.grades?.baseline.flatMap { Period(parsing: $0) },
      gradesFinal: settings.grades?.final.flatMap { Period(parsing: $0) },
      gradesThreshold: settings.grades?.threshold ?? 0.1,
      clubsBaseline: settings.clubs?.baseline.flatMap(AcademicMonth.parse),
      clubsFinal: settings.clubs?.final.flatMap(AcademicMonth.parse),
      anxietyInstrument: settings.anxiety?.instrument ?? "phillips", anxietyScore: settings.anxiety?.score,
      menteeSatisfactionInstrument: settings.satisfaction?.mentees ?? "satisfaction-mentee",
      mentorSatisfactionInstrument: settings.satisfaction?.mentors ?? "satisfaction-mentor",
      previousYearRegistryOnEnd: previousRegistryOnEnd)
  }

  /// Persons on a registry on `date` (ISO): date_on ≤ date and (no date_off or date_off > date).
  static func registryCount(_ rows: [Warehouse.RegistryRow], on date: String) -> Int {
    Set(rows.filter { $0.dateOn <= date && ($0.dateOff.map { $0 > date } ?? true) }.map(\.personID)).count
  }
}
