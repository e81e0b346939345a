/**
 * The summary page's stylesheet and print script, served as files so the CSP needs no inline code.
 * Colours come from the gemeente profile (validated as `#rrggbb`); the text colours keep WCAG AA.
 */
import type { Gemeente } from '../gemeente.js'

/** The stylesheet, with the gemeente's primary colour for rules and headings. */
export function samenvattingCss(gemeente: Gemeente): string {
  return `:root {
  --werkwijzer-kleur-primair: ${gemeente.thema.kleurPrimair};
  --werkwijzer-kleur-tekst: ${gemeente.thema.kleurTekst};
  --werkwijzer-kleur-zacht: #f3f6f7;
  --werkwijzer-kleur-lijn: #6b7780;
}
*, *::before, *::after { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 100%; line-height: 1.5; }
body { margin: 0 auto; padding: 1rem; max-width: 46rem; color: var(--werkwijzer-kleur-tekst); background: #fff; overflow-wrap: break-word; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.25rem 0 0.5rem; color: var(--werkwijzer-kleur-primair); }
h2 { font-size: 1.2rem; margin: 0 0 0.5rem; color: var(--werkwijzer-kleur-primair); }
h3 { font-size: 1.05rem; margin: 0 0 0.25rem; }
p { margin: 0 0 0.5rem; }
a { color: var(--werkwijzer-kleur-primair); text-underline-offset: 0.15em; }
a[href^="tel:"] { white-space: nowrap; }
a:focus-visible, .knop:focus-visible { outline: 3px solid var(--werkwijzer-kleur-tekst); outline-offset: 2px; }
.kop { border-bottom: 4px solid var(--werkwijzer-kleur-primair); padding-bottom: 0.75rem; margin-bottom: 1rem; }
.afzender { font-weight: 600; margin: 0; }
.besluit { font-weight: 700; }
.nadruk { border-inline-start: 4px solid var(--werkwijzer-kleur-primair); padding-inline-start: 0.5rem; font-weight: 600; }
.knop {
  display: inline-block; min-height: 44px; min-width: 44px; padding: 0.5rem 1rem;
  font: inherit; font-weight: 600; color: #fff; background: var(--werkwijzer-kleur-primair);
  border: 2px solid var(--werkwijzer-kleur-primair); border-radius: 4px; cursor: pointer;
}
.knop:hover { text-decoration: underline; }
.knop[hidden] { display: none; }
.blok { margin: 0 0 1.25rem; }
.voorziening { border-inline-start: 4px solid var(--werkwijzer-kleur-primair); background: var(--werkwijzer-kleur-zacht); padding: 0.5rem 0.75rem; margin: 0 0 0.5rem; }
.artikel { font-weight: 400; font-size: 0.9em; }
ul, ol { margin: 0 0 0.5rem; padding-inline-start: 1.5rem; }
li { margin: 0 0 0.2rem; }
.afvinken { list-style: none; padding-inline-start: 0; }
.afvinken li { position: relative; padding-inline-start: 1.75rem; }
.afvinken li::before {
  content: ""; position: absolute; inset-inline-start: 0; top: 0.2em;
  width: 1em; height: 1em; border: 2px solid var(--werkwijzer-kleur-tekst); border-radius: 2px;
}
.tabel { width: 100%; border-collapse: collapse; margin: 0 0 0.5rem; }
/* Long words ("Loonkostensubsidie") may break: a table is never wider than a 320 px screen. */
.tabel th, .tabel td { text-align: start; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--werkwijzer-kleur-lijn); overflow-wrap: anywhere; hyphens: auto; }
.tabel th { background: var(--werkwijzer-kleur-zacht); }
.tabel--antwoorden td:first-child { width: 60%; }
.tabel--smal td:first-child { width: 35%; }
.notities { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid var(--werkwijzer-kleur-lijn); padding: 0.5rem; }
.schrijfruimte { height: 6rem; border: 1px solid var(--werkwijzer-kleur-lijn); }
/* On a phone the term stands above its meaning; side by side only where both have room. */
.begrippen { margin: 0; }
.begrippen dt { font-weight: 600; margin-top: 0.5rem; overflow-wrap: anywhere; }
.begrippen dd { margin: 0; overflow-wrap: anywhere; }
@media (min-width: 40rem) {
  .begrippen { display: grid; grid-template-columns: fit-content(45%) minmax(0, 1fr); gap: 0.15rem 1rem; }
  .begrippen dt { margin-top: 0; }
}
.taaldeel--nl { margin-top: 2.5rem; border-top: 4px double var(--werkwijzer-kleur-primair); padding-top: 1rem; }
.taalkop { font-weight: 700; margin: 0 0 0.5rem; }
.voet { border-top: 2px solid var(--werkwijzer-kleur-primair); padding-top: 0.5rem; margin-top: 1.5rem; font-size: 0.9rem; }
@media (forced-colors: active) {
  .voorziening, .nadruk { border-inline-start-color: CanvasText; }
  .afvinken li::before { border-color: CanvasText; }
}
@media print {
  @page { size: A4; margin: 12mm 13mm 14mm; }
  html { font-size: 10pt; line-height: 1.35; }
  body { max-width: none; padding: 0; }
  .knop { display: none !important; }
  h1 { font-size: 16pt; }
  h2 { font-size: 12.5pt; break-after: avoid; }
  h3 { font-size: 10.5pt; break-after: avoid; }
  .blok { margin-bottom: 0.8rem; }
  .voorziening, tr, li, dt, dd, .notities { break-inside: avoid; }
  /* Each language on its own pages: the resident keeps hers, the consulent gets the Dutch ones. */
  .taaldeel--nl { break-before: page; margin-top: 0; border-top: 0; padding-top: 0; }
  .tabel th, .tabel td { padding: 0.15rem 0.4rem; }
  .voorziening { background: none; padding: 0.2rem 0.6rem; }
  .tabel th { background: none; }
  a { color: inherit; text-decoration: none; }
}
`
}

/** Shows the print button once it can work (without script it stays hidden) and prints on a click. */
export const SAMENVATTING_JS = `document.addEventListener('DOMContentLoaded', function () {
  var knop = document.getElementById('printen')
  if (!knop || typeof window.print !== 'function') return
  knop.hidden = false
  knop.addEventListener('click', function () { window.print() })
})
`
