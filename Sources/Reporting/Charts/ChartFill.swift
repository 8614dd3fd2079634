/// How a mark is filled: a plain colour or a colour with a texture drawn in `ink`.
enum ChartFill: Sendable, Equatable, Hashable {
  /// A plain colour.
  case solid(String)
  /// Parallel lines at `angle` degrees.
  case hatch(String, ink: String, angle: Double)
  /// Two crossing sets of lines.
  case crossHatch(String, ink: String)
  /// A regular grid of dots.
  case dots(String, ink: String)

  /// The base colour.
  var color: String {
    switch self {
    case .solid(let c), .hatch(let c, _, _), .crossHatch(let c, _), .dots(let c, _): return c
    }
  }

  /// The `<pattern>` element for a textured fill with the given id, or nil for a plain colour.
  func patternDefinition(id: String) -> String? {
    switch self {
    case .solid:
      return nil
    case .hatch(let color, let ink, let angle):
      return "<pattern id=\"\(id)\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\""
        + " patternTransform=\"rotate(\(SVGCanvas.format(angle)))\">"
        + "<rect width=\"8\" height=\"8\" fill=\"\(color)\"/>"
        + "<line x1=\"4\" y1=\"0\" x2=\"4\" y2=\"8\" stroke=\"\(ink)\" stroke-opacity=\"0.45\" stroke-width=\"2.5\"/>"
        + "</pattern>"
    case .crossHatch(let color, let ink):
      return "<pattern id=\"\(id)\" patternUnits=\"userSpaceOnUse\" width=\"9\" height=\"9\""
        + " patternTransform=\"rotate(45)\">"
        + "<rect width=\"9\" height=\"9\" fill=\"\(color)\"/>"
        + "<path d=\"M4.5 0V9M0 4.5H9\" stroke=\"\(ink)\" stroke-opacity=\"0.45\" stroke-width=\"1.8\"/>"
        + "</pattern>"
    case .dots(let color, let ink):
      return "<pattern id=\"\(id)\" patternUnits=\"userSpaceOnUse\" width=\"7\" height=\"7\">"
        + "<rect width=\"7\" height=\"7\" fill=\"\(color)\"/>"
        + "<circle cx=\"3.5\" cy=\"3.5\" r=\"1.6\" fill=\"\(ink)\" fill-opacity=\"0.6\"/>"
        + "</pattern>"
    }
  }
}
