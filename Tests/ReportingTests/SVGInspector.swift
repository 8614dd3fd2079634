import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Parses an SVG string with `XMLParser` and records what the tests need to check.
final class SVGInspector: NSObject, XMLParserDelegate {
  /// The parser error, if the document is not well-formed.
  private(set) var error: Error?
  /// The name of the root element.
  private(set) var rootName: String?
  /// The attributes of the root element.
  private(set) var rootAttributes: [String: String] = [:]
  /// Every `id` attribute in document order.
  private(set) var ids: [String] = []
  /// Every `url(#…)` and `aria-labelledby` reference.
  private(set) var references: [String] = []
  /// Text content of each `<text>` element (including its `<title>` tooltip).
  private(set) var texts: [String] = []
  /// Text of `<title>` elements.
  private(set) var titles: [String] = []
  /// Text of `<desc>` elements.
  private(set) var descs: [String] = []
  /// Counts of elements by name.
  private(set) var elementCounts: [String: Int] = [:]

  private var stack: [String] = []
  private var buffer = ""

  /// Parses `svg`; returns the inspector with its findings.
  static func inspect(_ svg: String) -> SVGInspector {
    let inspector = SVGInspector()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = inspector
    if !parser.parse() { inspector.error = parser.parserError ?? NSError(domain: "svg", code: 1) }
    return inspector
  }

  /// Whether the document parsed without error.
  var isWellFormed: Bool { error == nil && rootName != nil }

  /// All visible and tooltip text joined with newlines.
  var allText: String { (texts + titles + descs).joined(separator: "\n") }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    if rootName == nil {
      rootName = elementName
      rootAttributes = attributeDict
    }
    elementCounts[elementName, default: 0] += 1
    if let id = attributeDict["id"] { ids.append(id) }
    for (key, value) in attributeDict.sorted(by: { $0.key < $1.key }) {
      if key == "aria-labelledby" { references += value.split(separator: " ").map(String.init) }
      if value.hasPrefix("url(#") { references.append(String(value.dropFirst(5).dropLast())) }
    }
    if elementName == "text" || elementName == "title" || elementName == "desc" { buffer = "" }
    stack.append(elementName)
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    buffer += string
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    stack.removeLast()
    switch elementName {
    case "title":
      titles.append(buffer)
      if stack.last == "text" { return }
      buffer = ""
    case "desc":
      descs.append(buffer)
      buffer = ""
    case "text":
      texts.append(buffer)
      buffer = ""
    default: break
    }
  }
}
