import Crypto
import Foundation
import TabularIO

/// The normalize stage: turns the files of the input folder into person-resolved data.
///
/// Every file is opened once: its first chunk decides encoding, delimiter and dataset (the
/// files are opened and recognised several at once), then it is parsed to the end while its
/// SHA-256 is computed from the same bytes. Roster files
/// (students, participants, pairs) are processed first so the others match against them. Every
/// data row ends up used or rejected with a reason.
public struct Normalizer: Sendable {
  public let settings: NormalizeSettings

  /// Creates the stage.
  public init(settings: NormalizeSettings) {
    self.settings = settings
  }

  /// A file opened and recognised, waiting for its turn.
  struct Prepared {
    var index: Int
    var input: InputFile
    var reader: TableReader
    var hasher: HashBox
    var mapping: HeaderMapping
    var dataset: DatasetKind?
    var matches: [InstrumentMatcher.Match]
    var fileSettings: FileSettings
    var sample: [[String]]
  }

  /// A SHA-256 fed by a reader's observer. The reader shows it each chunk on the reading
  /// thread, after the chunk's rows, while its parsing thread goes on with the next chunk: the
  /// bytes are hashed where they lie, on the core the row processing leaves idle.
  final class HashBox {
    private var hash = SHA256()

    func update(_ bytes: UnsafeRawBufferPointer) {
      hash.update(bufferPointer: bytes)
    }

    func finalizeHex() -> String {
      Hashing.hex(hash.finalize())
    }
  }

  /// Normalizes `inputs` (already listed and ordered by `InputDiscovery`).
  public func run(inputs: [InputFile]) -> NormalizedData {
    var run = NormalizeRun(settings: settings)
    let matcher = InstrumentMatchMemo(InstrumentMatcher(instruments: settings.instruments))
    let recognizer = DatasetRecognizer(
      isMark: { text in
        guard let clean = CellText.clean(text), case .success(let marks) = MarkParser.parse(clean) else {
          return false
        }
        return !marks.isEmpty
      },
      matchesInstrument: { headers, columns in !matcher.matches(headers: headers, columns: columns).isEmpty })
    var prepared: [Prepared] = []
    for (account, ready) in prepareAll(inputs, recognizer: recognizer, matcher: matcher) {
      run.data.files.append(account)
      if let ready { prepared.append(ready) }
    }
    prepared.sort { lhs, rhs in
      let left = lhs.dataset?.processingOrder ?? 99
      let right = rhs.dataset?.processingOrder ?? 99
      return left != right ? left < right : lhs.index < rhs.index
    }
    var rosterFrozen = false
    for file in prepared {
      if !rosterFrozen, !(file.dataset?.definesRoster ?? false) {
        run.directory.freezeRoster()
        rosterFrozen = true
      }
      process(file, run: &run)
      if file.dataset?.definesRoster ?? false { run.directory.endOfRosterFile() }
    }
    run.finish()
    return run.data
  }

