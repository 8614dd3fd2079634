/// The look of the HTML report: the built-in CSS plus the school's own, appended after it.
///
/// A school restyles the report without recompiling by putting CSS in `pipelines/report.css`
/// (the pipeline passes it as `extraCSS`); later rules win.
public struct ReportStyle: Sendable, Equatable {
  /// The whole stylesheet.
  public var css: String

  /// The built-in look.
  public static let standard = ReportStyle(extraCSS: "")

  /// The built-in CSS followed by `extraCSS`.
  public init(extraCSS: String) {
    css = extraCSS.isEmpty ? Self.baseCSS : Self.baseCSS + "\n/* school style */\n" + extraCSS
  }

  static let baseCSS = """
    :root { --ink: #1b1f23; --muted: #5b6470; --line: #d5d9de; --paper: #ffffff; --soft: #f4f6f8;
      --better: #0072b2; --worse: #d55e00; --same: #6b7280; --accent: #0072b2; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; color: var(--ink); background: var(--paper);
      font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
    main { max-width: 60rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
    h1 { font-size: 1.6rem; line-height: 1.25; margin: 1rem 0 .5rem; }
    h2 { font-size: 1.3rem; margin: 2.2rem 0 .8rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }
    h3 { font-size: 1.05rem; margin: 1.4rem 0 .5rem; }
    .subtitle { margin: .1rem 0; color: var(--muted); }
    .edition { margin: .8rem 0; padding: .5rem .8rem; background: var(--soft); border-left: 4px solid var(--accent); }
    .edition-internal { border-left-color: var(--worse); }
    nav ol { columns: 2; margin: 0; padding-left: 1.6rem; }
    a { color: var(--accent); }
    .empty { color: var(--muted); font-style: italic; }
    .note { padding: .6rem .8rem; background: #fff7e6; border-left: 4px solid #e69f00; }
    .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .8rem; }
    .tile { border: 1px solid var(--line); border-top: 6px solid var(--same); border-radius: 6px; padding: .7rem .9rem;
      background: var(--paper); }
    .tile h3 { margin: 0; font-size: 1.05rem; }
    .tile .measure { margin: .1rem 0 .4rem; color: var(--muted); font-size: .9rem; }
    .tile .values { margin: 0; font-size: 1.35rem; }
    .tile .before { color: var(--muted); }
    .tile .trend { margin: .2rem 0; font-weight: 600; }
    .tile .n { margin: 0; color: var(--muted); font-size: .9rem; }
    .tile .verdict { margin: .5rem 0 0; font-size: .93rem; }
    .trend-better { border-top-color: var(--better); } .trend-better .trend { color: var(--better); }
    .trend-worse { border-top-color: var(--worse); } .trend-worse .trend { color: var(--worse); }
    .table-wrap { overflow-x: auto; margin: .8rem 0; }
    table { border-collapse: collapse; min-width: 50%; font-size: .95rem; }
    caption { text-align: left; font-weight: 600; padding: .3rem 0; }
    th, td { padding: .3rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    thead th { text-align: left; background: var(--soft); }
    tbody th { text-align: left; font-weight: normal; }
    td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    td.muted { color: var(--muted); }
    figure.chart { margin: 1.2rem 0; max-width: 44rem; }
    figure.chart figcaption { font-weight: 600; margin-bottom: .3rem; }
    figure.chart svg { display: block; width: 100%; height: auto; }
    details.chart-numbers summary { cursor: pointer; color: var(--accent); font-size: .9rem; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: .8rem; }
    .card { border: 1px solid var(--line); border-radius: 6px; padding: .2rem .9rem .4rem; }
    .card .table-wrap { overflow: visible; }
    .card table { width: 100%; min-width: 0; font-size: .85rem; }
    .card th, .card td { padding: .25rem .3rem; }
    .card caption { position: absolute; left: -9999px; }
    @media (max-width: 30rem) { body { font-size: 15px; } nav ol { columns: 1; } h1 { font-size: 1.35rem; } }
    @media print {
      @page { size: A4 portrait; margin: 16mm 13mm 14mm; }
      body { font-size: 10pt; }
      .table-wrap { overflow: visible; }
      table { min-width: 0; max-width: 100%; font-size: 9pt; }
      th, td { padding: .2rem .35rem; }
      td.num { white-space: normal; }
      .card table { font-size: 8pt; }
      main { max-width: none; padding: 0; }
      @page { @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #5b6470; } }
      h2, h3, caption, figcaption { break-after: avoid; page-break-after: avoid; }
      figure, table, .tile, .card, .note, tr { break-inside: avoid; page-break-inside: avoid; }
      details.chart-numbers > summary { display: none; }
      details.chart-numbers:not([open]) > :not(summary) { display: none; }
      a { color: inherit; text-decoration: none; }
      .tiles, .cards { display: flex; flex-wrap: wrap; gap: 0 2%; }
      .tile, .card { display: inline-block; width: 49%; margin: 0 0 .6rem; vertical-align: top; }
      nav ol { columns: 2; }
    }
    """
}
