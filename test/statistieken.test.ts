/**
 * Issue 10: anonymous use statistics. Conversations walked through the API must raise exactly the
 * right counters, on SQLite and on a real redis-server, and nothing that could point to a person
 * (an id, an answer, a note) may end up in storage.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stap, start } from '../flows/index.js'
import { telStap } from '../server/statistieken/meten.js'
import { maakOverzicht, telOp } from '../server/statistieken/overzicht.js'
import { redisTeller, SPOEL_MS, STAT_SLEUTEL } from '../server/statistieken/redis.js'
import { zonderRuis } from '../server/statistieken/ruis.js'
import { sqliteTeller } from '../server/statistieken/sqlite.js'
import { isToegestaan, type Rij, type Teller } from '../server/statistieken/types.js'
import { geheugenStore } from '../server/store/geheugen.js'
import type { GesprekRecord } from '../server/store/types.js'
import { type TestApp, testApp, vraag } from './helpers.js'
import { type RedisServer, startRedis, vrijePoort } from './redis-server.js'
import { ASSEN } from './regelmodel.js'

const DAG = '2026-11-22'
const TOKEN = 'een-geheim-beheertoken-van-32-tekens'

/** Answers the open questions in order; each step checks that the expected question was open. */
async function loop(app: TestApp, begin: object, stappen: [string, unknown][]) {
  const eerste = await vraag(app, 'POST', '/api/v1/gesprekken', begin)
  expect(eerste.status).toBe(201)
  let s = eerste.json
  for (const [id, waarde] of stappen) {
    if (id === 'terug') {
      s = (await vraag(app, 'POST', `/api/v1/gesprekken/${s.gesprek}/terug`)).json
      continue
    }
    expect(s.vraag?.id, `open vraag voor ${id}`).toBe(id)
    const antwoord = await vraag(app, 'POST', `/api/v1/gesprekken/${s.gesprek}/antwoorden`, { vraag: id, waarde })
    expect(antwoord.status).toBe(200)
    s = antwoord.json
  }
  return s
}

