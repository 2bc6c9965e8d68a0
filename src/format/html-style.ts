// The HTML report's inline style sheet: system fonts only, contrast ≥ 4.5:1, and a print layout that needs no colour.

/**
 * Tones carry meaning twice: a symbol and a word are always written next to the colour, so the page reads the same
 * in black and white. Every text colour here has at least 4.5:1 contrast against its background.
 */
export const HTML_STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4f5760; --line: #c5cbd2; --head: #eef1f4; --link: #0a53a0;
  --ok: #17622b; --ok-bg: #e4f2e7; --warn: #754700; --warn-bg: #fcefd2; --bad: #a1130e; --bad-bg: #fbe5e4;
  --off: #4b535c; --off-bg: #eceef1; --info: #0b4c86; --info-bg: #e2edf8; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
  font-size: 15px; line-height: 1.45; color: var(--ink); background: #fff; }
body { margin: 0 auto; padding: 1.5rem 1.25rem 3rem; max-width: 80rem; }
h1 { font-size: 1.75rem; margin: 0 0 .5rem; }
h2 { font-size: 1.4rem; margin: 2.25rem 0 .35rem; padding-top: .75rem; border-top: 3px solid var(--ink); }
h3 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
p { margin: .35rem 0; }
a { color: var(--link); }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: .86em; overflow-wrap: anywhere; }
code.path > span { white-space: nowrap; }
.meta, .intro, .legend, footer { color: var(--muted); }
.legend { font-size: .9em; }
.verdict { display: inline-block; margin: .5rem 0; padding: .4rem .75rem; border: 2px solid currentColor; border-radius: .3rem; font-weight: 600; }
.summary { font-size: 1.15rem; font-weight: 700; margin: .5rem 0; }
.tone-ok { color: var(--ok); background: var(--ok-bg); }
.tone-warn { color: var(--warn); background: var(--warn-bg); }
.tone-bad { color: var(--bad); background: var(--bad-bg); }
.tone-off { color: var(--off); background: var(--off-bg); }
.tone-info { color: var(--info); background: var(--info-bg); }
.badge { display: inline-block; white-space: nowrap; padding: .05rem .45rem; border: 1px solid currentColor; border-radius: .25rem;
  font-weight: 600; font-size: .9em; }
.sym { font-family: "DejaVu Sans", "Segoe UI Symbol", sans-serif; }
ul.tally { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; margin: .5rem 0 1rem; padding: 0; }
ul.tally li { padding: .35rem .8rem; border: 1px solid currentColor; border-radius: .3rem; font-weight: 600; }
ul.tally .n { font-size: 1.35rem; margin: 0 .15rem; }
nav ol { margin: .25rem 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); font-weight: 600; }
tbody th { font-weight: 600; }
tbody tr > :first-child { border-left-width: 4px; }
tbody tr.row-ok > :first-child { border-left-color: var(--ok); }
tbody tr.row-warn > :first-child { border-left-color: var(--warn); }
tbody tr.row-bad > :first-child { border-left-color: var(--bad); }
tbody tr.row-off > :first-child { border-left-color: var(--off); }
td.status, td.nowrap, td.cite a { white-space: nowrap; }
td.where ul { margin: 0; padding-left: 1.1rem; }
table.requirements thead th:nth-child(2) { width: 22%; }
table.requirements thead th:nth-child(3) { width: 12em; }
table.requirements thead th:nth-child(4) { width: 36%; }
.check { color: var(--warn); font-size: .9em; }
.scroll { overflow-x: auto; }
table.matrix { width: auto; }
table.matrix thead th:first-child { vertical-align: bottom; }
table.matrix thead th.doc { vertical-align: bottom; padding: .5rem .3rem; }
table.matrix thead th.doc > span { display: inline-block; writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
table.matrix tbody th { font-weight: normal; min-width: 16rem; }
table.matrix tbody th .ref { font-weight: 600; }
table.matrix td.cov { text-align: center; white-space: nowrap; min-width: 2.4rem; font-weight: 700; }
table.matrix td.cov .sec { font-size: .85em; }
table.matrix tr.gap th { font-weight: 600; }
.mark-bad { color: var(--bad); }
ol.findings { list-style: none; margin: .5rem 0 1rem; padding: 0; }
ol.findings li { border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: .25rem; padding: .5rem .75rem; margin: .5rem 0; }
ol.findings li.tone-border-bad { border-left-color: var(--bad); }
ol.findings li.tone-border-warn { border-left-color: var(--warn); }
ol.findings li.tone-border-info { border-left-color: var(--info); }
.finding-head { display: flex; flex-wrap: wrap; gap: .2rem .8rem; align-items: baseline; margin: 0 0 .25rem; }
.finding-message { margin: .2rem 0; }
.hint { color: var(--muted); }
.hint strong { color: var(--ink); }
.vh { position: absolute !important; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
footer { margin-top: 2.5rem; padding-top: .75rem; border-top: 1px solid var(--line); font-size: .9em; }
@media print {
  @page { size: A4; margin: 14mm 12mm 16mm;
    @bottom-right { content: counter(page) " / " counter(pages); font-size: 9pt; color: #4f5760; } }
  html { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  a { color: inherit; }
  a[data-source]::after { content: " [" attr(data-source) "]"; font-size: .85em; }
  table { font-size: .92em; }
  td.cite a { white-space: normal; }
  table.requirements thead th:nth-child(3) { width: 8em; }
  thead { display: table-header-group; }
  tr, ol.findings li, ul.tally li, p { break-inside: avoid; }
  h2, h3, h4, h3 + p { break-after: avoid; }
  section.agreement + section.agreement { break-before: page; }
  .scroll { overflow: visible; }
  thead th { background: none; }
  .tone-ok, .tone-warn, .tone-bad, .tone-off, .tone-info { background: none; }
}
`.trim();
