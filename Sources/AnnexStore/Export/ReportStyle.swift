/// The CSS every printable report shares: readable on screen, A4 on paper, colours kept when
/// printed, headings kept with what follows them. Each report adds its own rules after it.
enum ReportStyle {
    static let base = """
        * { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #fff; max-width: 64rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.8rem; margin: 0; }
        h2 { font-size: 1.3rem; border-bottom: 2px solid #333; padding-bottom: .15rem; margin: 2rem 0 .75rem; }
        h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
        h4 { font-size: .95rem; margin: .75rem 0 .25rem; }
        .org { font-size: 1.2rem; margin: .2rem 0 .75rem; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; }
        dt { font-weight: 600; }
        dd { margin: 0; }
        table { border-collapse: collapse; margin: .25rem 0 1rem; }
        th, td { border: 1px solid #bbb; padding: .25rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #eee; }
        .text { white-space: pre-line; overflow-wrap: anywhere; }
        .flag { color: #a00018; font-weight: 700; }
        .warning { border: 2px solid #a00018; padding: .5rem .75rem; }
        .note { color: #444; font-size: .9em; }
        a { color: #0645ad; }
        footer { margin-top: 2rem; border-top: 1px solid #bbb; padding-top: .5rem; color: #555; font-size: .85em; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
          h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          dl.meta { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; page-break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }

        """
}
