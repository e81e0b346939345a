/**
 * The test set of typed messages (test/cases/berichten.json): each message with the open question it
 * is typed at and what should be understood. One generic test runs them all, prints the figures per
 * language and per `begrip.soort`, and holds the set to at least 90% right and to no value recorded
 * that the message did not say.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type Begrip, begrijp } from '../begrip/index.js'
import { vraagMetId } from '../flows/index.js'
import { maakBegrijpers } from '../server/begrip.js'
import { assen, teksten } from './helpers.js'

interface Geval {
  taal: string
  vraag: string
  tekst: string
  begrip: { soort: string; waarde?: unknown; vastgelegd?: boolean; begrip?: string; onderwerp?: string; over?: string }
  /** Today, for "sinds januari" (default: the day the set was written). */
  peildatum?: string
}

const GEVALLEN = JSON.parse(readFileSync(new URL('./cases/berichten.json', import.meta.url), 'utf8')) as Geval[]
const begrijpers = maakBegrijpers(teksten, assen)

function lees(g: Geval): Begrip {
  const { woorden, zoeker } = begrijpers(g.taal)
  return begrijp(g.tekst, {
    vraag: vraagMetId(g.vraag),
    woorden,
    zoeker,
    gemeenteTelefoon: assen.contact.telefoon,
    peildatum: g.peildatum ?? '2026-12-01',
  })
}

/** Only the fields the case names are compared. */
function klopt(verwacht: Geval['begrip'], kreeg: Begrip): boolean {
  if (verwacht.soort !== kreeg.soort) return false
  const k = kreeg as Record<string, unknown>
  return (['waarde', 'vastgelegd', 'begrip', 'onderwerp', 'over'] as const).every(
    (veld) => !(veld in verwacht) || verwacht[veld] === k[veld],
  )
}

/** Recorded, while the case does not say to record exactly that value. */
function isOnterechtVastgelegd(verwacht: Geval['begrip'], kreeg: Begrip): boolean {
  if (kreeg.soort !== 'antwoord' || !kreeg.vastgelegd) return false
  return !(verwacht.soort === 'antwoord' && verwacht.vastgelegd === true && verwacht.waarde === kreeg.waarde)
}

describe('de testset van getypte berichten', () => {
  it('heeft minstens 150 berichten in de zes talen, elk bij een bestaande vraag', () => {
    expect(GEVALLEN.length).toBeGreaterThanOrEqual(150)
    expect(new Set(GEVALLEN.map((g) => g.taal))).toEqual(new Set(['nl', 'en', 'ar', 'tr', 'pl', 'uk']))
    for (const g of GEVALLEN) expect(vraagMetId(g.vraag), g.vraag).toBeDefined()
  })

  it('begrijpt minstens 90% goed en legt nooit iets vast dat niet gezegd is', () => {
    const perTaal = new Map<string, { goed: number; totaal: number }>()
    const perSoort = new Map<string, { goed: number; totaal: number }>()
    const fout: string[] = []
    const onterecht: string[] = []
    for (const g of GEVALLEN) {
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
    }
    const regel = (naam: string, s: { goed: number; totaal: number }) =>
      `${naam.padEnd(18)} ${String(s.goed).padStart(3)}/${String(s.totaal).padEnd(3)} ${((100 * s.goed) / s.totaal).toFixed(1)}%`
    const goed = GEVALLEN.length - fout.length
    console.log(
      [
        regel('totaal', { goed, totaal: GEVALLEN.length }),
        '-- per taal',
        ...[...perTaal].map(([k, s]) => regel(k, s)),
        '-- per soort',
        ...[...perSoort].map(([k, s]) => regel(k, s)),
        `-- onterecht vastgelegd: ${onterecht.length}`,
        ...onterecht,
        '-- nog fout',
        ...fout,
      ].join('\n'),
    )
    expect(onterecht).toEqual([])
    expect(goed / GEVALLEN.length).toBeGreaterThanOrEqual(0.9)
  })
})
