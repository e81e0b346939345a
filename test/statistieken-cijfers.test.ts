/**
 * Figures a gemeente can steer by: retention on both stores, the anonymous widget events, the
 * reason behind "nee", typed messages by kind, the same counts on SQLite and Redis, and proof that
 * a hidden small number cannot be worked out from the numbers that are shown.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { leesEnv } from '../server/env.js'
import { telBericht } from '../server/statistieken/meten.js'
import { type Aantal, MINDER_DAN, maakOverzicht, verberg } from '../server/statistieken/overzicht.js'
import { redisTeller, STAT_SLEUTEL } from '../server/statistieken/redis.js'
import { sqliteTeller } from '../server/statistieken/sqlite.js'
import { isToegestaan, type Rij, STANDAARD_BEWAAR_DAGEN, type Teller } from '../server/statistieken/types.js'
import { geheugenStore } from '../server/store/geheugen.js'
import type { GesprekRecord } from '../server/store/types.js'
import { type TestApp, testApp, vraag } from './helpers.js'
import { type RedisServer, startRedis, vrijePoort } from './redis-server.js'

const DAG = '2026-11-22'
const TOKEN = 'een-geheim-beheertoken-van-32-tekens'

let redis: RedisServer
const map = mkdtempSync(join(tmpdir(), 'werkwijzer-cijfers-'))
beforeAll(async () => {
  redis = await startRedis()
})
afterAll(async () => {
  await redis?.opruimen()
  rmSync(map, { recursive: true, force: true })
})

const nieuwSqlite = (bewaarDagen?: number) =>
  sqliteTeller(join(map, Math.random().toString(36).slice(2), 'statistieken.db'), undefined, bewaarDagen)
async function nieuwRedis(bewaarDagen?: number) {
  const schoon = new Redis(redis.url)
  await schoon.flushall()
  schoon.disconnect()
  return redisTeller(redis.url, undefined, bewaarDagen)
}

const een = (sleutel: string, onderwerp = 'alles', taal = 'nl') => ({ onderwerp, taal, sleutel })
const dagen = async (teller: Teller) => [...new Set((await teller.lees('2000-01-01', '2100-01-01')).map((r) => r.dag))]

/** A day relative to the real today: Redis lets a day's hash expire by the real clock. */
const dagVoor = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)

/** A store that outlives its teller, to open it again with another retention. */
const opslagen = [
  [
    'SQLite',
    async () => {
      const pad = join(map, Math.random().toString(36).slice(2), 'statistieken.db')
      return (bewaarDagen?: number) => sqliteTeller(pad, undefined, bewaarDagen)
    },
  ],
  [
    'Redis',
    async () => {
      const schoon = new Redis(redis.url)
      await schoon.flushall()
      schoon.disconnect()
      return (bewaarDagen?: number) => redisTeller(redis.url, undefined, bewaarDagen)
    },
  ],
] as const

describe.each(opslagen)('bewaren op %s: oude tellingen gaan weg', (_naam, opslag) => {
  it('de eerste telling van een nieuwe dag wist alles ouder dan STATISTIEKEN_BEWAAR_DAGEN', async () => {
    const open = await opslag()
    const vandaag = dagVoor(0)
    // Counted while the retention was 60 days; then the server starts again with 30.
    const eerst = open(60)
    for (const dag of [dagVoor(31), dagVoor(30), dagVoor(29)]) eerst.tel(dag, [een('gestart')])
    await eerst.close()
    const teller = open(30)
    expect((await dagen(teller)).sort()).toEqual([dagVoor(31), dagVoor(30), dagVoor(29)])
    teller.tel(vandaag, [een('klaar')])
    await teller.leeg()
    // Today minus 30 days is kept; the day before it goes.
    expect((await dagen(teller)).sort()).toEqual([dagVoor(30), dagVoor(29), vandaag])
    await teller.close()
  })

  it('ruimOp wist op verzoek en zegt hoeveel dagen', async () => {
    const teller = (await opslag())()
    for (const dag of [dagVoor(100), dagVoor(99), dagVoor(1)]) teller.tel(dag, [een('gestart')])
    await teller.leeg()
    expect(await teller.ruimOp(dagVoor(50))).toBe(2)
    expect(await dagen(teller)).toEqual([dagVoor(1)])
    await teller.close()
  })
})

