/**
 * The noise on every published figure (docs/statistieken.md). Each cell of each ISO week (an
 * onderwerp or all, a language or all, one key) gets one integer from a two-sided geometric
 * distribution, P(k) = (1 − α)/(1 + α) · α^|k| with α = e^−ε. It is drawn from an HMAC of the cell with
 * a secret kept beside the figures, so the same cell of the same week always gets the same noise:
 * asking again, in another period or another order, gives nothing new to average away.
 */
import { createHmac } from 'node:crypto'

/** ε per cell: α = e^−ε ≈ 0.61, P(noise = 0) ≈ 0.25, standard deviation ≈ 2.8. */
export const EPSILON = 0.5
const ALFA = Math.exp(-EPSILON)
const NUL = (1 - ALFA) / (1 + ALFA)

/** `'*'` for "all onderwerpen" or "all languages". */
export const ALLE = '*'

/** The noise of one cell in one week. */
export type Ruis = (week: string, onderwerp: string, taal: string, sleutel: string) => number

/** A number in (0, 1] from 52 bits, never 0 (a logarithm is taken of it). */
const uniform = (bytes: Buffer, plek: number) => (Number(bytes.readBigUInt64BE(plek) >> 12n) + 1) / 2 ** 52

/** The noise for a secret: a pure function of the secret and the cell. */
export function ruisUit(geheim: string): Ruis {
  const onthouden = new Map<string, number>()
  return (week, onderwerp, taal, sleutel) => {
    const cel = `${week}|${onderwerp}|${taal}|${sleutel}`
    const bekend = onthouden.get(cel)
    if (bekend !== undefined) return bekend
    const bytes = createHmac('sha256', geheim).update(cel).digest()
    let waarde = 0
    // With probability NUL no noise; else a size 1, 2, … (geometric) and a sign.
    if (uniform(bytes, 0) > NUL) {
      const grootte = 1 + Math.floor(Math.log(uniform(bytes, 8)) / Math.log(ALFA))
      waarde = (bytes[16] ?? 0) & 1 ? grootte : -grootte
    }
    if (onthouden.size < 200_000) onthouden.set(cel, waarde)
    return waarde
  }
}

/** No noise at all: only for tests of the layout, never for what a gemeente reads. */
export const zonderRuis: Ruis = () => 0
