import Foundation
import TabularIO

/// `tabular-bench generate DIR MB` writes the benchmark exports; `tabular-bench read FILE` reads
/// one with TabularIO, touching every row as byte views, and prints the field count;
/// `read-one-stream FILE` does the same with one libcsv stream (no segments).
let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
  FileHandle.standardError.write(
    Data("usage: tabular-bench generate DIR MB | read FILE | read-one-stream FILE\n".utf8))
  exit(2)
}

switch arguments[1] {
case "generate":
  try ExportGenerator.write(
    folder: arguments[2], megabytes: arguments.count > 3 ? Int(arguments[3]) ?? 200 : 200)
case "read", "read-one-stream":
  let reader = try TableReader(
    path: arguments[2], options: TableReadOptions(parsesInSegments: arguments[1] == "read"))
  var fields = 0
  var bytes = 0
  let summary = try reader.read { row in
    fields += row.count
    for index in 0..<row.count { bytes &+= row[index].count }
  }
  if let error = summary.parseError { print("parse error: \(error)") }
  print("\(fields) fields \(summary.records) rows \(bytes) bytes \(summary.encoding.rawValue)")
default:
  FileHandle.standardError.write(Data("unknown mode \(arguments[1])\n".utf8))
  exit(2)
}