describe('bewaren: instelling en Redis zelf', () => {
  it('STATISTIEKEN_BEWAAR_DAGEN is standaard ongeveer 13 maanden en moet een getal zijn', () => {
    expect(leesEnv({}).STATISTIEKEN_BEWAAR_DAGEN).toBe(STANDAARD_BEWAAR_DAGEN)
    expect(STANDAARD_BEWAAR_DAGEN).toBeGreaterThanOrEqual(390)
    expect(STANDAARD_BEWAAR_DAGEN).toBeLessThanOrEqual(400)
    expect(leesEnv({ STATISTIEKEN_BEWAAR_DAGEN: '60' }).STATISTIEKEN_BEWAAR_DAGEN).toBe(60)
    expect(() => leesEnv({ STATISTIEKEN_BEWAAR_DAGEN: 'veel' })).toThrow(/STATISTIEKEN_BEWAAR_DAGEN/)
  })

  it('Redis: elke dag krijgt een vervaltijd aan het eind van de bewaartermijn', async () => {
    const teller = await nieuwRedis(30)
    teller.tel(DAG, [een('gestart')])
    await teller.leeg()
    const kijk = new Redis(redis.url)
    const verloopt = await kijk.expiretime(`${STAT_SLEUTEL}${DAG}`)
    kijk.disconnect()
    // The end of 22 December 2026 (UTC): 22 November plus 30 days, plus that whole last day.
    expect(verloopt).toBe(Date.parse('2026-12-23T00:00:00Z') / 1000)
    await teller.close()
  })
})

/** A short conversation through the API; the steps are the open questions in order. */
async function werkstage(app: TestApp) {
  let s = (await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'werkstage' })).json
  for (const [id, waarde] of [
    ['woontInGemeente', true],
    ['leeftijd', 37],
    ['uitkering', 'bijstand'],
    ['maandenUitkering', 30],
    ['afstandTotArbeidsmarkt', 'kort'],
  ] as const) {
    expect(s.vraag?.id).toBe(id)
    s = (await vraag(app, 'POST', `/api/v1/gesprekken/${s.gesprek}/antwoorden`, { vraag: id, waarde })).json
  }
  expect(s.klaar).toBe(true)
  return s.gesprek as string
}

const figuren = async (teller: Teller) => {
  await teller.leeg()
  return Object.fromEntries(
    (await teller.lees(DAG, DAG)).map((r) => [`${r.onderwerp}|${r.taal}|${r.sleutel}`, r.aantal]).sort(),
  )
}

describe('dezelfde tellingen op SQLite en Redis', () => {
  it('één reeks gesprekken, gebeurtenissen en feedback geeft op beide precies dezelfde rijen', async () => {
    const tellers = [nieuwSqlite(), await nieuwRedis()]
    const uitkomst: Record<string, number>[] = []
    for (const teller of tellers) {
      const app = testApp({ teller })
      const a = await werkstage(app)
      const b = await werkstage(app)
      await vraag(app, 'POST', `/api/v1/gesprekken/${a}/feedback`, { antwoord: 'nee', reden: 'snap-niet' })
      await vraag(app, 'POST', `/api/v1/gesprekken/${b}/feedback`, { antwoord: 'een-beetje' })
      for (const soort of ['bel', 'bel', 'waarom', 'launcher'])
        await vraag(app, 'POST', '/api/v1/gebeurtenissen', { soort, taal: 'tr', onderwerp: 'werkstage' })
      await vraag(app, 'DELETE', `/api/v1/gesprekken/${a}`)
      uitkomst.push(await figuren(teller))
      await teller.close()
    }
    expect(uitkomst[0]).toMatchObject({
      'werkstage|nl|gestart': 2,
      'werkstage|nl|feedback:nee': 1,
      'werkstage|nl|feedback:nee:werkstage:niet': 1,
      'werkstage|nl|feedbackReden:snap-niet': 1,
      'werkstage|nl|feedback:een-beetje:werkstage:niet': 1,
      'werkstage|tr|actie:bel': 2,
      'werkstage|tr|actie:waarom': 1,
      'werkstage|tr|actie:launcher': 1,
      'werkstage|nl|gewist': 1,
    })
    expect(uitkomst[1]).toEqual(uitkomst[0])
  })
})

