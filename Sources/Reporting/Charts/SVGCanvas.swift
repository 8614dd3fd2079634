import Foundation

/// Collects SVG elements of one chart and serialises them deterministically.
///
/// Coordinates are rounded to one decimal and printed without trailing zeros, ids are derived
/// from the sanitised `idPrefix` and the order of registration, so the same input always gives
/// the same bytes.
struct SVGCanvas: Sendable, Equatable {
  /// Horizontal text alignment.
  enum Anchor: String, Sendable {
    case start, middle, end
  }

  /// The sanitised id prefix (letters, digits, `-`, `_`; starts with a letter).
  let prefix: String
  /// The viewBox width.
  let width: Double
  private var definitions: [String] = []
  private var patternIds: [ChartFill: String] = [:]
  private var elements: [String] = []

  /// Creates an empty canvas.
  init(idPrefix: String, width: Double = ChartStyle.width) {
    self.prefix = SVGCanvas.sanitize(idPrefix)
    self.width = width
  }

  /// Makes `raw` usable as an XML id and inside `aria-labelledby` (no spaces or markup).
  static func sanitize(_ raw: String) -> String {
    var out = ""
    for scalar in raw.unicodeScalars {
      let ok =
        scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_")
      out.unicodeScalars.append(ok ? scalar : "-")
    }
    if out.isEmpty { return "chart" }
    if let first = out.unicodeScalars.first, !CharacterSet.letters.contains(first) { out = "c" + out }
    return out
  }

  /// Prints a coordinate with at most one decimal and no «-0».
  static func format(_ v: Double) -> String {
    guard v.isFinite else { return "0" }
    var r = (v * 10).rounded() / 10
    if r == 0 { r = 0 }
    if r == r.rounded(), abs(r) < 1e15 { return String(Int(r)) }
    return "\(r)"
  }

  /// Returns the `fill` attribute value for `fill`, registering a pattern when needed.
  mutating func paint(_ fill: ChartFill) -> String {
    if let id = patternIds[fill] { return "url(#\(id))" }
    let id = "\(prefix)-pattern\(patternIds.count + 1)"
    guard let definition = fill.patternDefinition(id: id) else { return fill.color }
    patternIds[fill] = id
    definitions.append(definition)
    return "url(#\(id))"
  }

  /// Appends a raw, already escaped element.
  mutating func raw(_ element: String) {
    elements.append(element)
  }

  /// Appends a rectangle.
  mutating func rect(
    x: Double, y: Double, width: Double, height: Double, fill: String,
    stroke: String? = nil, strokeWidth: Double = 1, tooltip: String? = nil
  ) {
    var s =
      "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(max(0, width)))\" height=\"\(f(max(0, height)))\" fill=\"\(fill)\""
    if let stroke { s += " stroke=\"\(stroke)\" stroke-width=\"\(f(strokeWidth))\"" }
    if let tooltip {
      s += "><title>\(Escaping.xml(tooltip))</title></rect>"
    } else {
      s += "/>"
    }
    elements.append(s)
  }

  /// Appends a straight line.
  mutating func line(
    x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
    width: Double = 1, dash: String? = nil
  ) {
    var s =
      "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(f(width))\""
    if let dash { s += " stroke-dasharray=\"\(dash)\"" }
    elements.append(s + "/>")
  }

  /// Appends a circle.
  mutating func circle(cx: Double, cy: Double, r: Double, fill: String, stroke: String? = nil) {
    var s = "<circle cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"\(f(r))\" fill=\"\(fill)\""
    if let stroke { s += " stroke=\"\(stroke)\" stroke-width=\"2\"" }
    elements.append(s + "/>")
  }

  /// Appends one line of text; `halo` draws a white outline under the glyphs so the text stays
  /// readable on textured fills; `tooltip` adds a `<title>` child (e.g. the untruncated text).
  mutating func text(
    _ content: String, x: Double, y: Double, size: Double = ChartStyle.smallSize,
    anchor: Anchor = .start, bold: Bool = false, fill: String = ChartStyle.ink,
    halo: Bool = false, rotate: Double? = nil, tooltip: String? = nil
  ) {
    var s = "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(f(size))\""
    if anchor != .start { s += " text-anchor=\"\(anchor.rawValue)\"" }
    if bold { s += " font-weight=\"bold\"" }
    if fill != ChartStyle.ink { s += " fill=\"\(fill)\"" }
    if halo {
      s += " stroke=\"#ffffff\" stroke-width=\"3.5\" stroke-linejoin=\"round\" paint-order=\"stroke\""
    }
    if let rotate { s += " transform=\"rotate(\(f(rotate)) \(f(x)) \(f(y)))\"" }
    s += ">"
    if let tooltip { s += "<title>\(Escaping.xml(tooltip))</title>" }
    s += Escaping.xml(content) + "</text>"
    elements.append(s)
  }

  /// Appends wrapped lines starting with the baseline of the first line at `y`; returns the
  /// height used.
  @discardableResult
  mutating func lines(
    _ lines: [String], x: Double, y: Double, size: Double, anchor: Anchor = .start,
    bold: Bool = false, fill: String = ChartStyle.ink, tooltip: String? = nil
  ) -> Double {
    let step = size * ChartStyle.lineHeight
    for (i, line) in lines.enumerated() {
      text(
        line, x: x, y: y + Double(i) * step, size: size, anchor: anchor, bold: bold, fill: fill,
        tooltip: i == 0 ? tooltip : nil)
    }
    return Double(lines.count) * step
  }

  /// Serialises the whole document with its accessible title and description.
  func render(height: Double, title: String, description: String) -> String {
    let h = f(height.rounded(.up))
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(h)\" width=\"100%\""
    out += " role=\"img\" aria-labelledby=\"\(prefix)-title \(prefix)-desc\""
    out += " font-family=\"\(ChartStyle.fontFamily)\" fill=\"\(ChartStyle.ink)\">\n"
    out += "<title id=\"\(prefix)-title\">\(Escaping.xml(title))</title>\n"
    out += "<desc id=\"\(prefix)-desc\">\(Escaping.xml(description))</desc>\n"
    if !definitions.isEmpty {
      out += "<defs>\n" + definitions.joined(separator: "\n") + "\n</defs>\n"
    }
    out += "<rect width=\"\(f(width))\" height=\"\(h)\" fill=\"\(ChartStyle.background)\"/>\n"
    for element in elements { out += element + "\n" }
    out += "</svg>\n"
    return out
  }

  /// Renders the placeholder shown for a chart without data: «Нет данных».
  static func empty(idPrefix: String, title: String, description: String) -> String {
    var canvas = SVGCanvas(idPrefix: idPrefix)
    canvas.text(
      "Нет данных", x: canvas.width / 2, y: 48, size: ChartStyle.labelSize, anchor: .middle,
      fill: ChartStyle.mutedInk)
    return canvas.render(height: 80, title: title, description: description)
  }

  private func f(_ v: Double) -> String { SVGCanvas.format(v) }
}
