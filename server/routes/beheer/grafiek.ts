/**
 * Light inline SVG charts for the dashboard: horizontal bars, no chart library, no script. Made with
 * hono's `html` tag, so every label is escaped; a chart is returned as finished markup.
 * Colours come from classes in the served stylesheet (the CSP allows no inline style).
 * A chart is an image with a short label; the numbers are in the table beside it.
 *
 * A hidden count ("minder dan 5") is drawn as what it is: a dashed outline as wide as the range it
 * could be in (0 to 4), never as an empty or a zero bar.
 */
import { html, tekstVan } from '../../html.js'
import { type Aantal, DREMPEL, MINDER_DAN } from '../../statistieken/overzicht.js'

const BREEDTE = 600
const RIJ = 46
const TEKST_MAX = 64

const kort = (tekst: string) => (tekst.length > TEKST_MAX ? `${tekst.slice(0, TEKST_MAX - 1)}…` : tekst)
const getal = (a: Aantal) => (a === MINDER_DAN ? 0 : a)
/** The most a count may be: a hidden one is drawn as its whole range (0 to 4), so the scale must hold it. */
const hoogstens = (a: Aantal) => (a === MINDER_DAN ? DREMPEL - 1 : a)

export interface Staaf {
  readonly label: string
  readonly delen: readonly { readonly waarde: Aantal; readonly klasse: string }[]
  /** The text at the end of the bar. */
  readonly tekst: string
}

/** A horizontal bar chart; a bar with several parts is stacked. */
export function staafdiagram(staven: readonly Staaf[], label: string, id: string): string {
  // Scaled to what is drawn: with only small counts, a hidden one was once 1800 px wide, its text off the chart.
  const max = Math.max(1, ...staven.map((s) => s.delen.reduce((som, d) => som + hoogstens(d.waarde), 0)))
  const schaal = (BREEDTE - 150) / max
  const hoogte = staven.length * RIJ + 8
  const rijen = staven.map((s, i) => {
    const y = i * RIJ + 18
    let x = 0
    const delen = s.delen.map((d) => {
      const verborgen = d.waarde === MINDER_DAN
      const w = verborgen ? Math.max(12, (DREMPEL - 1) * schaal) : getal(d.waarde) * schaal
      const klasse = verborgen ? 'staaf--verborgen' : d.klasse
      const rect =
        w > 0
          ? html`<rect class="${klasse}" x="${x.toFixed(1)}" y="${y + 6}" width="${w.toFixed(1)}" height="16"/>`
          : ''
      x += w
      return rect
    })
    return [
      html`<text class="grafiek__label" x="0" y="${y}">${kort(s.label)}</text>`,
      html`<rect class="grafiek__spoor" x="0" y="${y + 6}" width="${BREEDTE - 150}" height="16"/>`,
      ...delen,
      html`<text class="grafiek__waarde" x="${(x + 8).toFixed(1)}" y="${y + 19}">${s.tekst}</text>`,
    ]
  })
  return tekstVan(
    html`<svg class="grafiek" role="img" aria-labelledby="${id}" viewBox="0 0 ${BREEDTE} ${hoogte}" width="100%" preserveAspectRatio="xMinYMin meet" focusable="false"><title id="${id}">${label}</title>${rijen}</svg>`,
  )
}

export interface Kolom {
  readonly label: string
  readonly waarde: Aantal
}

const HOOGTE = 220
const ONDER = 36

/**
 * A column chart for a trend (per day or per week). Labels under the columns are thinned out so
 * they never overlap; the table beside it has every one.
 */
export function kolomdiagram(kolommen: readonly Kolom[], label: string, id: string, hoogsteTekst: string): string {
  const max = Math.max(DREMPEL, ...kolommen.map((k) => getal(k.waarde)))
  const ruimte = HOOGTE - ONDER - 24
  const schaal = ruimte / max
  const breedte = BREEDTE / Math.max(1, kolommen.length)
  const elke = Math.max(1, Math.ceil(kolommen.length / 8))
  // The first and last label are anchored inward, so they are never cut off at the edge.
  const anker = (i: number) => (i === 0 ? 'start' : i + elke >= kolommen.length ? 'end' : 'middle')
  const delen = kolommen.map((k, i) => {
    const verborgen = k.waarde === MINDER_DAN
    const h = verborgen ? Math.max(6, (DREMPEL - 1) * schaal) : getal(k.waarde) * schaal
    const x = i * breedte + breedte * 0.15
    const w = breedte * 0.7
    const y = HOOGTE - ONDER - h
    const kolom = html`<rect class="${verborgen ? 'staaf--verborgen' : 'staaf'}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}"/>`
    const onder =
      i % elke === 0
        ? html`<text class="grafiek__as" x="${(x + w / 2).toFixed(1)}" y="${HOOGTE - ONDER + 18}" text-anchor="${anker(i)}">${k.label}</text>`
        : ''
    return [kolom, onder]
  })
  const as = html`<line class="grafiek__lijn" x1="0" y1="${HOOGTE - ONDER}" x2="${BREEDTE}" y2="${HOOGTE - ONDER}"/><text class="grafiek__as" x="0" y="14">${hoogsteTekst}</text><line class="grafiek__hulplijn" x1="0" y1="${HOOGTE - ONDER - ruimte}" x2="${BREEDTE}" y2="${HOOGTE - ONDER - ruimte}"/>`
  return tekstVan(
    html`<svg class="grafiek" role="img" aria-labelledby="${id}" viewBox="0 0 ${BREEDTE} ${HOOGTE}" width="100%" preserveAspectRatio="xMinYMin meet" focusable="false"><title id="${id}">${label}</title>${as}${delen}</svg>`,
  )
}
