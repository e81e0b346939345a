/**
 * The conversation store: ONE suite, run against the memory store and a real Redis. Every write is a
 * compare-and-set on the version; a delete is final; idle conversations expire after the TTL and every
 * conversation after its lifetime; with Redis a restart of the server, or of Redis itself (AOF), loses
 * nothing that was acknowledged. The races are real: `Promise.all` of requests on one conversation,
 * hundreds of pairs, and two server processes on one Redis.
 */
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sqliteTeller } from '../server/statistieken/sqlite.js'
import { BESCHERMD_MS, geheugenStore, OVERHEAD_BYTES, tekstBytes } from '../server/store/geheugen.js'
import { OUDE_SLEUTEL, redisStore, V2_SLEUTEL } from '../server/store/redis.js'
import { type GesprekRecord, type GesprekStore, OpslagFout } from '../server/store/types.js'
import { opslagSleutel } from '../server/store/versleuteling.js'
import { beantwoord, kiesAntwoord, type Stap, viaApp } from './hardening-hulp.js'
import { type TestApp, testApp, vraag } from './helpers.js'
import { procesHarnas, ROOT, SERVER } from './proces-hulp.js'
import { type RedisServer, startRedis, vrijePoort, wachtOpPoort, wachtTot } from './redis-server.js'
import { redisStore as vorigeRedisStore, zoutVernieuwen } from './vorige-versie/redis-store.js'

let redis: RedisServer
const map = mkdtempSync(join(tmpdir(), 'werkwijzer-store-'))
beforeAll(async () => {
  redis = await startRedis()
})
afterAll(async () => {
  await redis?.opruimen()
  rmSync(map, { recursive: true, force: true })
})

const record = (id: string, extra: Partial<GesprekRecord> = {}): GesprekRecord =>
  ({
    id,
    taal: 'nl',
    aangemaakt: 1_000_000,
    bijgewerkt: 1_000_000,
    bewaard: { value: 'vraag', context: { antwoorden: [{ vraag: 'leeftijd', waarde: 34 }] } },
    ...extra,
  }) as unknown as GesprekRecord

const UUR = 3_600_000

interface Soort {
  naam: 'geheugen' | 'redis'
  /**
   * A store whose idle TTL is `ttlMs` and lifetime `maxMs`. `klok(ms)` moves the store's clock (the
   * lifetime); `wacht(ms)` lets idle time pass (Redis expires keys by its own clock, so that is real time).
   */
  maak(
    ttlMs: number,
    maxMs?: number,
  ): { store: GesprekStore; klok(ms: number): void; wacht(ms: number): Promise<void>; nu(): number }
}

const soorten: Soort[] = [
  {
    naam: 'geheugen',
    maak(ttlMs, maxMs = 24 * UUR) {
      let nu = 1_000_000
      return {
        store: geheugenStore({ max: 10_000, ttlMs, maxLevensduurMs: maxMs, nu: () => nu }),
        klok: (ms) => {
          nu += ms
        },
        wacht: async (ms) => {
          nu += ms
        },
        nu: () => nu,
      }
    },
  },
  {
    naam: 'redis',
    maak(ttlMs, maxMs = 24 * UUR) {
      let verschil = 0
      const nu = () => Date.now() + verschil
      return {
        store: redisStore(redis.url, { ttlMs, maxLevensduurMs: maxMs, nu }),
        klok: (ms) => {
          verschil += ms
        },
        wacht: (ms) => new Promise((r) => setTimeout(r, ms)),
        nu,
      }
    },
  },
]

/** A small random delay, as a network gives: which of two racing requests comes first varies. */
const schok = () => new Promise((r) => setTimeout(r, Math.random() * 2))

