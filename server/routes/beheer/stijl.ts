import type { Gemeente } from '../../gemeente.js'

/**
 * The dashboard's stylesheet, served from `/beheer/beheer.css` so the CSP can forbid inline styles.
 * The gemeente's own colours (the profile's `thema`, validated as `#rrggbb`); surfaces are a tint of them.
 */
export const beheerCss = ({ kleurPrimair, kleurTekst }: Gemeente['thema']) => `
:root { --werkwijzer-primair: ${kleurPrimair}; --werkwijzer-tekst: ${kleurTekst}; --werkwijzer-rand: #c6c6c6; --werkwijzer-zacht: #f3f3f3; }
@supports (color: color-mix(in srgb, red, blue)) { :root { --werkwijzer-zacht: color-mix(in srgb, var(--werkwijzer-primair) 6%, #fff); } }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--werkwijzer-tekst); background: #fff; line-height: 1.5; }
header { background: var(--werkwijzer-primair); color: #fff; padding: 1rem 1.5rem; }
header h1 { margin: 0; font-size: 1.6rem; }
header p { margin: .25rem 0 0; }
main { max-width: 80rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--werkwijzer-rand); padding-bottom: .25rem; }
.uitleg { margin: .25rem 0 1rem; max-width: 60rem; }
form.periode { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; background: var(--werkwijzer-zacht); padding: 1rem; border-radius: 6px; }
form.periode label, form.login label { display: flex; flex-direction: column; font-weight: 600; gap: .25rem; }
form.periode label { max-width: 100%; }
select { max-width: 100%; }
input, select, button { font: inherit; min-height: 44px; padding: .4rem .6rem; border: 1px solid #5b6b70; border-radius: 4px; background: #fff; color: inherit; }
button { background: var(--werkwijzer-primair); color: #fff; border-color: var(--werkwijzer-primair); font-weight: 600; cursor: pointer; padding: .4rem 1rem; }
button.tweede { background: #fff; color: var(--werkwijzer-primair); }
:focus-visible { outline: 3px solid var(--werkwijzer-tekst); outline-offset: 2px; }
.kerncijfers { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
.kerncijfers li { border: 1px solid var(--werkwijzer-rand); border-radius: 6px; padding: .75rem 1rem; }
.kerncijfers strong { display: block; font-size: 1.6rem; color: var(--werkwijzer-primair); }
.paneel { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 2rem; align-items: start; }
@media (max-width: 64rem) { .paneel { grid-template-columns: minmax(0, 1fr); } }
@media (max-width: 30rem) { main { padding: 1rem .75rem 2rem; } }
.grafiek { display: block; max-width: 100%; height: auto; }
.grafiek__label { font-size: 14px; fill: var(--werkwijzer-tekst); }
.grafiek__waarde { font-size: 14px; font-weight: 600; fill: var(--werkwijzer-tekst); }
.grafiek__spoor { fill: var(--werkwijzer-zacht); }
.staaf { fill: var(--werkwijzer-primair); }
.staaf--mogelijk { fill: #1b7340; }
.staaf--onbekend { fill: #8a5a00; }
.staaf--niet { fill: #a4262c; }
.staaf--verborgen { fill: none; stroke: #5b6b70; stroke-width: 1.5; stroke-dasharray: 4 3; }
.grafiek__as { font-size: 13px; fill: var(--werkwijzer-tekst); }
.grafiek__lijn { stroke: #5b6b70; stroke-width: 1; }
.grafiek__hulplijn { stroke: var(--werkwijzer-rand); stroke-width: 1; stroke-dasharray: 2 4; }
.vorige { display: block; font-size: .9rem; color: #3d4a4e; }
.legenda .verborgen { border: 1.5px dashed #5b6b70; background: none; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
.legenda { display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; margin: 0 0 .5rem; list-style: none; }
.legenda span { display: inline-block; width: 1rem; height: 1rem; margin-right: .35rem; vertical-align: -2px; border-radius: 2px; }
.legenda .mogelijk { background: #1b7340; } .legenda .onbekend { background: #8a5a00; } .legenda .niet { background: #a4262c; }
.tabel { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .35rem; }
th, td { border-bottom: 1px solid var(--werkwijzer-rand); padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
td.getal, th.getal { text-align: right; }
td.getal { white-space: nowrap; }
@media (max-width: 30rem) { td.getal { white-space: normal; } }
section > table { max-width: 40rem; }
thead th { background: var(--werkwijzer-zacht); }
.melding { border-left: 4px solid #a4262c; background: #fbeeee; padding: .75rem 1rem; }
.leeg { font-style: italic; }
form.login { display: flex; flex-direction: column; gap: 1rem; max-width: 26rem; }
@media (forced-colors: active) { .staaf, .staaf--mogelijk, .staaf--onbekend, .staaf--niet { fill: CanvasText; } .staaf--verborgen { stroke: CanvasText; } .grafiek__spoor { fill: Canvas; stroke: CanvasText; } }
@media print { form { display: none; } header { background: none; color: #000; } }
`
