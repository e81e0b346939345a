/**
 * How a set of typed messages is scored, written once: the test of the project's own set
 * (test/berichten-set.test.ts) and the measurement of the held-out set (scripts/begrip-blind.ts) both use it.
 * A case names the open question, the text and what should be understood; only the fields it names are compared.
 */
import { readFileSync } from 'node:fs'
import { type Begrip, begrijp } from '../begrip/index.js'
import { isGeldigAntwoord, ONDERWERPEN, vraagMetId } from '../flows/index.js'
import { maakBegrijpers } from '../server/begrip.js'
import { assen, teksten } from './helpers.js'

export interface Geval {
  taal: string
  vraag: string
  tekst: string
  begrip: { soort: string; waarde?: unknown; vastgelegd?: boolean; begrip?: string; onderwerp?: string; over?: string }
  /** Today, for "sinds januari" (default: the day the set was written). */
  peildatum?: string
}

export type Verwacht = Geval['begrip']

/** The cases of a set under test/cases/. */
export function laadGevallen(bestand: string): Geval[] {
  return JSON.parse(readFileSync(new URL(`./cases/${bestand}`, import.meta.url), 'utf8')) as Geval[]
}

/** A reader of cases, with the word lists of every language loaded once. */
export function maakLezer(): (g: Geval) => Begrip {
  const begrijpers = maakBegrijpers(teksten, assen)
  return (g) => {
    const { woorden, zoeker } = begrijpers(g.taal)
    return begrijp(g.tekst, {
      vraag: vraagMetId(g.vraag),
      woorden,
      zoeker,
      gemeenteTelefoon: assen.contact.telefoon,
      peildatum: g.peildatum ?? '2026-12-01',
    })
  }
}

export const TALEN = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const

/** A case the set itself can hold: a known language and question, and an expected answer or topic that exists. */
export function isGeldigGeval(g: Geval): boolean {
  const vraag = vraagMetId(g.vraag)
  if (!(TALEN as readonly string[]).includes(g.taal) || !vraag) return false
  if (typeof g.tekst !== 'string' || g.tekst.trim().length === 0 || g.tekst.length > 500) return false
  if (g.begrip.soort === 'antwoord' && 'waarde' in g.begrip && !isGeldigAntwoord(vraag, g.begrip.waarde)) return false
  if (g.begrip.soort === 'onderwerp' && !(ONDERWERPEN as readonly unknown[]).includes(g.begrip.onderwerp)) return false
  return true
}

/** Only the fields the case names are compared. */
export function klopt(verwacht: Verwacht, kreeg: Begrip): boolean {
  if (verwacht.soort !== kreeg.soort) return false
  const k = kreeg as Record<string, unknown>
  return (['waarde', 'vastgelegd', 'begrip', 'onderwerp', 'over'] as const).every(
    (veld) => !(veld in verwacht) || verwacht[veld] === k[veld],
  )
}

/** Recorded, while the case does not say to record exactly that value. */
export function isOnterechtVastgelegd(verwacht: Verwacht, kreeg: Begrip): boolean {
  if (kreeg.soort !== 'antwoord' || !kreeg.vastgelegd) return false
  return !(verwacht.soort === 'antwoord' && verwacht.vastgelegd === true && verwacht.waarde === kreeg.waarde)
}

/**
 * Proposed (to confirm with one tap), while the case expects no answer or another value: one tap away from a
 * false fact. Proposing the expected value where the case says to record it is too careful, not wrong.
 */
export function isVerkeerdVoorstel(verwacht: Verwacht, kreeg: Begrip): boolean {
  if (kreeg.soort !== 'antwoord' || kreeg.vastgelegd) return false
  return !(verwacht.soort === 'antwoord' && (!('waarde' in verwacht) || verwacht.waarde === kreeg.waarde))
}

export interface Stand {
  goed: number
  totaal: number
}

export interface Meting {
  goed: number
  totaal: number
  perTaal: Map<string, Stand>
  perSoort: Map<string, Stand>
  /** One line per case not understood as expected (holds the text: for the project's own set only). */
  fout: string[]
  /** One line per value recorded that the case does not say to record. */
  onterecht: string[]
  /** One line per proposal of a value the case does not expect. */
  verkeerdVoorgesteld: string[]
}

/** Reads every case and counts, per language and per expected kind. */
export function meet(gevallen: readonly Geval[], lees: (g: Geval) => Begrip = maakLezer()): Meting {
  const perTaal = new Map<string, Stand>()
  const perSoort = new Map<string, Stand>()
  const fout: string[] = []
  const onterecht: string[] = []
  const verkeerdVoorgesteld: string[] = []
  for (const g of gevallen) {
    const kreeg = lees(g)
    const goed = klopt(g.begrip, kreeg)
    for (const [kaart, sleutel] of [
      [perTaal, g.taal],
      [perSoort, g.begrip.soort],
    ] as const) {
      const stand = kaart.get(sleutel) ?? { goed: 0, totaal: 0 }
      kaart.set(sleutel, { goed: stand.goed + (goed ? 1 : 0), totaal: stand.totaal + 1 })
    }
    if (!goed)
      fout.push(
        `${g.taal} ${g.vraag} "${g.tekst}": verwacht ${JSON.stringify(g.begrip)}, kreeg ${JSON.stringify(kreeg)}`,
      )
    if (isOnterechtVastgelegd(g.begrip, kreeg))
      onterecht.push(`${g.taal} ${g.vraag} "${g.tekst}": ${JSON.stringify(kreeg)}`)
    if (isVerkeerdVoorstel(g.begrip, kreeg))
      verkeerdVoorgesteld.push(`${g.taal} ${g.vraag} "${g.tekst}": ${JSON.stringify(kreeg)}`)
  }
  return {
    goed: gevallen.length - fout.length,
    totaal: gevallen.length,
    perTaal,
    perSoort,
    fout,
    onterecht,
    verkeerdVoorgesteld,
  }
}

/** "naam  goed/totaal  pct%", aligned. */
export function regel(naam: string, s: Stand): string {
  return `${naam.padEnd(18)} ${String(s.goed).padStart(3)}/${String(s.totaal).padEnd(3)} ${((100 * s.goed) / s.totaal).toFixed(1)}%`
}

/** The figures only: no text, no expected value, nothing of a single case. */
export function cijfers(m: Meting): string[] {
  return [
    regel('totaal', m),
    '-- per taal',
    ...[...m.perTaal].map(([k, s]) => regel(k, s)),
    '-- per soort (verwacht)',
    ...[...m.perSoort].map(([k, s]) => regel(k, s)),
    `-- onterecht vastgelegd: ${m.onterecht.length}`,
    `-- verkeerd voorgesteld: ${m.verkeerdVoorgesteld.length}`,
  ]
}
