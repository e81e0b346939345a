/**
 * POST /checks on the corrected domain.md: contradictory facts refused (D2, interpretation 19),
 * `null` as "not known" (interpretation 20), and the beschut-werk group for loonwaarde from 2017.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FEITEN, type Situatie, tegenstrijdigheden } from '../rules/index.js'
import { feitWaarden, peildatumArb } from './arbitraries.js'
import { testApp, vraag } from './helpers.js'
import { ASSEN } from './regelmodel.js'

const app = testApp()
const check = (situatie: unknown, peildatum?: string, headers: Record<string, string> = {}) =>
  vraag(app, 'POST', '/api/v1/checks', peildatum ? { situatie, peildatum } : { situatie }, headers)

const oordeel = (json: { uitkomsten: { voorziening: string; oordeel: string }[] }, id: string) =>
  json.uitkomsten.find((u) => u.voorziening === id)?.oordeel

describe('tegenstrijdige feiten geven 400 (domain.md D2)', () => {
  // The band's lower edge moves with the AOW age of the year before: 65 (2016), 66 (2019, 2024), 67 (2025, 2028).
  const gevallen: [string, number][] = [
    ['2015-07-01', 64],
    ['2016-12-31', 64],
    ['2019-03-01', 65],
    ['2024-06-01', 65],
    ['2025-01-01', 66],
    ['2026-11-22', 66],
    ['2028-06-01', 66],
    ['2031-12-31', 66],
  ]

  it.each(gevallen)('op %s: %i jaar met aowLeeftijdBereikt true', async (peildatum, leeftijd) => {
    const { status, headers, json } = await check(
      { woontInGemeente: true, leeftijd, aowLeeftijdBereikt: true },
      peildatum,
    )
    expect(status).toBe(400)
    expect(headers.get('Content-Type')).toContain('application/problem+json')
    expect(json.title).toBe('Feiten spreken elkaar tegen')
    expect(json.errors).toEqual([
      {
        in: 'body',
        location: { pointer: '/situatie/aowLeeftijdBereikt' },
        code: 'tegenstrijdig',
        detail: `Met ${leeftijd} jaar heeft niemand de AOW-leeftijd al bereikt. Wie jonger is dan ${ASSEN.opDatum(peildatum).aowBand.onder}, heeft die leeftijd nog niet. Laat dit veld weg of maak het false.`,
      },
    ])
  })

  it.each(gevallen)('op %s: één jaar ouder is geen tegenspraak', async (peildatum, leeftijd) => {
    const { status, json } = await check(
      { woontInGemeente: true, leeftijd: leeftijd + 1, aowLeeftijdBereikt: true },
      peildatum,
    )
    expect(status).toBe(200)
    expect(json.doelgroep).toMatchObject({ oordeel: 'nee', verwijzing: 'aow' })
  })

  it('zonder peildatum telt vandaag (2026: geen band, 66 met AOW kan niet)', async () => {
    expect((await check({ leeftijd: 66, aowLeeftijdBereikt: true })).status).toBe(400)
    expect((await check({ leeftijd: 67, aowLeeftijdBereikt: true })).status).toBe(200)
  })

  it('oud genoeg met aowLeeftijdBereikt false mag: de leeftijd beslist', async () => {
    const { status, json } = await check({ woontInGemeente: true, leeftijd: 70, aowLeeftijdBereikt: false })
    expect(status).toBe(200)
    expect(json.doelgroep.verwijzing).toBe('aow')
  })

  it('een onbekende leeftijd (ontbrekend of null) is geen tegenspraak', async () => {
    expect((await check({ aowLeeftijdBereikt: true })).status).toBe(200)
    expect((await check({ leeftijd: null, aowLeeftijdBereikt: true })).json.doelgroep.verwijzing).toBe('aow')
  })

  it('de uitleg staat in de taal van het verzoek', async () => {
    const { json } = await check({ leeftijd: 30, aowLeeftijdBereikt: true }, undefined, { 'Accept-Language': 'en' })
    expect(json.errors[0].detail).toContain('nobody has reached the state pension (AOW) age')
  })

  it('precies wat rules/ tegenstrijdig noemt, krijgt 400; al het andere 200', async () => {
    const gevallen = fc.sample(
      fc.record({
        situatie: fc.record(feitWaarden, { requiredKeys: [] }) as fc.Arbitrary<Situatie>,
        peildatum: peildatumArb,
      }),
      { numRuns: 150, seed: 16 },
    )
    let geweigerd = 0
    for (const { situatie, peildatum } of gevallen) {
      const fout = tegenstrijdigheden(situatie, peildatum, ASSEN).length > 0
      if (fout) geweigerd++
      expect((await check(situatie, peildatum)).status, JSON.stringify({ situatie, peildatum })).toBe(fout ? 400 : 200)
    }
    expect(geweigerd).toBeGreaterThan(0)
  })
})

describe('null in een verzoek betekent: niet bekend (interpretatie 20)', () => {
  it('elk veld mag null zijn, en geeft hetzelfde antwoord als zonder dat veld', async () => {
    const alleNull = Object.fromEntries(FEITEN.map((f) => [f, null]))
    const leeg = await check({}, '2026-11-22')
    const metNull = await check(alleNull, '2026-11-22')
    expect(metNull.status).toBe(200)
    expect(metNull.tekst).toBe(leeg.tekst)
  })

  it('null naast bekende feiten: zoals ontbrekend, en nooit null in het antwoord', async () => {
    const gevallen = fc.sample(
      fc.record({
        situatie: fc.record(feitWaarden, { requiredKeys: [] }) as fc.Arbitrary<Situatie>,
        leeg: fc.subarray(FEITEN, { minLength: 1 }),
        peildatum: peildatumArb,
      }),
      { numRuns: 60, seed: 20 },
    )
    for (const { situatie, leeg, peildatum } of gevallen) {
      const zonder = Object.fromEntries(Object.entries(situatie).filter(([k]) => !leeg.includes(k as never)))
      const met = { ...zonder, ...Object.fromEntries(leeg.map((f) => [f, null])) }
      const a = await check(met, peildatum)
      const b = await check(zonder, peildatum)
      expect(a.status).toBe(b.status)
      expect(a.tekst).toBe(b.tekst)
      expect(a.tekst).not.toContain('null')
    }
  })

  it('een null-veld staat als ontbrekend in de uitkomst', async () => {
    const { json } = await check({ woontInGemeente: true, leeftijd: 40, uitkering: null }, '2026-11-22')
    expect(json.uitkomsten.find((u: { voorziening: string }) => u.voorziening === 'scholing').ontbrekend).toEqual([
      'uitkering',
      'werktMetLoonkostensubsidie',
    ])
  })

  it('null maakt een fout type niet goed: een tekst blijft fout', async () => {
    const { status, json } = await check({ leeftijd: 'null' })
    expect(status).toBe(400)
    expect(json.errors[0].location.pointer).toBe('/situatie/leeftijd')
  })

  it('het OpenAPI-document zegt dat null mag', async () => {
    const { json } = await vraag(app, 'GET', '/api/v1/openapi.json')
    const velden = json.components.schemas.Situatie.properties
    expect(Object.keys(velden)).toEqual(FEITEN)
    for (const f of FEITEN) expect(velden[f].type, f).toContain('null')
  })
})

describe('loonkostensubsidie naar loonwaarde voor de groep van beschut werk (vanaf 2017)', () => {
  const uwvBeschut = {
    woontInGemeente: true,
    leeftijd: 40,
    uitkering: 'uwv',
    werktMetLoonkostensubsidie: false,
    beperking: true,
    beschutteWerkplekNodig: true,
    kanVolledigMinimumloonVerdienen: false,
  }

  it('2016-12-31: een UWV-klant niet', async () => {
    const { json } = await check(uwvBeschut, '2016-12-31')
    expect(json.doelgroep.verwijzing).toBe('uwv')
    expect(oordeel(json, 'loonkostensubsidie-loonwaarde')).toBe('niet')
    expect(oordeel(json, 'beschut-werk')).toBe('niet')
  })

  it('2017-01-01: een UWV-klant mogelijk, met Pw art. 10b en 10d als reden', async () => {
    const { json } = await check(uwvBeschut, '2017-01-01')
    expect(oordeel(json, 'loonkostensubsidie-loonwaarde')).toBe('mogelijk')
    expect(oordeel(json, 'beschut-werk')).toBe('mogelijk')
    const loonwaarde = json.uitkomsten.find(
      (u: { voorziening: string }) => u.voorziening === 'loonkostensubsidie-loonwaarde',
    )
    expect(loonwaarde.redenen[0]).toEqual({
      artikel: 'Pw art. 10b lid 1; Pw art. 10d',
      uitleg:
        'Je hoort misschien bij de mensen voor beschut werk. Dan kan je werkgever ook loonkostensubsidie krijgen.',
    })
  })
})