describe.each(soorten)('de $naam-store', (soort) => {
  it('maakt, leest met versie, schrijft alleen op de gelezen versie, en wist', async () => {
    const { store, nu } = soort.maak(60_000)
    await wachtTot(() => store.gereed())
    const id = crypto.randomUUID()
    const r = record(id, { aangemaakt: nu() })
    expect(await store.laad(id)).toBeUndefined()
    expect(await store.maak(r)).toBe('ok')
    expect(await store.maak(r)).toBe('conflict')
    expect(await store.laad(id)).toEqual({ record: r, versie: 1 })
    expect(await store.bewaar({ ...r, notities: 'mijn <b>notitie</b>' }, 1)).toBe('ok')
    // The version it read is gone: a second write on version 1 lost the race.
    expect(await store.bewaar({ ...r, taal: 'en' }, 1)).toBe('conflict')
    expect(await store.laad(id)).toEqual({ record: { ...r, notities: 'mijn <b>notitie</b>' }, versie: 2 })
    expect(await store.get(id)).toEqual({ ...r, notities: 'mijn <b>notitie</b>' })
    expect(await store.delete(id)).toEqual({ ...r, notities: 'mijn <b>notitie</b>' })
    expect(await store.get(id)).toBeUndefined()
    expect(await store.delete(id)).toBeUndefined()
    // Deleted is final: no write brings it back, whatever version it names.
    for (const versie of [1, 2, 3]) expect(await store.bewaar(r, versie)).toBe('weg')
    expect(await store.laad(id)).toBeUndefined()
    // Writing an id that never existed creates nothing.
    const nooit = crypto.randomUUID()
    expect(await store.bewaar(record(nooit, { aangemaakt: nu() }), 1)).toBe('weg')
    expect(await store.get(nooit)).toBeUndefined()
    await store.close()
  })

  it('van honderden gelijktijdige schrijfpogingen op één versie wint er precies één', async () => {
    const { store, nu } = soort.maak(60_000)
    await wachtTot(() => store.gereed())
    const id = crypto.randomUUID()
    await store.maak(record(id, { aangemaakt: nu() }))
    const uitslagen = await Promise.all(
      Array.from({ length: 300 }, (_, i) => store.bewaar(record(id, { aangemaakt: nu(), taal: `t${i}` }), 1)),
    )
    expect(uitslagen.filter((u) => u === 'ok')).toHaveLength(1)
    expect(uitslagen.filter((u) => u === 'conflict')).toHaveLength(299)
    const winnaar = uitslagen.indexOf('ok')
    expect(await store.laad(id)).toMatchObject({ versie: 2, record: { taal: `t${winnaar}` } })
    await store.close()
  })

  it('vergeet een gesprek na de TTL zonder activiteit, en lezen verlengt de TTL', async () => {
    const { store, wacht, nu } = soort.maak(1000)
    await wachtTot(() => store.gereed())
    const blijft = crypto.randomUUID()
    const gaat = crypto.randomUUID()
    await store.maak(record(blijft, { aangemaakt: nu() }))
    await store.maak(record(gaat, { aangemaakt: nu() }))
    await wacht(600)
    expect(await store.get(blijft)).toBeDefined()
    await wacht(700)
    expect(await store.get(gaat)).toBeUndefined()
    expect(await store.get(blijft)).toBeDefined()
    await wacht(1200)
    expect(await store.get(blijft)).toBeUndefined()
    await store.close()
  })

  it('een gesprek heeft een einde: na de levensduur is het weg, hoe vaak het ook gelezen wordt', async () => {
    const { store, klok, nu } = soort.maak(60 * 60_000, 2 * UUR)
    await wachtTot(() => store.gereed())
    const id = crypto.randomUUID()
    const r = record(id, { aangemaakt: nu() })
    await store.maak(r)
    // Opened every 50 minutes (a summary link in a shared computer's history): each read renews the
    // idle time, but never past two hours from the start.
    let versie = 1
    for (let i = 0; i < 2; i++) {
      klok(50 * 60_000)
      expect((await store.laad(id))?.versie).toBe(versie)
      expect(await store.bewaar({ ...r, bijgewerkt: nu() }, versie)).toBe('ok')
      versie++
    }
    klok(21 * 60_000)
    expect(await store.get(id)).toBeUndefined()
    expect(await store.bewaar(r, versie)).toBe('weg')
    expect(await store.laad(id)).toBeUndefined()
    await store.close()
  })

  describe('via de API, met echte gelijktijdige verzoeken', () => {
    const PAREN = 100

    async function metApp() {
      const { store } = soort.maak(60 * 60_000)
      await wachtTot(() => store.gereed())
      const teller = sqliteTeller(join(map, `tellingen-${soort.naam}-${crypto.randomUUID()}.db`))
      const app = testApp({ store, teller })
      const nieuw = async () => (await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'scholing' })).json
      const doe = async (methode: string, pad: string, body?: unknown) => {
        await schok()
        return vraag(app, methode, pad, body)
      }
      return { store, teller, app, nieuw, doe }
    }

    it(`dezelfde vraag twee keer tegelijk, met verschillende waarden (${PAREN} keer): één wint, de ander krijgt 409 met de huidige Stap`, async () => {
      const { store, teller, app, nieuw, doe } = await metApp()
      let verloren = 0
      for (let i = 0; i < PAREN; i++) {
        const s = await nieuw()
        const pad = `/api/v1/gesprekken/${s.gesprek}/antwoorden`
        const [a, b] = await Promise.all([
          doe('POST', pad, { vraag: s.vraag.id, waarde: s.vraag.keuzes[0].waarde }),
          doe('POST', pad, { vraag: s.vraag.id, waarde: s.vraag.keuzes[1].waarde }),
        ])
        const statussen = [a.status, b.status].sort()
        if (statussen[0] === 200 && statussen[1] === 200) verloren++
        expect(statussen).toEqual([200, 409])
        const [winnaar, verliezer] = a.status === 200 ? [a, b] : [b, a]
        expect(verliezer.headers.get('Content-Type')).toMatch(/^application\/problem\+json/)
        expect(verliezer.json.detail).toMatch(/[a-z]/)
        // The loser is shown what the winner left: the same Stap as a fresh read.
        const nu = await vraag(app, 'GET', `/api/v1/gesprekken/${s.gesprek}`)
        expect(verliezer.json.stap).toEqual(nu.json)
        // The winner's answer is what is stored (its messages say what just happened, a read has none).
        expect({ ...nu.json, berichten: [] }).toEqual({ ...winnaar.json, berichten: [] })
      }
      expect(verloren).toBe(0)
      // Counted once: every conversation started once and answered its first question once.
      await teller.leeg()
      const rijen = await teller.lees('2026-11-22', '2026-11-22')
      const som = (sleutel: string) =>
        rijen.filter((r) => r.sleutel === sleutel).reduce((totaal, r) => totaal + r.aantal, 0)
      expect(som('gestart')).toBe(PAREN)
      expect(som('beantwoord:woontInGemeente')).toBe(PAREN)
      await teller.close()
      await store.close()
    })

    it(`notities, een taal en een antwoord tegelijk (${PAREN} keer): wat 200 kreeg, is er ook`, async () => {
      const { store, teller, app, nieuw, doe } = await metApp()
      let verloren = 0
      for (let i = 0; i < PAREN; i++) {
        const s = await nieuw()
        const id = s.gesprek
        const [notities, taal, antwoord] = await Promise.all([
          doe('PUT', `/api/v1/gesprekken/${id}/notities`, { tekst: `vraag ${i}` }),
          doe('PATCH', `/api/v1/gesprekken/${id}`, { taal: 'en' }),
          doe('POST', `/api/v1/gesprekken/${id}/antwoorden`, { vraag: s.vraag.id, waarde: s.vraag.keuzes[0].waarde }),
        ])
        for (const r of [notities, taal, antwoord]) {
          expect([200, 409]).toContain(r.status)
          if (r.status === 409) expect(r.json.stap.gesprek).toBe(id)
        }
        const na = (await vraag(app, 'GET', `/api/v1/gesprekken/${id}/samenvatting`)).json
        const stap = (await vraag(app, 'GET', `/api/v1/gesprekken/${id}`)).json
        if (notities.status === 200 && na.eigenNotities !== `vraag ${i}`) verloren++
        if (taal.status === 200 && stap.taal !== 'en') verloren++
        if (antwoord.status === 200 && stap.antwoorden.length !== 1) verloren++
        if (notities.status === 409 && na.eigenNotities !== undefined) verloren++
      }
      expect(verloren).toBe(0)
      await teller.close()
      await store.close()
    })

    it(`DELETE tegen een schrijfactie in (${2 * PAREN} keer): na 204 komt het gesprek nooit terug`, async () => {
      const { store, teller, nieuw, doe } = await metApp()
      let opgestaan = 0
      let gewist = 0
      for (let i = 0; i < PAREN; i++) {
        for (const soortSchrijven of ['notities', 'antwoord'] as const) {
          const s = await nieuw()
          const id = s.gesprek
          const schrijf =
            soortSchrijven === 'notities'
              ? doe('PUT', `/api/v1/gesprekken/${id}/notities`, { tekst: 'geheim' })
              : doe('POST', `/api/v1/gesprekken/${id}/antwoorden`, {
                  vraag: s.vraag.id,
                  waarde: s.vraag.keuzes[0].waarde,
                })
          const [wis, tweedeWis, schrijven] = await Promise.all([
            doe('DELETE', `/api/v1/gesprekken/${id}`),
            doe('DELETE', `/api/v1/gesprekken/${id}`),
            schrijf,
          ])
          expect([wis.status, tweedeWis.status].sort()).toEqual([204, 404])
          gewist++
          expect([200, 404]).toContain(schrijven.status)
          if (await store.get(id)) opgestaan++
        }
      }
      expect(opgestaan).toBe(0)
      // Two deletes at once: the one that removed it counts.
      await teller.leeg()
      const rijen = await teller.lees('2026-11-22', '2026-11-22')
      expect(rijen.filter((r) => r.sleutel === 'gewist').reduce((t, r) => t + r.aantal, 0)).toBe(gewist)
      await teller.close()
      await store.close()
    })

    it('feedback twee keer tegelijk telt één keer', async () => {
      const { store, teller, app } = await metApp()
      for (let i = 0; i < 20; i++) {
        const start = (await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'werkstage' })).json
        const eind = await beantwoord(viaApp(app), start, 40, i)
        expect(eind.klaar).toBe(true)
        const pad = `/api/v1/gesprekken/${eind.gesprek}/feedback`
        const uitslagen = await Promise.all([
          vraag(app, 'POST', pad, { antwoord: 'ja' }),
          vraag(app, 'POST', pad, { antwoord: 'nee' }),
        ])
        expect(uitslagen.map((u) => u.status).sort()).toEqual([204, 409])
      }
      await teller.leeg()
      const rijen = await teller.lees('2026-11-22', '2026-11-22')
      // One row per conversation (feedback:ja|nee); the rows per outcome (feedback:nee:werkstage:…) are left out.
      expect(rijen.filter((r) => /^feedback:[a-z]+$/.test(r.sleutel)).reduce((t, r) => t + r.aantal, 0)).toBe(20)
      await teller.close()
      await store.close()
    })

    it('een gesprek via de API: DELETE wist alles, daarna 404', async () => {
      const { store, app } = await metApp()
      const start = await vraag(app, 'POST', '/api/v1/gesprekken', {})
      await beantwoord(viaApp(app), start.json, 3)
      const id = start.json.gesprek
      expect(await store.get(id)).toBeDefined()
      expect((await vraag(app, 'DELETE', `/api/v1/gesprekken/${id}`)).status).toBe(204)
      expect(await store.get(id)).toBeUndefined()
      const weg = await vraag(app, 'GET', `/api/v1/gesprekken/${id}`)
      expect(weg.status).toBe(404)
      expect(weg.json.detail).toMatch(/nieuw gesprek/)
      if (store.soort === 'redis') {
        const client = (store as GesprekStore & { redis: Redis }).redis
        expect(await client.keys(`*${id}*`)).toEqual([])
      }
      await store.close()
    })
  })
})

