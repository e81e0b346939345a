/**
 * The held-out sets of typed messages (test/cases/berichten-blind.json, berichten-blind2.json,
 * berichten-blind3.json and berichten-blind4.json) are measurements, not tests: their scores are printed by
 * `npm run begrip:blind`, `npm run begrip:blind2`, `npm run begrip:blind3` and `npm run begrip:blind4`, and
 * nobody who changes the understanding may read them. The practice set (berichten-oefen.json, scored by
 * `npm run begrip:oefen`) is there to improve the understanding on; its shape is held the same way. This test
 * holds only the shape of each set, and a failure names a case by its number, never by its text.
 */
import { describe, expect, it } from 'vitest'
import { isGeldigAntwoord, vraagMetId } from '../flows/index.js'
import { type Geval, isGeldigGeval, laadGevallen, TALEN } from './berichten-meting.js'

/**
 * Questions a set may hold before the flows ask them (the second set was written while `alleenstaandeOuder`,
 * issue 26, was still on its branch): yes/no questions, so a case there expects true, false or null. Once the
 * flows know the question, its cases are held to it like any other; the scorer leaves them out until then.
 */
const KOMENDE_JA_NEE_VRAGEN = new Set(['alleenstaandeOuder'])
const JA_NEE = vraagMetId('woontInGemeente')

function isGeldig(g: Geval): boolean {
  if (vraagMetId(g.vraag) || !KOMENDE_JA_NEE_VRAGEN.has(g.vraag) || !JA_NEE) return isGeldigGeval(g)
  const zoals = { ...g, vraag: JA_NEE.id }
  return isGeldigGeval(zoals) && (g.begrip.soort !== 'antwoord' || isGeldigAntwoord(JA_NEE, g.begrip.waarde))
}

describe.each([
  'berichten-blind.json',
  'berichten-blind2.json',
  'berichten-blind3.json',
  'berichten-blind4.json',
  'berichten-oefen.json',
])('de set %s', (bestand) => {
  const GEVALLEN = laadGevallen(bestand)

  it('heeft minstens 180 berichten, minstens 25 per taal, bij het menu en minstens 18 vragen', () => {
    expect(GEVALLEN.length).toBeGreaterThanOrEqual(180)
    for (const taal of TALEN) expect(GEVALLEN.filter((g) => g.taal === taal).length, taal).toBeGreaterThanOrEqual(25)
    const vragen = new Set(GEVALLEN.map((g) => g.vraag))
    expect(vragen.has('onderwerp')).toBe(true)
    expect(vragen.size - 1).toBeGreaterThanOrEqual(18)
  })

  it('verwacht bij elk bericht iets wat de vraag kan hebben', () => {
    const ongeldig = GEVALLEN.flatMap((g, i) => (isGeldig(g) ? [] : [i]))
    expect(ongeldig, 'nummers van ongeldige gevallen').toEqual([])
    for (const g of GEVALLEN)
      expect(vraagMetId(g.vraag) !== undefined || KOMENDE_JA_NEE_VRAGEN.has(g.vraag), g.vraag).toBe(true)
  })

  it('verwacht elke soort van het contract minstens één keer', () => {
    const soorten = new Set(GEVALLEN.map((g) => g.begrip.soort))
    for (const soort of ['antwoord', 'uitleg', 'waarom', 'onderwerp', 'mens', 'buiten', 'persoonsgegevens', 'onbekend'])
      expect(soorten.has(soort), soort).toBe(true)
  })
})

describe('een vraag die nog komt', () => {
  it('houdt een geval bij een ja/nee-vraag aan ja, nee of weet ik niet', () => {
    const geval = (waarde: unknown): Geval => ({
      taal: 'nl',
      vraag: 'alleenstaandeOuder',
      tekst: 'x',
      begrip: { soort: 'antwoord', waarde, vastgelegd: true },
    })
    expect(isGeldig(geval(true))).toBe(true)
    expect(isGeldig(geval(null))).toBe(true)
    expect(isGeldig(geval(3))).toBe(false)
    expect(isGeldig({ ...geval(true), vraag: 'bestaatNiet' })).toBe(false)
  })
})
