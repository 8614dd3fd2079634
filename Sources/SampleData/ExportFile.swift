import Foundation
import TabularIO

/// One export file being written in the dialect of the tool that would have made it.
struct ExportFile {
  /// The dialects real school exports come in.
  enum Style {
    /// Russian Excel «CSV (разделители — точки с запятой)»: Windows-1251, `;`, CRLF.
    case excel
    /// Excel «CSV UTF-8»: BOM, `;`, CRLF.
    case excelUTF8
    /// Google Forms / Sheets download: UTF-8, `,`, CRLF, quotes where needed.
    case googleForms
    /// Yandex Forms: UTF-8 with BOM, `,`, every cell quoted, LF.
    case yandexForms
    /// Excel «Текст Юникод»: UTF-16LE with BOM, TAB, CRLF.
    case excelUnicodeText
    /// An old journal system: KOI8-R, `;`, LF.
    case koi8
    /// A hand-made list: UTF-8, `|`, LF.
    case pipes
  }

  let name: String
  let style: Style
  private var writer: CSVWriter

  init(_ name: String, style: Style) {
    self.name = name
    self.style = style
    switch style {
    case .excel, .excelUTF8:
      writer = CSVWriter(byteOrderMark: false, guardsFormulas: false)
    case .googleForms:
      writer = CSVWriter(delimiter: UInt8(ascii: ","), byteOrderMark: false, guardsFormulas: false)
    case .yandexForms:
      writer = CSVWriter(
        delimiter: UInt8(ascii: ","), byteOrderMark: false, guardsFormulas: false, lineEnding: "\n",
        quotesAll: true)
    case .excelUnicodeText:
      writer = CSVWriter(delimiter: 0x09, byteOrderMark: false, guardsFormulas: false)
    case .koi8:
      writer = CSVWriter(byteOrderMark: false, guardsFormulas: false, lineEnding: "\n")
    case .pipes:
      writer = CSVWriter(
        delimiter: UInt8(ascii: "|"), byteOrderMark: false, guardsFormulas: false, lineEnding: "\n")
    }
  }

  var encoding: TextEncoding {
    switch style {
    case .excel: .windows1251
    case .excelUTF8, .googleForms, .yandexForms, .pipes: .utf8
    case .excelUnicodeText: .utf16le
    case .koi8: .koi8r
    }
  }

  var hasByteOrderMark: Bool {
    switch style {
    case .excelUTF8, .yandexForms, .excelUnicodeText: true
    default: false
    }
  }

  mutating func row(_ cells: [String]) {
    // KOI8-R has no «№»: old systems write «N».
    writer.writeRow(style == .koi8 ? cells.map { $0.replacingOccurrences(of: "№", with: "N") } : cells)
  }

  /// The UTF-8 written so far converted to the file's encoding, and emptied.
  mutating func takeEncoded() -> [UInt8] {
    let utf8 = writer.takeBytes()
    return encoding == .utf8 ? utf8 : encoding.encode(String(decoding: utf8, as: UTF8.self))
  }

  /// The whole file's bytes.
  mutating func bytes() -> [UInt8] {
    (hasByteOrderMark ? encoding.byteOrderMark : []) + takeEncoded()
  }
}