describe('de geheugen-store blijft begrensd, in aantal en in bytes', () => {
  const MINUUT = 60_000
  /** A store with its own clock; `beschermd` is how recently used a conversation may not be pushed out. */
  function metKlok(opties: { max?: number; maxBytes?: number }) {
    let nu = Date.now()
    const store = geheugenStore({ max: 1000, ttlMs: 60 * MINUUT, nu: () => nu, ...opties })
    return { store, later: (ms: number) => (nu += ms), nu: () => nu }
  }

  it('houdt hoogstens max gesprekken; het langst niet gebruikte (en niet recent gebruikte) gaat eerst', async () => {
    const { store, later, nu } = metKlok({ max: 3 })
    for (const id of ['a', 'b', 'c']) await store.maak(record(id, { aangemaakt: nu() }))
    later(BESCHERMD_MS)
    await store.get('a')
    await store.maak(record('d', { aangemaakt: nu() }))
    expect(store.grootte).toBe(3)
    expect(await store.get('b')).toBeUndefined()
    expect(await store.get('a')).toBeDefined()
    await store.close()
  })

  it('notities tellen mee: bij een budget in bytes gaan de oudste niet-gebruikte eruit', async () => {
    const notitie = 'n'.repeat(2000)
    const een = OVERHEAD_BYTES + tekstBytes(JSON.stringify(record('x', { notities: notitie })))
    const { store, later, nu } = metKlok({ maxBytes: 12 * een })
    for (let i = 0; i < 9; i++) await store.maak(record(`oud-${i}`, { aangemaakt: nu(), notities: notitie }))
    expect(store.bytes).toBeGreaterThan(8 * een)
    later(BESCHERMD_MS)
    for (let i = 0; i < 9; i++) await store.maak(record(`nieuw-${i}`, { aangemaakt: nu(), notities: notitie }))
    expect(store.bytes).toBeLessThanOrEqual(12 * een)
    expect(await store.get('oud-0')).toBeUndefined()
    expect(await store.get('nieuw-8')).toBeDefined()
    // Arabic takes two bytes a character on the heap, and is counted so.
    expect(tekstBytes('ن'.repeat(2000))).toBe(2 * tekstBytes('n'.repeat(2000)) - 16)
    await store.close()
  })

  it('een gesprek dat de laatste minuten gebruikt is, gaat er nooit uit: dan 503 voor een nieuw gesprek', async () => {
    const { store, later, nu } = metKlok({ max: 5 })
    for (let i = 0; i < 5; i++) await store.maak(record(`bezig-${i}`, { aangemaakt: nu() }))
    later(BESCHERMD_MS - MINUUT)
    await expect(store.maak(record('nieuw', { aangemaakt: nu() }))).rejects.toBeInstanceOf(OpslagFout)
    for (let i = 0; i < 5; i++) expect(await store.get(`bezig-${i}`)).toBeDefined()
    // Once one of them is idle long enough, it makes room.
    later(2 * MINUUT)
    for (let i = 1; i < 5; i++) await store.get(`bezig-${i}`)
    later(BESCHERMD_MS - MINUUT)
    expect(await store.maak(record('nieuw', { aangemaakt: nu() }))).toBe('ok')
    expect(await store.get('bezig-0')).toBeUndefined()
    await store.close()
  })

  it('een gesprek dat groeit (notities) mag het budget niet voorbij: 503, en het oude record blijft', async () => {
    const klein = OVERHEAD_BYTES + tekstBytes(JSON.stringify(record('x')))
    const { store, nu } = metKlok({ maxBytes: 4 * klein })
    for (let i = 0; i < 3; i++) await store.maak(record(`g-${i}`, { aangemaakt: nu() }))
    const geladen = await store.laad('g-0')
    if (!geladen) throw new Error('weg')
    await expect(
      store.bewaar({ ...geladen.record, notities: 'x'.repeat(2000) }, geladen.versie),
    ).rejects.toBeInstanceOf(OpslagFout)
    expect((await store.get('g-0'))?.notities).toBeUndefined()
    expect(store.bytes).toBeLessThanOrEqual(4 * klein)
    await store.close()
  })

  it('de schatting in bytes is niet lager dan wat V8 echt gebruikt (gemeten met gc)', async () => {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as () => void
    const N = 5000
    for (const notitie of ['', 'n'.repeat(2000), 'ن'.repeat(2000)]) {
      const store = geheugenStore({ max: 1e6, ttlMs: 60 * MINUUT, maxBytes: 1e10 })
      const nu = Date.now()
      gc()
      const voor = process.memoryUsage().heapUsed
      for (let i = 0; i < N; i++)
        await store.maak(record(randomUUID(), { aangemaakt: nu, ...(notitie ? { notities: notitie } : {}) }))
      gc()
      const echt = (process.memoryUsage().heapUsed - voor) / N
      const geschat = store.bytes / N
      console.log(
        `geheugen per gesprek (notitie ${notitie.length} tekens): echt ${Math.round(echt)} B, geschat ${Math.round(geschat)} B`,
      )
      expect(geschat).toBeGreaterThanOrEqual(echt * 0.95)
      expect(geschat).toBeLessThanOrEqual(echt * 1.5 + 200)
      await store.close()
    }
  })
})

