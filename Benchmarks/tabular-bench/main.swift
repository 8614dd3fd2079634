import TabularIO
let path = CommandLine.arguments[1]
let reader = try TableReader(path: path)
let summary = try reader.read { row in
  print(row.record, row.line, row.count, row.strings())
}
print(summary)