describe('POST /api/v1/gebeurtenissen: anoniem, uit een vaste lijst', () => {
  const teller = sqliteTeller(':memory:')
  const app = testApp({ teller })
  afterAll(() => teller.close())

  it('204 en één telling per dag, zonder id of tekst; geen cookie', async () => {
    const voor = await figuren(teller)
    const res = await vraag(app, 'POST', '/api/v1/gebeurtenissen', { soort: 'medewerker', taal: 'ar' })
    expect(res.status).toBe(204)
    expect(res.headers.get('set-cookie')).toBeNull()
    await vraag(app, 'POST', '/api/v1/gebeurtenissen', { soort: 'livechat', taal: 'nl', onderwerp: 'scholing' })
    const na = await figuren(teller)
    expect(na['menu|ar|actie:medewerker']).toBe((voor['menu|ar|actie:medewerker'] ?? 0) + 1)
    expect(na['scholing|nl|actie:livechat']).toBe(1)
  })

  it.each([
    [{ soort: 'iets-anders', taal: 'nl' }, 'soort'],
    [{ soort: 'bel', taal: 'nl', gesprek: '00000000-0000-4000-8000-000000000000' }, 'gesprek'],
    [{ soort: 'bel', taal: 'nl', tekst: 'mijn naam is Jan' }, 'tekst'],
    [{ soort: 'bel', taal: 'nl-NL; x' }, 'taal'],
    [{ soort: 'bel', taal: 'nl', onderwerp: 'iemand' }, 'onderwerp'],
  ])('%j: 400 problem+json in het Nederlands, niets geteld', async (body, veld) => {
    const voor = await figuren(teller)
    const res = await vraag(app, 'POST', '/api/v1/gebeurtenissen', body)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(res.json.errors[0].location.pointer).toBe(`/${veld}`)
    expect(await figuren(teller)).toEqual(voor)
  })

  it('een taal die de widget niet kent, telt als Nederlands (geen vrije waarde in de opslag)', async () => {
    expect((await vraag(app, 'POST', '/api/v1/gebeurtenissen', { soort: 'taal', taal: 'xx' })).status).toBe(204)
    const na = await figuren(teller)
    expect(na['menu|nl|actie:taal']).toBe(1)
    expect(Object.keys(na).some((k) => k.includes('|xx|'))).toBe(false)
  })

  it('staat in het OpenAPI-document, met de vaste lijst', async () => {
    const doc = (await vraag(app, 'GET', '/api/v1/openapi.json')).json
    const schema = doc.components.schemas.Gebeurtenis
    expect(schema.properties.soort.enum).toEqual(expect.arrayContaining(['medewerker', 'bel', 'livechat', 'inline']))
    expect(schema.additionalProperties).toBe(false)
  })
})

describe('"Klopt dit voor jou?" met een reden bij "nee"', () => {
  const teller = sqliteTeller(':memory:')
  const app = testApp({ teller })
  afterAll(() => teller.close())
  const pad = (id: string) => `/api/v1/gesprekken/${id}/feedback`

  it('de reden mag mee met "nee", of één keer daarna; niet bij "ja", en niet twee keer', async () => {
    const a = await werkstage(app)
    expect((await vraag(app, 'POST', pad(a), { antwoord: 'ja', reden: 'past-niet' })).status).toBe(400)
    expect((await vraag(app, 'POST', pad(a), { antwoord: 'nee', reden: 'vrije tekst' })).status).toBe(400)
    expect((await vraag(app, 'POST', pad(a), { antwoord: 'nee' })).status).toBe(204)
    expect((await vraag(app, 'POST', pad(a), { antwoord: 'nee', reden: 'mis-hulp' })).status).toBe(204)
    expect((await vraag(app, 'POST', pad(a), { antwoord: 'nee', reden: 'past-niet' })).status).toBe(409)
    const b = await werkstage(app)
    expect((await vraag(app, 'POST', pad(b), { antwoord: 'ja' })).status).toBe(204)
    expect((await vraag(app, 'POST', pad(b), { antwoord: 'nee', reden: 'past-niet' })).status).toBe(409)
    const f = await figuren(teller)
    expect(f['werkstage|nl|feedbackReden:mis-hulp']).toBe(1)
    expect(f['werkstage|nl|feedbackReden:past-niet']).toBeUndefined()
    expect(f['werkstage|nl|feedback:nee']).toBe(1)
    expect(f['werkstage|nl|feedback:ja']).toBe(1)
  })
})