describe('met Redis gaat bij een upgrade niets verloren', () => {
  it('een gesprek in de opslag van vóór de versies (één string) gaat verder, versleuteld, en DELETE wist ook die', async () => {
    const store = redisStore(redis.url, { ttlMs: UUR })
    await wachtTot(() => store.gereed())
    const app = testApp({ store })
    // A conversation as the old layout kept it: the same record, as a plain string with an idle TTL.
    const start = await vraag(app, 'POST', '/api/v1/gesprekken', {})
    const halverwege = await beantwoord(viaApp(app), start.json, 3, 1)
    const id = start.json.gesprek as string
    const geladen = await store.laad(id)
    if (!geladen) throw new Error('niet bewaard')
    await store.delete(id)
    await store.redis.set(OUDE_SLEUTEL + id, JSON.stringify(geladen.record), 'PX', UUR)

    const terug = await vraag(app, 'GET', `/api/v1/gesprekken/${id}`)
    expect(terug.status).toBe(200)
    expect(terug.json.antwoorden).toEqual(halverwege.antwoorden)
    // Moved: the old keys are gone, the new one (a hash of the id) has a version, the lifetime of the
    // old record, and only ciphertext.
    expect(await store.redis.exists(OUDE_SLEUTEL + id, V2_SLEUTEL + id)).toBe(0)
    expect(await store.redis.hget(opslagSleutel(id), 'v')).toBe('1')
    expect(Number(await store.redis.hget(opslagSleutel(id), 'e'))).toBe(geladen.record.aangemaakt + 24 * UUR)
    expect(await store.redis.hget(opslagSleutel(id), 'd')).not.toContain('antwoorden')
    const verder = await beantwoord(viaApp(app), terug.json, 1, 2)
    expect(verder.antwoorden.length).toBe(halverwege.antwoorden.length + 1)

    // Deleted while still in the old layout: gone, and a later read does not bring it back.
    const ander = (await vraag(app, 'POST', '/api/v1/gesprekken', {})).json
    const record = (await store.laad(ander.gesprek))?.record
    await store.delete(ander.gesprek)
    await store.redis.set(OUDE_SLEUTEL + ander.gesprek, JSON.stringify(record), 'PX', UUR)
    expect((await vraag(app, 'DELETE', `/api/v1/gesprekken/${ander.gesprek}`)).status).toBe(204)
    expect((await vraag(app, 'GET', `/api/v1/gesprekken/${ander.gesprek}`)).status).toBe(404)
    expect(await store.redis.exists(OUDE_SLEUTEL + ander.gesprek)).toBe(0)

    // An old record past its lifetime (counted from aangemaakt) is not brought back.
    const oud = { ...record, id: '00000000-0000-4000-8000-000000000001', aangemaakt: Date.now() - 1000 * UUR }
    await store.redis.set(OUDE_SLEUTEL + oud.id, JSON.stringify(oud), 'PX', UUR)
    expect(await store.laad(oud.id)).toBeUndefined()
    expect(await store.redis.exists(OUDE_SLEUTEL + oud.id, V2_SLEUTEL + oud.id, opslagSleutel(oud.id))).toBe(0)
    await store.close()
  })

  it('rolling upgrade: een proces van de vorige versie draait nog mee; geen antwoord en geen gesprek gaat verloren', async () => {
    const schoon = new Redis(redis.url)
    await schoon.flushall()
    schoon.disconnect()
    const snel = { oudeVersieMs: 1500, kijkMs: 100 }
    // The older process: its own store (layout v2) and the salt its rate limiter keeps in Redis.
    const vorige = vorigeRedisStore(redis.url, { ttlMs: UUR })
    await wachtTot(() => vorige.gereed())
    await zoutVernieuwen(vorige.redis)
    const appVorige = testApp({ store: vorige })
    const voorDeUpgrade = (await vraag(appVorige, 'POST', '/api/v1/gesprekken', {})).json
    // The new process starts while the older one serves.
    const nieuw = redisStore(redis.url, { ttlMs: UUR, ...snel })
    await wachtTot(() => nieuw.gereed())
    expect(nieuw.oudeVersieActief()).toBe(true)
    const appNieuw = testApp({ store: nieuw })
    const vernieuwer = setInterval(() => void zoutVernieuwen(vorige.redis).catch(() => undefined), 50)
    // Started by the new process during the upgrade.
    const inDeUpgrade = (await vraag(appNieuw, 'POST', '/api/v1/gesprekken', {})).json
    try {
      // Steps of two conversations go to either process in turn, as a load balancer sends them.
      let a: Stap = voorDeUpgrade
      let b: Stap = inDeUpgrade
      /** One answer as a resident of 35 would give it, through the app `app`. */
      const stap = async (app: TestApp, nu: Stap): Promise<Stap> => {
        const waarde = nu.vraag.soort === 'getal' ? 35 : kiesAntwoord(nu, 0)
        const r = await vraag(app, 'POST', `/api/v1/gesprekken/${nu.gesprek}/antwoorden`, {
          vraag: nu.vraag.id,
          waarde,
        })
        expect(r.status).toBe(200)
        return r.json
      }
      for (let i = 0; i < 6; i++) {
        a = await stap(i % 2 === 0 ? appNieuw : appVorige, a)
        b = await stap(i % 2 === 0 ? appVorige : appNieuw, b)
        expect(a.antwoorden).toHaveLength(i + 1)
        expect(b.antwoorden).toHaveLength(i + 1)
      }
      const notities = await vraag(appVorige, 'PUT', `/api/v1/gesprekken/${b.gesprek}/notities`, {
        tekst: 'reiskosten',
      })
      expect(notities.status).toBe(200)
      const samenvatting = await vraag(appNieuw, 'GET', `/api/v1/gesprekken/${b.gesprek}/samenvatting`)
      expect(samenvatting.json.eigenNotities).toBe('reiskosten')
      // Both still in the layout the older process reads.
      expect(await nieuw.redis.exists(V2_SLEUTEL + a.gesprek, V2_SLEUTEL + b.gesprek)).toBe(2)
    } finally {
      clearInterval(vernieuwer)
    }
    // The older process is gone (its salt is not renewed): after a while everything moves into v3 on use.
    await vorige.close()
    await wachtTot(() => !nieuw.oudeVersieActief(), 10_000)
    for (const id of [voorDeUpgrade.gesprek, inDeUpgrade.gesprek]) {
      const stap = await vraag(appNieuw, 'GET', `/api/v1/gesprekken/${id}`)
      expect(stap.status).toBe(200)
      expect(stap.json.antwoorden).toHaveLength(6)
      expect(await nieuw.redis.exists(V2_SLEUTEL + id)).toBe(0)
      expect(await nieuw.redis.exists(opslagSleutel(id))).toBe(1)
    }
    const nieuwGesprek = (await vraag(appNieuw, 'POST', '/api/v1/gesprekken', {})).json.gesprek
    expect(await nieuw.redis.exists(opslagSleutel(nieuwGesprek))).toBe(1)
    expect(await nieuw.redis.keys('werkwijzer:snelheid:*')).toEqual([])
    await nieuw.close()
  })
})

