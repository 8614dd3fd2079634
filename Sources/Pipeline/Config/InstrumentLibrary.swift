import Foundation
import MonitoringKit
import Yams

/// Loads the instrument files of a folder (`pipelines/instruments/*.yml`).
public enum InstrumentLibrary {
  /// Every `*.yml`/`*.yaml` file of `folder`, in file-name order; a missing folder gives none.
  public static func load(folder: String) throws(PipelineConfig.LoadError) -> [Instrument] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      return []
    }
    var instruments: [Instrument] = []
    for name in names.sorted() where name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
      let path = (folder as NSString).appendingPathComponent(name)
      instruments.append(try load(path: path))
    }
    var seen: Set<String> = []
    for instrument in instruments where !seen.insert(instrument.id).inserted {
      throw .invalid(path: folder, reason: "два инструмента с одним id «\(instrument.id)»")
    }
    return instruments
  }

  /// One instrument file.
  public static func load(path: String) throws(PipelineConfig.LoadError) -> Instrument {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw .unreadable(path: path, reason: error.localizedDescription)
    }
    do {
      return try YAMLDecoder().decode(Instrument.self, from: text)
    } catch let error as DecodingError {
      throw .invalid(path: path, reason: PipelineConfig.describe(error))
    } catch {
      throw .invalid(path: path, reason: "\(error)")
    }
  }
}