/** The stored figures as `onderwerp|taal|sleutel -> aantal` for one day. */
async function figuren(teller: Teller): Promise<Record<string, number>> {
  await teller.leeg()
  const rijen = await teller.lees(DAG, DAG)
  return Object.fromEntries(
    rijen
      .map((r) => [`${r.onderwerp}|${r.taal}|${r.sleutel}`, r.aantal] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  )
}

const WERKSTAGE: [string, unknown][] = [
  ['woontInGemeente', true],
  ['leeftijd', 37],
  ['uitkering', 'bijstand'],
  ['maandenUitkering', 30],
  ['afstandTotArbeidsmarkt', 'kort'],
]

/** What scenario "Werkstage tot het einde, met Ja op 'klopt dit?'" must add. */
const WERKSTAGE_VERWACHT = {
  'werkstage|nl|gestart': 1,
  ...Object.fromEntries(
    WERKSTAGE.flatMap(([v]) => [
      [`werkstage|nl|bereikt:${v}`, 1],
      [`werkstage|nl|beantwoord:${v}`, 1],
    ]),
  ),
  'werkstage|nl|klaar': 1,
  'werkstage|nl|uitkomst:werkstage:niet': 1,
  'werkstage|nl|feedback:ja': 1,
  'werkstage|nl|feedback:ja:werkstage:niet': 1,
}

let redisServer: RedisServer | undefined
let redisUrl = ''
const map = mkdtempSync(join(tmpdir(), 'werkwijzer-stat-'))

beforeAll(async () => {
  redisServer = await startRedis({ aof: false })
  redisUrl = redisServer.url
})

afterAll(async () => {
  await redisServer?.opruimen()
  rmSync(map, { recursive: true, force: true })
})

const soorten = [
  ['SQLite', () => sqliteTeller(join(map, `${Math.random().toString(36).slice(2)}`, 'statistieken.db'))],
  [
    'Redis',
    async () => {
      const redis = new Redis(redisUrl)
      await redis.flushall()
      redis.disconnect()
      return redisTeller(redisUrl)
    },
  ],
] as const

describe.each(soorten)('tellen via de API op %s', (_naam, maak) => {
  let teller: Teller
  let app: TestApp
  beforeAll(async () => {
    teller = await maak()
    app = testApp({ teller, beheerToken: TOKEN })
  })
  afterAll(() => teller.close())

  it('een gesprek over werkstage tot het einde, met "klopt dit?" = ja', async () => {
    const eind = await loop(app, { onderwerp: 'werkstage' }, WERKSTAGE)
    expect(eind.klaar).toBe(true)
    expect((await vraag(app, 'POST', `/api/v1/gesprekken/${eind.gesprek}/feedback`, { antwoord: 'ja' })).status).toBe(
      204,
    )
    // Reading the step again counts nothing.
    await vraag(app, 'GET', `/api/v1/gesprekken/${eind.gesprek}`)
    expect(await figuren(teller)).toEqual(WERKSTAGE_VERWACHT)
  })

  it('via het menu, in het Engels, terug, "Weet ik niet", stoppen en wissen', async () => {
    const voor = await figuren(teller)
    const s = await loop(app, { taal: 'en' }, [
      ['onderwerp', 'werkstage'],
      ['woontInGemeente', true],
      ['terug', null],
      ['woontInGemeente', true],
      ['leeftijd', null],
    ])
    const gestopt = s.vraag.id as string
    expect((await vraag(app, 'DELETE', `/api/v1/gesprekken/${s.gesprek}`)).status).toBe(204)
    const nieuw = Object.fromEntries(
      Object.entries(await figuren(teller)).filter(([k, v]) => v !== (voor as Record<string, number>)[k]),
    )
    expect(nieuw).toEqual({
      'menu|en|gestart': 1,
      'menu|en|bereikt:onderwerp': 1,
      'menu|en|beantwoord:onderwerp': 1,
      'werkstage|en|gekozen': 1,
      'werkstage|en|bereikt:woontInGemeente': 1,
      'werkstage|en|beantwoord:woontInGemeente': 1,
      'werkstage|en|bereikt:leeftijd': 1,
      'werkstage|en|beantwoord:leeftijd': 1,
      'werkstage|en|weetNiet:leeftijd': 1,
      [`werkstage|en|bereikt:${gestopt}`]: 1,
      'werkstage|en|gewist': 1,
    })
  })

  it('doelgroep nee: per verwijzing, en de uitkomst van elke voorziening zoals de API die gaf', async () => {
    const voor = await figuren(teller)
    const eind = await loop(app, { onderwerp: 'alles' }, [['woontInGemeente', false]])
    expect(eind.klaar).toBe(true)
    const nieuw = Object.fromEntries(
      Object.entries(await figuren(teller)).filter(([k, v]) => v !== (voor as Record<string, number>)[k]),
    )
    expect(nieuw).toEqual({
      'alles|nl|gestart': 1,
      'alles|nl|bereikt:woontInGemeente': 1,
      'alles|nl|beantwoord:woontInGemeente': 1,
      'alles|nl|klaar': 1,
      'alles|nl|doelgroepNee:andere-gemeente': 1,
      ...Object.fromEntries(
        eind.uitkomsten.map((u: { voorziening: string; oordeel: string }) => [
          `alles|nl|uitkomst:${u.voorziening}:${u.oordeel}`,
          1,
        ]),
      ),
    })
    expect(eind.uitkomsten).toHaveLength(12)
  })

  it('GET /api/v1/statistieken geeft de cijfers, met "minder dan 5" onder de drempel', async () => {
    for (let i = 0; i < 5; i++) await loop(app, { onderwerp: 'werkstage' }, WERKSTAGE)
    await teller.leeg()
    // Read the day after the week ended (22 November 2026 is a Sunday), without noise: this is about the layout.
    const beheer = testApp({ teller, beheerToken: TOKEN, vandaag: () => '2026-11-23', statistiekRuis: zonderRuis })
    const res = await vraag(
      beheer,
      'GET',
      `/api/v1/statistieken?van=${DAG}&tot=${DAG}&onderwerp=werkstage`,
      undefined,
      {
        Authorization: `Bearer ${TOKEN}`,
      },
    )
    expect(res.status).toBe(200)
    // Exactly 7 started and 6 finished: both shown rounded to 10.
    expect(res.json.gesprekken).toEqual({
      gestart: 10,
      klaar: 10,
      samenvattingen: 'minder dan 5',
      gewist: 'minder dan 5',
    })
    expect(res.json.klopt.ja).toBe('minder dan 5')
    expect(res.json.uitkomsten).toEqual([
      { voorziening: 'werkstage', mogelijk: 'minder dan 5', onbekend: 'minder dan 5', niet: 10 },
    ])
  })
})

describe('wat een stap telt (zonder HTTP)', () => {
  const record = (bewaard: GesprekRecord['bewaard']): GesprekRecord => ({
    id: '00000000-0000-4000-8000-000000000000',
    taal: 'nl',
    aangemaakt: 0,
    bijgewerkt: 0,
    bewaard,
  })

  it('een vraag die opnieuw open staat na "terug" telt één keer; het einde ook', () => {
    let huidig = telStap(undefined, record(start('werkstage', DAG, ASSEN)), ASSEN)
    const alle = [...huidig.tellingen]
    const doe = (verzoek: Parameters<typeof stap>[1]) => {
      const volgende = stap(huidig.record.bewaard, verzoek, ASSEN)
      if (!volgende) throw new Error(`past niet: ${JSON.stringify(verzoek)}`)
      huidig = telStap(huidig.record, { ...huidig.record, bewaard: volgende }, ASSEN)
      alle.push(...huidig.tellingen)
    }
    for (const [vraagId, waarde] of WERKSTAGE) doe({ type: 'antwoord', vraag: vraagId, waarde: waarde as never })
    doe({ type: 'terug' })
    doe({ type: 'antwoord', vraag: 'afstandTotArbeidsmarkt', waarde: 'kort' })
    const geteld = alle.reduce<Record<string, number>>((som, t) => {
      som[t.sleutel] = (som[t.sleutel] ?? 0) + 1
      return som
    }, {})
    expect(geteld.klaar).toBe(1)
    expect(geteld['bereikt:afstandTotArbeidsmarkt']).toBe(1)
    expect(geteld['beantwoord:afstandTotArbeidsmarkt']).toBe(1)
    expect(alle.every(isToegestaan)).toBe(true)
  })

  it('"Geen kinderen, of weet ik niet" is geen "Weet ik niet": die vraag telt het niet', () => {
    const bewaard = start('alles', DAG, ASSEN)
    const met = {
      ...bewaard,
      context: { ...bewaard.context, antwoorden: [{ vraag: 'jongsteKindLeeftijd', waarde: null }] },
    }
    const { tellingen } = telStap(record(bewaard), record(met), ASSEN)
    expect(tellingen.map((t) => t.sleutel)).toContain('beantwoord:jongsteKindLeeftijd')
    expect(tellingen.map((t) => t.sleutel)).not.toContain('weetNiet:jongsteKindLeeftijd')
  })

  it('een sleutel buiten de vaste woordenlijst komt nooit in de opslag', () => {
    expect(isToegestaan({ onderwerp: 'alles', taal: 'nl', sleutel: 'bereikt:leeftijd' })).toBe(true)
    expect(isToegestaan({ onderwerp: 'alles', taal: 'nl', sleutel: 'bereikt:37' })).toBe(false)
    expect(isToegestaan({ onderwerp: 'alles', taal: 'nl', sleutel: 'feedback:geheimXYZ' })).toBe(false)
    expect(isToegestaan({ onderwerp: 'iemand', taal: 'nl', sleutel: 'gestart' })).toBe(false)
    expect(isToegestaan({ onderwerp: 'alles', taal: 'nl-NL; x', sleutel: 'gestart' })).toBe(false)
  })
})

describe('het overzicht', () => {
  const rij = (dag: string, sleutel: string, aantal: number, onderwerp = 'alles'): Rij => ({
    dag,
    onderwerp,
    taal: 'nl',
    sleutel,
    aantal,
  })
  /** After the last week, without noise: these tests are about the sums and the layout. */
  const LAYOUT = { vandaag: '2026-12-31', ruis: zonderRuis }
  const rijen = [
    rij('2026-11-01', 'gestart', 6),
    rij('2026-11-02', 'gestart', 4),
    rij('2026-12-15', 'gestart', 100),
    rij('2026-11-01', 'bereikt:leeftijd', 9),
    rij('2026-11-01', 'beantwoord:leeftijd', 2),
    rij('2026-11-01', 'gekozen', 7, 'scholing'),
  ]

  it('telt alleen dagen in de periode op, en rekent "gestopt" uit als bereikt min beantwoord', () => {
    const o = telOp(rijen, '2026-11-01', '2026-11-30', LAYOUT)
    expect(o.gesprekken.gestart).toBe(10)
    const alles = o.trechters.find((t) => t.onderwerp === 'alles')
    expect(alles?.vragen.find((v) => v.vraag === 'leeftijd')).toEqual({
      vraag: 'leeftijd',
      bereikt: 9,
      beantwoord: 2,
      gestopt: 7,
      weetNiet: 0,
    })
  })

  it('toont aantallen onder 5 als "minder dan 5", ook 0, en rondt de rest af op 10', () => {
    const o = maakOverzicht(rijen, '2026-11-01', '2026-11-30', LAYOUT)
    expect(o.trechters.find((t) => t.onderwerp === 'alles')?.vragen.find((v) => v.vraag === 'leeftijd')).toMatchObject({
      bereikt: 10,
      beantwoord: 'minder dan 5',
      gestopt: 10,
      weetNiet: 'minder dan 5',
    })
    expect(maakOverzicht(rijen, '2026-11-02', '2026-11-02', LAYOUT).gesprekken.gestart).toBe('minder dan 5')
  })

  it('een vraag buiten de gewone volgorde komt achteraan, en pas vanaf 5 (anders zegt de rij al dat iemand er was)', () => {
    const vragenVan = (aantal: number) =>
      telOp([rij('2026-11-01', 'bereikt:beperking', aantal, 'scholing')], '2026-11-01', '2026-11-30', LAYOUT)
        .trechters.find((t) => t.onderwerp === 'scholing')
        ?.vragen.map((v) => v.vraag)
    expect(vragenVan(4)).not.toContain('beperking')
    expect(vragenVan(5)?.at(-1)).toBe('beperking')
    // After "Weet ik niet" on the age the dialogue asks whether the AOW age is reached (either fact decides).
    expect(vragenVan(5)?.slice(0, 3)).toEqual(['woontInGemeente', 'leeftijd', 'aowLeeftijdBereikt'])
  })

  it('met een onderwerp telt "begonnen" ook wie het in het menu koos', () => {
    expect(telOp(rijen, '2026-11-01', '2026-11-30', { ...LAYOUT, onderwerp: 'scholing' }).gesprekken.gestart).toBe(7)
  })
})

describe('"Klopt dit voor jou?"', () => {
  const app = testApp({ teller: sqliteTeller(':memory:') })

  it('204 één keer na de uitkomst; 409 daarvoor en daarna; 404 voor een onbekend gesprek; 400 voor iets anders', async () => {
    const begin = (await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'werkstage' })).json
    const te = await vraag(app, 'POST', `/api/v1/gesprekken/${begin.gesprek}/feedback`, { antwoord: 'ja' })
    expect(te.status).toBe(409)
    expect(te.headers.get('content-type')).toContain('application/problem+json')
    const eind = await loop(app, { onderwerp: 'werkstage' }, WERKSTAGE)
    const pad = `/api/v1/gesprekken/${eind.gesprek}/feedback`
    expect((await vraag(app, 'POST', pad, { antwoord: 'misschien' })).status).toBe(400)
    expect((await vraag(app, 'POST', pad, { antwoord: 'een-beetje' })).status).toBe(204)
    expect((await vraag(app, 'POST', pad, { antwoord: 'nee' })).status).toBe(409)
    const onbekend = '/api/v1/gesprekken/00000000-0000-4000-8000-000000000000/feedback'
    expect((await vraag(app, 'POST', onbekend, { antwoord: 'ja' })).status).toBe(404)
  })
})