describe('met Redis gaat bij een herstart niets verloren', () => {
  it('de server herstart midden in een gesprek: het gesprek gaat verder waar het was', async () => {
    const eerste = redisStore(redis.url, { ttlMs: UUR })
    await wachtTot(() => eerste.gereed())
    const app1 = testApp({ store: eerste })
    const start = await vraag(app1, 'POST', '/api/v1/gesprekken', {})
    await beantwoord(viaApp(app1), start.json, 3, 1)
    const halverwege = (await vraag(app1, 'GET', `/api/v1/gesprekken/${start.json.gesprek}`)).json
    await eerste.close()

    const tweede = redisStore(redis.url, { ttlMs: UUR })
    await wachtTot(() => tweede.gereed())
    const app2 = testApp({ store: tweede })
    const terug = await vraag(app2, 'GET', `/api/v1/gesprekken/${start.json.gesprek}`)
    expect(terug.status).toBe(200)
    expect(terug.json).toEqual(halverwege)
    const verder = await beantwoord(viaApp(app2), terug.json, 2, 4)
    expect(verder.antwoorden.length).toBeGreaterThanOrEqual(halverwege.antwoorden.length)
    await tweede.close()
  })

  it('Redis (appendonly yes) stopt hard (SIGKILL) midden in een gesprek: alles wat bevestigd was is er nog', async () => {
    const store = redisStore(redis.url, { ttlMs: UUR })
    await wachtTot(() => store.gereed())
    const app = testApp({ store })
    const start = await vraag(app, 'POST', '/api/v1/gesprekken', {})
    await beantwoord(viaApp(app), start.json, 40, 1)
    await vraag(app, 'PUT', `/api/v1/gesprekken/${start.json.gesprek}/notities`, { tekst: 'vraag over reiskosten' })
    const bevestigd = (await vraag(app, 'GET', `/api/v1/gesprekken/${start.json.gesprek}`)).json
    await redis.stop()
    // While Redis is down: 503 with Retry-After, never a 500.
    const weg = await vraag(app, 'GET', `/api/v1/gesprekken/${start.json.gesprek}`)
    expect(weg.status).toBe(503)
    expect(weg.headers.get('Retry-After')).toBeTruthy()
    await redis.start()
    await wachtTot(() => store.gereed())
    const terug = await vraag(app, 'GET', `/api/v1/gesprekken/${start.json.gesprek}`)
    expect(terug.status).toBe(200)
    expect(terug.json).toEqual(bevestigd)
    const samenvatting = await vraag(app, 'GET', `/api/v1/gesprekken/${start.json.gesprek}/samenvatting`)
    expect(samenvatting.json.eigenNotities).toBe('vraag over reiskosten')

    // Bytes per conversation in Redis.
    const sleutel = opslagSleutel(start.json.gesprek)
    const tekens = await store.redis.hstrlen(sleutel, 'd')
    const geheugen = await store.redis.memory('USAGE', sleutel)
    console.log(
      `Redis: één gesprek met ${bevestigd.antwoorden.length} antwoorden = ${tekens} bytes JSON, MEMORY USAGE ${geheugen} bytes`,
    )
    expect(tekens).toBeGreaterThan(100)
    expect(tekens).toBeLessThan(16_384)
    await store.close()
  })
})