  /// Opens, hashes and recognises every input, several at once on the available cores; the
  /// files' accounts and readers come back in the order of `inputs`, whatever the timing.
  func prepareAll(_ inputs: [InputFile], recognizer: DatasetRecognizer, matcher: InstrumentMatchMemo)
    -> [(account: FileAccount, prepared: Prepared?)]
  {
    let results = PreparedFiles(count: inputs.count)
    DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
      let input = inputs[index]
      var account = FileAccount(index: index, path: input.relativePath, sha256: "")
      let ready = prepare(input, index: index, account: &account, recognizer: recognizer, matcher: matcher)
      results.set(index, account: account, prepared: ready)
    }
    return results.all
  }

  /// Opens, hashes and recognises one file, noting what it learns in `account`; nil when the
  /// file is not to be parsed.
  func prepare(
    _ input: InputFile, index: Int, account: inout FileAccount, recognizer: DatasetRecognizer,
    matcher: InstrumentMatchMemo
  ) -> Prepared? {
    let fileSettings = settings.files[input.relativePath] ?? FileSettings()
    let path = input.relativePath
    guard input.kind == .table, !fileSettings.skip else {
      account.sha256 = Self.sha256(ofFile: input.absolutePath)
      let message: Message =
        fileSettings.skip
        ? .skippedByConfig
        : input.kind == .spreadsheet
          ? .spreadsheetNotCSV(extension: input.fileExtension) : .notATable(extension: input.fileExtension)
      account.findings.append(
        Finding(severity: input.kind == .other ? .note : .warning, file: path, message: message))
      return nil
    }
    var options = settings.readOptions
    options.encoding = fileSettings.encoding
    options.delimiter = fileSettings.delimiter
    let hasher = HashBox()
    let reader: TableReader
    do {
      reader = try TableReader(path: input.absolutePath, options: options) { bytes in hasher.update(bytes) }
    } catch {
      account.sha256 = Self.sha256(ofFile: input.absolutePath)
      account.findings.append(Finding.reading(error, file: path))
      return nil
    }
    account.encoding = reader.encoding
    account.delimiter = reader.dialect.delimiterString
    let sample = reader.peek(rows: 41)
    let mapping = HeaderMapping(
      headers: sample.first ?? [], aliases: settings.aliases, overrides: fileSettings.columns)
    var dataset = fileSettings.dataset
    if dataset == nil, !sample.isEmpty {
      switch recognizer.recognize(mapping, sample: Array(sample.dropFirst())) {
      case .recognized(let kind): dataset = kind
      case .unrecognized(let needs):
        account.findings.append(
          Finding(
            severity: .warning, file: path, message: .unrecognizedFile(columns: mapping.headers, needs: needs)
          ))
      }
    }
    let matches =
      dataset == .survey ? matcher.matches(headers: mapping.headers, columns: mapping.otherColumns) : []
    account.dataset = dataset
    account.columns = mapping.headers
    return Prepared(
      index: index, input: input, reader: reader, hasher: hasher, mapping: mapping, dataset: dataset,
      matches: matches,
      fileSettings: fileSettings, sample: Array(sample.dropFirst()))
  }

  /// Reads one recognised (or unrecognised) file through its dataset's normalizer.
  func process(_ file: Prepared, run: inout NormalizeRun) {
    var file = file
    if !(file.dataset?.definesRoster ?? true) {
      file.mapping = Self.withoutForeignIDs(file.mapping, sample: file.sample, directory: run.directory)
    }
    let index = file.index
    let path = file.input.relativePath
    var summary: TableReadSummary?
    do {
      switch file.dataset {
      case .students: summary = try run.students(file.reader, file.mapping, file: index)
      case .participants: summary = try run.participants(file.reader, file.mapping, file: index)
      case .pairs: summary = try run.pairs(file.reader, file.mapping, file: index)
      case .gradesLong:
        summary = try run.gradesLong(file.reader, file.mapping, file: index, fileSettings: file.fileSettings)
      case .gradesWide:
        summary = try run.gradesWide(
          file.reader, file.mapping, file: index, fileSettings: file.fileSettings,
          subjectColumns: Self.markColumns(file.mapping, sample: file.sample))
      case .survey:
        summary = try run.survey(
          file.reader, file.mapping, file: index, fileSettings: file.fileSettings, matches: file.matches)
      case .clubs: summary = try run.clubs(file.reader, file.mapping, file: index)
      case .registry: summary = try run.registry(file.reader, file.mapping, file: index)
      case .meetings: summary = try run.meetings(file.reader, file.mapping, file: index)
      case nil:
        var rows = 0
        let counted = try file.reader.read { row in if row.record > 1 { rows += 1 } }
        if rows > 0 {
          run.data.rejects.append(
            Reject(
              file: index, path: path, line: nil, reason: .unrecognizedFile, detail: "строк: \(rows)"))
        }
        run.data.files[index].rowsRejected += rows
        summary = counted
      }
      try file.reader.drainForObserver()
      // A long file's parser buffers are free now: hand their pages back before the next
      // files' rows are kept (W2's journal: ~10 MiB that would otherwise add to the peak).
      if (summary?.fileBytes ?? 0) > 8 << 20 { FreeMemory.release() }
    } catch {
      run.data.files[index].findings.append(
        Finding(severity: .error, file: path, message: .unreadable(reason: "\(error)")))
      summary = nil
    }
    if let summary {
      run.data.files[index].rowsRead = max(summary.records - 1, 0)
      run.data.files[index].blankRows = summary.blankRows
      if summary.records == 0, summary.parseError == nil {
        run.data.files[index].findings.append(Finding(severity: .warning, file: path, message: .emptyFile))
      } else if summary.records == 1, summary.parseError == nil {
        run.data.files[index].findings.append(Finding(severity: .warning, file: path, message: .headerOnly))
      }
      if summary.misshapenRows > 0 {
        run.data.files[index].findings.append(
          Finding(
            severity: .warning, file: path, location: SourceLocation(line: summary.misshapenLines.first),
            message: .fieldCountMismatch(
              expected: summary.headerFields, rows: summary.misshapenRows, firstLines: summary.misshapenLines)
          ))
      }
      if let error = summary.parseError {
        let finding = Finding.reading(error, file: path)
        run.data.files[index].findings.append(finding)
        run.data.rejects.append(
          Reject(
            file: index, path: path, line: finding.location?.line, reason: .parseError,
            detail: "дальше файл не читался"))
      }
    }
    run.data.files[index].sha256 = file.hasher.finalizeHex()
  }

  /// An «ID» column whose sampled values match no roster id is a form's response number, not a
  /// student id (Yandex Forms exports one): it is dropped so names are matched instead.
  static func withoutForeignIDs(_ mapping: HeaderMapping, sample: [[String]], directory: PersonDirectory)
    -> HeaderMapping
  {
    guard let column = mapping.columnOf[.studentID] else { return mapping }
    let known = Set(directory.persons.compactMap(\.studentID))
    let values = sample.compactMap { $0.indices.contains(column) ? CellText.clean($0[column]) : nil }
    guard !values.isEmpty, values.filter(known.contains).count * 2 < values.count else { return mapping }
    var mapping = mapping
    mapping.fields[column] = nil
    mapping.columnOf[.studentID] = nil
    return mapping
  }

  /// The other columns of a wide grade sheet whose sampled values are mostly marks: the subjects.
  static func markColumns(_ mapping: HeaderMapping, sample: [[String]]) -> [Int] {
    mapping.otherColumns.filter { column in
      let values = sample.compactMap { $0.indices.contains(column) ? CellText.clean($0[column]) : nil }
      let marks = values.filter { value in
        if case .success(let parsed) = MarkParser.parse(value) { return !parsed.isEmpty }
        return false
      }
      return values.isEmpty || marks.count * 4 >= values.count * 3
    }
  }

  /// SHA-256 of a whole file, hex; empty when unreadable.
  static func sha256(ofFile path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path) else { return "" }
    return Hashing.hex(SHA256.hash(data: data))
  }
}