describe('getypte berichten: alleen de soort', () => {
  it('telBericht telt begrip.soort; een soort buiten de lijst komt nooit in de opslag', async () => {
    const teller = sqliteTeller(':memory:')
    const record = {
      id: '00000000-0000-4000-8000-000000000000',
      taal: 'pl',
      aangemaakt: 0,
      bijgewerkt: 0,
      bewaard: { staat: 'kiesOnderwerp', context: { onderwerp: 'alles' } },
    } as unknown as GesprekRecord
    const tellingen = telBericht(record, 'mens')
    expect(tellingen).toEqual([{ onderwerp: 'menu', taal: 'pl', sleutel: 'bericht:mens' }])
    teller.tel(DAG, [...tellingen, { onderwerp: 'menu', taal: 'pl', sleutel: 'bericht:ik heet Jan' }])
    expect(isToegestaan({ onderwerp: 'menu', taal: 'pl', sleutel: 'bericht:ik heet Jan' })).toBe(false)
    expect(await figuren(teller)).toEqual({ 'menu|pl|bericht:mens': 1 })
    await teller.close()
  })
})

describe('de cijfers via de API zijn dezelfde als op /beheer en in de CSV', () => {
  it('een telling via de gebeurtenis-route staat in alle drie', async () => {
    const teller = sqliteTeller(':memory:')
    const app = testApp({ teller, beheerToken: TOKEN, store: geheugenStore({ max: 10, ttlMs: 60_000 }) })
    for (let i = 0; i < 12; i++) await vraag(app, 'POST', '/api/v1/gebeurtenissen', { soort: 'bel', taal: 'nl' })
    await teller.leeg()
    const kop = { Authorization: `Bearer ${TOKEN}` }
    const json = (await vraag(app, 'GET', `/api/v1/statistieken?van=${DAG}&tot=${DAG}`, undefined, kop)).json
    expect(json.acties.find((a: { actie: string }) => a.actie === 'bel').aantal).toBe(10)
    const pagina = (await vraag(app, 'GET', `/beheer?van=${DAG}&tot=${DAG}`, undefined, kop)).tekst
    expect(pagina).toContain('<th scope="row">Op het telefoonnummer getikt</th><td class="getal">10</td>')
    const csv = await (await app.request(`/beheer/statistieken.csv?van=${DAG}&tot=${DAG}`, { headers: kop })).text()
    expect(csv).toContain(`${DAG};${DAG};actie;bel;aantal;10`)
    await teller.close()
  })
})

/**
 * What someone can learn from the shown numbers: every combination of true counts that would show
 * exactly the same. A hidden cell is safe when more than one value stays possible.
 *
 * Two days, two languages. Shown: each day's total and its count per language, both days together
 * (total and per language), and the days in the series. First: the overview shows exactly the
 * hidden and rounded sums. Then, by brute force over every candidate, what can be worked out.
 */
