/** The profile pages' stylesheet (served at /profile.css): plain reading on screen, A4 on paper. */
export const PROFILE_CSS = `
:root { color-scheme: light; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; margin: 0; background: #fff; }
main, header.site, footer.site { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
header.site { padding-top: .75rem; font-size: .9rem; }
footer.site { color: #555; font-size: .85rem; border-top: 1px solid #ddd; margin-top: 2rem; }
a { color: #0b4f8a; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .25rem .5rem; }
.kind { text-transform: uppercase; letter-spacing: .05em; color: #555; font-size: .8rem; margin-bottom: 0; }
h1 { margin: .2rem 0 .5rem; font-size: 1.8rem; }
h2 { font-size: 1.2rem; margin-top: 1.8rem; border-bottom: 1px solid #ddd; }
.lead { font-size: 1.05rem; }
.as-of { color: #333; }
.tools { background: #f4f6f8; padding: .5rem .75rem; border-radius: 4px; font-size: .9rem; }
.tools form { display: inline; }
dl.facts { display: grid; grid-template-columns: minmax(12rem, 1fr) 3fr; gap: .2rem 1rem; }
dl.facts div { display: contents; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
/* Phones (360 px and up): terms above their values, long words and links wrapped, never a sideways scroll. */
@media (max-width: 40rem) {
  dl.facts { grid-template-columns: 1fr; }
  main li, main p, main td, main th, main caption { overflow-wrap: anywhere; }
  dl.facts dd { margin-bottom: .4rem; }
  h1 { font-size: 1.4rem; overflow-wrap: anywhere; }
  main, header.site, footer.site { padding: 0 .75rem; }
}
sup a { text-decoration: none; font-size: .75em; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
caption { text-align: left; font-style: italic; color: #444; padding: .25rem 0; }
th, td { border-bottom: 1px solid #e2e2e2; padding: .2rem .4rem; text-align: left; vertical-align: top; }
th { background: #f4f6f8; }
.figure { margin: .75rem 0; }
.figure svg { width: 100%; max-width: 40rem; height: auto; display: block; }
.figure figcaption { font-size: .85rem; color: #444; }
.footnotes ol { font-size: .85rem; padding-left: 2rem; word-break: break-word; }
.footnotes li:target { background: #fff3c4; }
.footnotes .quote { display: block; font-style: italic; color: #333; }
.footnotes .source-page { font-size: .8rem; }
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  body { font-size: 10.5pt; }
  .no-print, .skip { display: none !important; }
  main, footer.site { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  .footnotes { break-before: auto; }
  .footnotes a::after { content: ""; }
}
`;
