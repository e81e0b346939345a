/**
 * The held-out set of typed messages (test/cases/berichten-blind.json) is a measurement, not a test: its score
 * is printed by `npm run begrip:blind` and nobody who changes the understanding may read it. This test holds
 * only its shape, and a failure names a case by its number, never by its text.
 */
import { describe, expect, it } from 'vitest'
import { vraagMetId } from '../flows/index.js'
import { isGeldigGeval, laadGevallen, TALEN } from './berichten-meting.js'

const GEVALLEN = laadGevallen('berichten-blind.json')

describe('de achtergehouden set van getypte berichten', () => {
  it('heeft minstens 180 berichten, minstens 25 per taal, bij het menu en minstens 18 vragen', () => {
    expect(GEVALLEN.length).toBeGreaterThanOrEqual(180)
    for (const taal of TALEN) expect(GEVALLEN.filter((g) => g.taal === taal).length, taal).toBeGreaterThanOrEqual(25)
    const vragen = new Set(GEVALLEN.map((g) => g.vraag))
    expect(vragen.has('onderwerp')).toBe(true)
    expect(vragen.size - 1).toBeGreaterThanOrEqual(18)
  })

  it('verwacht bij elk bericht iets wat de vraag kan hebben', () => {
    const ongeldig = GEVALLEN.flatMap((g, i) => (isGeldigGeval(g) ? [] : [i]))
    expect(ongeldig, 'nummers van ongeldige gevallen').toEqual([])
    for (const g of GEVALLEN) expect(vraagMetId(g.vraag)).toBeDefined()
  })

  it('verwacht elke soort van het contract minstens één keer', () => {
    const soorten = new Set(GEVALLEN.map((g) => g.begrip.soort))
    for (const soort of ['antwoord', 'uitleg', 'waarom', 'onderwerp', 'mens', 'buiten', 'persoonsgegevens', 'onbekend'])
      expect(soorten.has(soort), soort).toBe(true)
  })
})
