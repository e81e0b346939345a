/**
 * The test set of typed messages (test/cases/berichten.json): each message with the open question it
 * is typed at and what should be understood. One generic test runs them all, prints the figures per
 * language and per `begrip.soort`, and holds the set to at least 90% right and to no value recorded
 * that the message did not say. The scoring is shared with the held-out set (test/berichten-meting.ts).
 */
import { describe, expect, it } from 'vitest'
import { vraagMetId } from '../flows/index.js'
import { cijfers, laadGevallen, meet } from './berichten-meting.js'

const GEVALLEN = laadGevallen('berichten.json')

describe('de testset van getypte berichten', () => {
  it('heeft minstens 150 berichten in de zes talen, elk bij een bestaande vraag', () => {
    expect(GEVALLEN.length).toBeGreaterThanOrEqual(150)
    expect(new Set(GEVALLEN.map((g) => g.taal))).toEqual(new Set(['nl', 'en', 'ar', 'tr', 'pl', 'uk']))
    for (const g of GEVALLEN) expect(vraagMetId(g.vraag), g.vraag).toBeDefined()
  })

  it('begrijpt minstens 90% goed en legt nooit iets vast dat niet gezegd is', () => {
    const m = meet(GEVALLEN)
    console.log(
      [
        ...cijfers(m),
        '-- onterecht vastgelegd',
        ...m.onterecht,
        '-- verkeerd voorgesteld',
        ...m.verkeerdVoorgesteld,
        '-- nog fout',
        ...m.fout,
      ].join('\n'),
    )
    expect(m.onterecht).toEqual([])
    expect(m.goed / m.totaal).toBeGreaterThanOrEqual(0.9)
  })
})