describe('een verborgen aantal is niet terug te rekenen', () => {
  const TALEN = ['nl', 'en'] as const
  const DAGEN = ['2026-11-01', '2026-11-02'] as const
  const rijenVan = (cellen: readonly number[]): Rij[] =>
    DAGEN.flatMap((dag, d) =>
      TALEN.map((taal, t) => ({ dag, onderwerp: 'alles', taal, sleutel: 'gestart', aantal: cellen[d * 2 + t] ?? 0 })),
    ).filter((r) => r.aantal > 0)
  const PERIODES = [
    [DAGEN[0], DAGEN[0]],
    [DAGEN[1], DAGEN[1]],
    [DAGEN[0], DAGEN[1]],
  ] as const

  /** What the overview shows for the three periods. */
  function zichtVanOverzicht(cellen: readonly number[]): Aantal[] {
    return PERIODES.flatMap(([van, tot]) => {
      const o = maakOverzicht(rijenVan(cellen), van, tot, { talen: TALEN })
      return [o.gesprekken.gestart, ...o.perTaal.map((p) => p.gestart), ...o.perDag.map((d) => d.gestart)]
    })
  }
  /** The same, as hidden and rounded sums (fast enough to try ten thousand candidates). */
  function zicht([a = 0, b = 0, c = 0, d = 0]: readonly number[]): Aantal[] {
    // Per language in alphabetical order: en (b, d) before nl (a, c).
    const dag1 = [a + b, b, a, a + b]
    const dag2 = [c + d, d, c, c + d]
    const samen = [a + b + c + d, b + d, a + c, a + b, c + d]
    return [...dag1, ...dag2, ...samen].map(verberg)
  }
  const bereik = (getoond: Aantal) => Array.from({ length: 60 }, (_, n) => n).filter((n) => verberg(n) === getoond)

  /** Every value of the cell at `index` that shows exactly what `cellen` shows. */
  function mogelijk(cellen: readonly number[], index: number): Set<number> {
    const gezien = zicht(cellen).join()
    const kandidaten = cellen.map((c) => bereik(verberg(c)))
    const waarden = new Set<number>()
    const probeer = (i: number, keuze: number[]) => {
      if (i === cellen.length) {
        if (zicht(keuze).join() === gezien) waarden.add(keuze[index] as number)
        return
      }
      for (const w of kandidaten[i] as number[]) probeer(i + 1, [...keuze, w])
    }
    probeer(0, [])
    return waarden
  }

  it('het overzicht toont precies de verborgen en afgeronde sommen', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 4, maxLength: 4 }), (cellen) => {
        expect(zichtVanOverzicht(cellen)).toEqual(zicht(cellen))
      }),
      { numRuns: 40 },
    )
  })

  it('totaal 39 en Nederlands 38: Engels kan 0 tot 4 zijn, niet alleen 1', () => {
    // Day 1: 20 in Dutch. Day 2: 18 in Dutch and 1 in English. Unrounded, 39 - 38 would give 1.
    const cellen = [20, 0, 18, 1]
    const o = maakOverzicht(rijenVan(cellen), DAGEN[0], DAGEN[1], { talen: TALEN })
    expect(o.gesprekken.gestart).toBe(40)
    expect(o.perTaal).toEqual([
      { taal: 'en', gestart: MINDER_DAN, klaar: MINDER_DAN },
      { taal: 'nl', gestart: 40, klaar: MINDER_DAN },
    ])
    expect([...mogelijk(cellen, 3)].sort()).toEqual([0, 1, 2, 3, 4])
  })

  it('twee verborgen cellen onder één getoond totaal (4 en 4, samen 8) blijven verborgen', () => {
    expect(mogelijk([4, 4, 0, 0], 0).size).toBeGreaterThanOrEqual(2)
  })

  it('elke verborgen cel houdt minstens twee mogelijke waarden, ook met periodes die overlappen', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 4, maxLength: 4 }), (cellen) => {
        for (const [i, c] of cellen.entries()) {
          if (c >= 5) continue
          expect(mogelijk(cellen, i).size, JSON.stringify(cellen)).toBeGreaterThanOrEqual(2)
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('de opslag van de cijfers is weg: 503 met Retry-After, nooit een 500', () => {
  const kop = { Authorization: `Bearer ${TOKEN}` }

  it('Redis onbereikbaar: /api/v1/statistieken, /beheer en de CSV', async () => {
    const poort = await vrijePoort()
    const teller = redisTeller(`redis://127.0.0.1:${poort}`, () => {})
    const app = testApp({ teller, beheerToken: TOKEN })
    const api = await vraag(app, 'GET', `/api/v1/statistieken?van=${DAG}&tot=${DAG}`, undefined, kop)
    expect(api.status).toBe(503)
    expect(api.headers.get('content-type')).toContain('application/problem+json')
    expect(api.headers.get('retry-after')).toBe('30')
    expect(api.json.detail).toContain('Probeer het over een minuut opnieuw.')
    const pagina = await vraag(app, 'GET', `/beheer?van=${DAG}&tot=${DAG}`, undefined, { ...kop, Accept: 'text/html' })
    expect(pagina.status).toBe(503)
    expect(pagina.tekst).toContain('De opslag van de cijfers is nu niet bereikbaar.')
    const csv = await app.request(`/beheer/statistieken.csv?van=${DAG}&tot=${DAG}`, { headers: kop })
    expect(csv.status).toBe(503)
    expect(csv.headers.get('retry-after')).toBe('30')
    await teller.close()
  })
})
