import Foundation
import MonitoringKit
import Yams

extension PipelineConfig {
  /// Why a configuration file could not be used (a usage/configuration error: exit status 2).
  public enum LoadError: Error, Equatable, CustomStringConvertible {
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The YAML is malformed or has a value of the wrong kind.
    case invalid(path: String, reason: String)

    public var description: String {
      switch self {
      case .unreadable(let path, let reason): "Не удалось прочитать настройки \(path): \(reason)"
      case .invalid(let path, let reason): "Ошибка в настройках \(path): \(reason)"
      }
    }
  }

  /// Loads `path`; a missing file gives the defaults, an empty one too.
  public static func load(path: String) throws(LoadError) -> PipelineConfig {
    guard FileManager.default.fileExists(atPath: path) else { return PipelineConfig() }
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw .unreadable(path: path, reason: error.localizedDescription)
    }
    return try parse(text, path: path)
  }

  /// Parses YAML text (`path` is only for messages).
  public static func parse(_ text: String, path: String = "year-end.yml") throws(LoadError) -> PipelineConfig
  {
    if text.split(whereSeparator: \.isNewline).allSatisfy({ line in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      return trimmed.isEmpty || trimmed.hasPrefix("#")
    }) {
      return PipelineConfig()
    }
    do {
      return try YAMLDecoder().decode(PipelineConfig.self, from: text)
    } catch let error as DecodingError {
      throw .invalid(path: path, reason: describe(error))
    } catch {
      throw .invalid(path: path, reason: "\(error)")
    }
  }

  /// A curator-readable account of a decoding error: the key path and what was wrong.
  static func describe(_ error: DecodingError) -> String {
    func path(_ codingPath: [any CodingKey]) -> String {
      codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
    switch error {
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return "ключ «\(path(context.codingPath))»: значение не того вида (\(context.debugDescription))"
    case .keyNotFound(let key, let context):
      return "не хватает ключа «\(path(context.codingPath + [key]))»"
    case .dataCorrupted(let context):
      return "ключ «\(path(context.codingPath))»: \(context.debugDescription)"
    @unknown default:
      return "\(error)"
    }
  }
}
