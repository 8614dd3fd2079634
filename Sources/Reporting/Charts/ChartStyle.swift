import Foundation

/// Shared sizes, fonts and the colour-blind-safe palette of all charts.
///
/// Every chart is drawn in a 640-unit-wide viewBox and scaled to the container width, so one
/// unit is about one CSS pixel on an A4 page and about 0.56 px on a 360 px phone. Font sizes are
/// therefore larger than usual (16–18 units), which keeps the smallest text near 9 px on a phone;
/// the HTML page should cap a figure at about 640–720 px so desktop text stays near 16–18 px.
enum ChartStyle {
  /// The viewBox width of every chart.
  static let width: Double = 640
  /// The outer padding around the drawing.
  static let padding: Double = 8
  /// The font stack, set once on the root element.
  static let fontFamily =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif"

  /// Category and item labels.
  static let labelSize: Double = 18
  /// Values printed on or next to marks.
  static let valueSize: Double = 17
  /// Tick labels, legend text and axis titles.
  static let smallSize: Double = 16
  /// Line height factor for wrapped text.
  static let lineHeight: Double = 1.2

  /// Text colour.
  static let ink = "#1a1a1a"
  /// Secondary text (axis titles, notes).
  static let mutedInk = "#555555"
  /// Axis lines.
  static let axis = "#333333"
  /// Grid lines.
  static let grid = "#d9d9d9"
  /// Chart background (white so the SVG is readable on dark GitHub themes too).
  static let background = "#ffffff"

  /// The Okabe–Ito palette.
  enum OkabeIto {
    static let orange = "#E69F00"
    static let skyBlue = "#56B4E9"
    static let bluishGreen = "#009E73"
    static let yellow = "#F0E442"
    static let blue = "#0072B2"
    static let vermillion = "#D55E00"
    static let reddishPurple = "#CC79A7"
    static let grey = "#999999"
  }

  /// Fills for the series of grouped bars: solid, hatched, dotted, cross-hatched, …
  static let seriesFills: [ChartFill] = [
    .solid(OkabeIto.blue),
    .hatch(OkabeIto.orange, ink: "#000000", angle: 45),
    .dots(OkabeIto.bluishGreen, ink: "#ffffff"),
    .crossHatch(OkabeIto.reddishPurple, ink: "#000000"),
    .hatch(OkabeIto.skyBlue, ink: "#000000", angle: -45),
    .dots(OkabeIto.yellow, ink: "#000000"),
  ]

  /// Fills for stacked segments ordered good → bad: light solid, mid hatched, dark cross-hatched.
  static let orderedFills: [ChartFill] = [
    .solid(OkabeIto.skyBlue),
    .hatch(OkabeIto.yellow, ink: "#000000", angle: 45),
    .crossHatch(OkabeIto.vermillion, ink: "#ffffff"),
    .dots(OkabeIto.reddishPurple, ink: "#000000"),
    .hatch(OkabeIto.blue, ink: "#ffffff", angle: -45),
    .solid(OkabeIto.grey),
  ]

  /// A diverging 10-step scale (ColorBrewer PuOr, colour-blind safe): 1 = low (dark orange)
  /// … 10 = high (dark purple).
  static let divergingTen: [String] = [
    "#7f3b08", "#b35806", "#e08214", "#fdb863", "#fee0b6",
    "#d8daeb", "#b2abd2", "#8073ac", "#542788", "#2d004b",
  ]

  /// Black or white text, whichever reads better on `hex`.
  static func textColor(on hex: String) -> String {
    relativeLuminance(hex) > 0.3 ? "#000000" : "#ffffff"
  }

  /// The WCAG relative luminance of a `#rrggbb` colour (0 for malformed input).
  static func relativeLuminance(_ hex: String) -> Double {
    let digits = Array(hex.dropFirst())
    guard hex.hasPrefix("#"), digits.count == 6 else { return 0 }
    func channel(_ i: Int) -> Double {
      let c = Double(Int(String(digits[i..<(i + 2)]), radix: 16) ?? 0) / 255
      return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
  }
}
