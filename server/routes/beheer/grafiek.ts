/**
 * Light inline SVG charts for the dashboard: horizontal bars, no chart library, no script.
 * Colours come from classes in the served stylesheet (the CSP allows no inline style).
 * A chart is an image with a short label; the numbers are in the table beside it.
 */
import { type Aantal, MINDER_DAN } from '../../statistieken/overzicht.js'

export const esc = (tekst: string | number) =>
  String(tekst).replace(
    /[&<>"']/g,
    (t) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[t] as string,
  )

const BREEDTE = 600
const RIJ = 46
const TEKST_MAX = 64

const kort = (tekst: string) => (tekst.length > TEKST_MAX ? `${tekst.slice(0, TEKST_MAX - 1)}…` : tekst)
const getal = (a: Aantal) => (a === MINDER_DAN ? 0 : a)

export interface Staaf {
  readonly label: string
  readonly delen: readonly { readonly waarde: Aantal; readonly klasse: string }[]
  /** The text at the end of the bar. */
  readonly tekst: string
}

/** A horizontal bar chart; a bar with several parts is stacked. */
export function staafdiagram(staven: readonly Staaf[], label: string, id: string): string {
  const max = Math.max(1, ...staven.map((s) => s.delen.reduce((som, d) => som + getal(d.waarde), 0)))
  const schaal = (BREEDTE - 150) / max
  const hoogte = staven.length * RIJ + 8
  const rijen = staven.map((s, i) => {
    const y = i * RIJ + 18
    let x = 0
    const delen = s.delen.map((d) => {
      const w = getal(d.waarde) * schaal
      const rect =
        w > 0
          ? `<rect class="${esc(d.klasse)}" x="${x.toFixed(1)}" y="${y + 6}" width="${w.toFixed(1)}" height="16"/>`
          : ''
      x += w
      return rect
    })
    return [
      `<text class="grafiek__label" x="0" y="${y}">${esc(kort(s.label))}</text>`,
      `<rect class="grafiek__spoor" x="0" y="${y + 6}" width="${BREEDTE - 150}" height="16"/>`,
      ...delen,
      `<text class="grafiek__waarde" x="${(x + 8).toFixed(1)}" y="${y + 19}">${esc(s.tekst)}</text>`,
    ].join('')
  })
  return `<svg class="grafiek" role="img" aria-labelledby="${esc(id)}" viewBox="0 0 ${BREEDTE} ${hoogte}" width="100%" preserveAspectRatio="xMinYMin meet" focusable="false"><title id="${esc(id)}">${esc(label)}</title>${rijen.join('')}</svg>`
}
