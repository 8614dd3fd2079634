import Foundation

/// A linear value axis with «nice» ticks (steps of 1, 2 or 5 × 10ⁿ).
struct ChartScale: Sendable, Equatable {
  /// The lowest value on the axis.
  let lower: Double
  /// The highest value on the axis.
  let upper: Double
  /// The distance between ticks.
  let step: Double

  /// Builds a scale covering `low…high` (and zero) with about `target` intervals; when `fixedUpper`
  /// is given the axis ends exactly there.
  init(low: Double, high: Double, fixedUpper: Double? = nil, target: Int = 5) {
    var lo = min(0, low)
    var hi = max(0, fixedUpper ?? high)
    if hi - lo <= 0 { hi = lo + 1 }
    let raw = (hi - lo) / Double(max(1, target))
    let magnitude = pow(10, floor(log10(raw)))
    let residual = raw / magnitude
    let nice: Double = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10
    let step = nice * magnitude
    lo = floor(lo / step + 1e-9) * step
    if fixedUpper == nil { hi = ceil(hi / step - 1e-9) * step }
    self.lower = lo
    self.upper = hi
    self.step = step
  }

  /// The tick values from `lower` to `upper`.
  var ticks: [Double] {
    var out: [Double] = []
    var i = 0.0
    while lower + i * step <= upper + step * 1e-6 {
      out.append(lower + i * step)
      i += 1
    }
    return out
  }

  /// The number of decimals needed to print the ticks.
  var decimals: Int { max(0, Int(-floor(log10(step) + 1e-9))) }

  /// The tick label for `value`, in Russian format.
  func label(_ value: Double) -> String { RussianFormat.number(value, decimals: decimals) }

  /// The position of `value` as a fraction 0…1 of the axis length.
  func fraction(_ value: Double) -> Double {
    min(1, max(0, (value - lower) / (upper - lower)))
  }
}