describe('tellen vertraagt of breekt een gesprek nooit', () => {
  it('een teller die een fout gooit: het gesprek gaat gewoon door', async () => {
    const gooit: Teller = {
      ...sqliteTeller(':memory:'),
      tel: () => {
        throw new Error('stuk')
      },
    }
    const eind = await loop(testApp({ teller: gooit }), { onderwerp: 'werkstage' }, WERKSTAGE)
    expect(eind.klaar).toBe(true)
  })

  it('Redis onbereikbaar: het gesprek gaat door', async () => {
    const logregels: string[] = []
    const teller = redisTeller(`redis://127.0.0.1:${await vrijePoort()}`, (bericht) => logregels.push(bericht))
    const app = testApp({ teller })
    const eind = await loop(app, { onderwerp: 'werkstage' }, WERKSTAGE)
    expect(eind.klaar).toBe(true)
    await teller.leeg()
    expect(logregels.length).toBeGreaterThan(0)
    expect(logregels.join(' ')).not.toContain('37')
    await teller.close()
  })
})

describe('in de opslag staat niets dat naar een persoon wijst', () => {
  /** A conversation with answers that are easy to find back, and a note. */
  async function opvallendGesprek(app: TestApp, store: ReturnType<typeof geheugenStore>) {
    const eind = await loop(app, { onderwerp: 'werkstage' }, WERKSTAGE)
    const geladen = await store.laad(eind.gesprek)
    if (!geladen) throw new Error('gesprek ontbreekt')
    expect(await store.bewaar({ ...geladen.record, notities: 'geheimXYZ' }, geladen.versie)).toBe('ok')
    expect((await vraag(app, 'POST', `/api/v1/gesprekken/${eind.gesprek}/feedback`, { antwoord: 'nee' })).status).toBe(
      204,
    )
    // The reason and a tap in the widget go to the same counters: still nothing that points to anyone.
    const reden = { antwoord: 'nee', reden: 'snap-niet' }
    expect((await vraag(app, 'POST', `/api/v1/gesprekken/${eind.gesprek}/feedback`, reden)).status).toBe(204)
    expect(
      (await vraag(app, 'POST', `/api/v1/gesprekken/${eind.gesprek}/gebeurtenissen`, { soort: 'bel' })).status,
    ).toBe(204)
    expect((await vraag(app, 'DELETE', `/api/v1/gesprekken/${eind.gesprek}`)).status).toBe(204)
    return eind.gesprek as string
  }
  const verboden = (id: string) => [id, id.replace(/-/g, ''), 'geheimXYZ', 'bijstand', 'kort']

  it('SQLite: het hele bestand (met WAL) en elke rij', async () => {
    const pad = join(map, 'privacy', 'statistieken.db')
    const teller = sqliteTeller(pad)
    const store = geheugenStore({ max: 10, ttlMs: 60_000 })
    const app = testApp({ teller, store })
    const id = await opvallendGesprek(app, store)
    await teller.leeg()
    const db = new Database(pad, { readonly: true })
    const tabellen = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    expect(tabellen.map((t) => t.name).sort()).toEqual(['ruisgeheim', 'telling'])
    // The secret of the noise: random bytes, nothing else.
    const geheim = db.prepare('SELECT * FROM ruisgeheim').all() as Record<string, unknown>[]
    expect(geheim).toEqual([{ id: 1, geheim: expect.stringMatching(/^[0-9a-f]{64}$/) }])
    const rijen = db.prepare('SELECT * FROM telling').all() as Record<string, unknown>[]
    db.close()
    expect(rijen.length).toBeGreaterThan(5)
    for (const rij of rijen) {
      expect(Object.keys(rij).sort()).toEqual(['aantal', 'dag', 'onderwerp', 'sleutel', 'taal'])
      expect(rij.dag).toBe(DAG)
      for (const woord of [...verboden(id), '37']) {
        for (const veld of ['onderwerp', 'taal', 'sleutel']) expect(String(rij[veld])).not.toContain(woord)
      }
      expect(isToegestaan(rij as unknown as Rij)).toBe(true)
    }
    const bestanden = readdirSync(join(map, 'privacy'))
    for (const bestand of bestanden) {
      const inhoud = readFileSync(join(map, 'privacy', bestand)).toString('latin1')
      for (const woord of verboden(id)) expect(inhoud, bestand).not.toContain(woord)
    }
    await teller.close()
  })

  it('Redis: honderd tellingen gaan samen in één keer weg, binnen een seconde ook zonder leeg()', async () => {
    const schoon = new Redis(redisUrl)
    await schoon.flushall()
    await schoon.config('RESETSTAT')
    const teller = redisTeller(redisUrl)
    for (let i = 0; i < 100; i++)
      teller.tel(DAG, [
        { onderwerp: 'alles', taal: 'nl', sleutel: 'gestart' },
        { onderwerp: 'alles', taal: i % 2 ? 'nl' : 'en', sleutel: 'klaar' },
      ])
    // Nothing written yet: the counts wait in memory.
    expect(await schoon.exists(`${STAT_SLEUTEL}${DAG}`)).toBe(0)
    await new Promise((r) => setTimeout(r, SPOEL_MS + 500))
    expect(await schoon.hgetall(`${STAT_SLEUTEL}${DAG}`)).toEqual({
      'alles|nl|gestart': '100',
      'alles|nl|klaar': '50',
      'alles|en|klaar': '50',
    })
    const stats = String(await schoon.info('commandstats'))
    // Three fields, one HINCRBY each: the 200 counts were added up before they went out.
    expect(stats).toMatch(/cmdstat_hincrby:calls=3,/)
    schoon.disconnect()
    await teller.close()
  })

  it('Redis: elke sleutel en elk veld', async () => {
    const schoon = new Redis(redisUrl)
    await schoon.flushall()
    const teller = redisTeller(redisUrl)
    const store = geheugenStore({ max: 10, ttlMs: 60_000 })
    const app = testApp({ teller, store })
    const id = await opvallendGesprek(app, store)
    await teller.leeg()
    const sleutels = await schoon.keys('*')
    expect(sleutels).toEqual([`${STAT_SLEUTEL}${DAG}`])
    const velden = await schoon.hgetall(sleutels[0] as string)
    expect(Object.keys(velden).length).toBeGreaterThan(5)
    for (const [veld, waarde] of Object.entries(velden)) {
      for (const woord of [...verboden(id), '37']) expect(veld).not.toContain(woord)
      expect(Number(waarde)).toBeLessThan(10)
      const [onderwerp = '', taal = '', sleutel = ''] = veld.split('|')
      expect(isToegestaan({ onderwerp, taal, sleutel }), veld).toBe(true)
    }
    schoon.disconnect()
    await teller.close()
  })
})