describe('twee serverprocessen op één Redis, echt tegelijk', () => {
  const { start: startProces } = procesHarnas('store-processen')

  async function startServer() {
    const poort = await vrijePoort()
    startProces('node', [SERVER], {
      cwd: ROOT,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(poort),
        LOG_LEVEL: 'silent',
        REDIS_URL: redis.url,
        RATE_LIMIT_PER_MINUTE: '100000',
        RATE_LIMIT_GESPREK_PER_MINUTE: '100000',
        STATISTIEKEN_PAD: join(map, `proces-${poort}.db`),
      },
      stdio: 'ignore',
    })
    await wachtOpPoort(poort, 15_000)
    const basis = `http://127.0.0.1:${poort}`
    await wachtTot(
      () =>
        fetch(`${basis}/health/ready`).then(
          (r) => r.ok,
          () => false,
        ),
      15_000,
    )
    return basis
  }

  async function stuur(basis: string, methode: string, pad: string, body: unknown = {}) {
    const res = await fetch(
      basis + pad,
      methode === 'GET'
        ? {}
        : { method: methode, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
    )
    const tekst = await res.text()
    return { status: res.status, json: tekst ? JSON.parse(tekst) : undefined }
  }

  it(
    '120 paren over twee processen: geen verloren antwoord, geen verloren notitie, geen opgestaan gesprek',
    {
      timeout: 60_000,
    },
    async () => {
      const [a, b] = await Promise.all([startServer(), startServer()])
      let verloren = 0
      let opgestaan = 0
      for (let i = 0; i < 40; i++) {
        const s = (await stuur(a, 'POST', '/api/v1/gesprekken', { onderwerp: 'scholing' })).json
        const pad = `/api/v1/gesprekken/${s.gesprek}`
        const [x, y] = await Promise.all([
          stuur(a, 'POST', `${pad}/antwoorden`, { vraag: s.vraag.id, waarde: s.vraag.keuzes[0].waarde }),
          stuur(b, 'POST', `${pad}/antwoorden`, { vraag: s.vraag.id, waarde: s.vraag.keuzes[1].waarde }),
        ])
        expect([x.status, y.status].sort()).toEqual([200, 409])
        const [notities, antwoord] = await Promise.all([
          stuur(b, 'PUT', `${pad}/notities`, { tekst: 'mijn vraag' }),
          stuur(a, 'POST', `${pad}/antwoorden`, { vraag: 'leeftijd', waarde: 40 }),
        ])
        const na = await stuur(a, 'GET', `${pad}/samenvatting`)
        if (notities.status === 200 && na.json.eigenNotities !== 'mijn vraag') verloren++
        const stap = await stuur(b, 'GET', pad)
        if (antwoord.status === 200 && !stap.json.antwoorden.some((x: { vraag: string }) => x.vraag === 'leeftijd'))
          verloren++
        const [wis] = await Promise.all([
          stuur(a, 'DELETE', pad),
          stuur(b, 'PUT', `${pad}/notities`, { tekst: 'geheim' }),
        ])
        expect(wis.status).toBe(204)
        if ((await stuur(b, 'GET', pad)).status !== 404) opgestaan++
      }
      expect(verloren).toBe(0)
      expect(opgestaan).toBe(0)
    },
  )
})
