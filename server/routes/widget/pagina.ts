/**
 * The demo page: a gemeente's "Werk en inkomen" page with the widget as launcher and inline.
 * Every word comes from `locales/nl/widget.json` (`demo.*`); the page has no inline script or style.
 */
import type { Gemeente } from '../../gemeente.js'
import { html, tekstVan } from '../../html.js'
import type { Vertaal } from '../../i18n.js'

/** `gemeenteId`: the demo of one gemeente of an installation with several (`/?gemeente=…`): the widgets name it. */
export function demoPagina(t: Vertaal, gemeente: string, script: string, gemeenteId?: string): string {
  const d = (sleutel: string) => t(`demo.${sleutel}`, { naam: gemeente })
  const wie = gemeenteId ? html` gemeente="${gemeenteId}"` : ''
  const lijst = (basis: string) => [1, 2, 3].map((n) => html`<li>${d(`${basis}${n}`)}</li>`)
  return tekstVan(html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${d('titel')} - ${d('gemeente')}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/demo.css">
<script src="${script}" defer></script>
</head>
<body>
<header class="kop"><div class="binnen"><p class="logo">${d('gemeente')}</p></div></header>
<main class="binnen" id="inhoud">
<p class="kruimel">${d('kruimel')}</p>
<h1>${d('titel')}</h1>
<p class="inleiding">${d('inleiding')}</p>
<div class="kolommen">
<section><h2>${d('watKan')}</h2><ul>${lijst('kan')}</ul></section>
<section><h2>${d('watNiet')}</h2><ul>${lijst('niet')}</ul></section>
</div>
<h2>${d('probeer')}</h2>
<werkwijzer-chat${wie} modus="inline" onderwerp="alles"></werkwijzer-chat>
</main>
<footer class="voet"><div class="binnen"><p>${d('voet')}</p></div></footer>
<werkwijzer-chat${wie} modus="launcher"></werkwijzer-chat>
</body>
</html>
`)
}

/** The demo page in the gemeente's own colours (the profile's `thema`, validated as `#rrggbb`). */
export const demoCss = ({ kleurPrimair, kleurTekst }: Gemeente['thema']) => `*,*::before,*::after{box-sizing:border-box}
html{scroll-padding-bottom:6rem}
body{margin:0;padding-bottom:5rem;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.0625rem;line-height:1.5;color:${kleurTekst};background:#f5f5f5}
.binnen{max-width:60rem;margin:0 auto;padding:0 1rem}
.kop{background:${kleurPrimair};color:#fff;padding:1rem 0}
.logo{margin:0;font-weight:700;font-size:1.25rem}
main{background:#fff;padding-top:1rem;padding-bottom:2rem}
.kruimel{color:#4d4d4d;margin:0 0 .5rem}
h1{color:${kleurPrimair};margin:.25rem 0 1rem}
h2{color:${kleurPrimair};font-size:1.25rem}
.inleiding{font-size:1.125rem}
.kolommen{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:0 2rem}
werkwijzer-chat[modus=inline]{display:block;max-width:40rem;margin-bottom:2rem}
.voet{background:#333;color:#fff;padding:1rem 0 6rem}
`

/** A plain square in the gemeente's colour, so the browser does not ask for /favicon.ico. */
export const favicon = (kleur: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="${kleur}"/></svg>`
