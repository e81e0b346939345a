/**
 * The conversation store (issues 4 and 8): one suite, run against the memory store and a real Redis.
 * Idle conversations expire after the TTL; DELETE removes everything; with Redis a restart of the
 * server, or of Redis itself, loses nothing that was acknowledged.
 */
import type { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { geheugenStore } from '../server/store/geheugen.js'
import { redisStore } from '../server/store/redis.js'
import type { GesprekRecord, GesprekStore } from '../server/store/types.js'
import { beantwoord, viaApp } from './hardening-hulp.js'
import { testApp, vraag } from './helpers.js'
import { type RedisServer, startRedis, wachtTot } from './redis-server.js'

let redis: RedisServer
beforeAll(async () => {
  redis = await startRedis()
})
afterAll(async () => {
  await redis?.opruimen()
})

const record = (id: string, extra: Partial<GesprekRecord> = {}): GesprekRecord =>
  ({
    id,
    taal: 'nl',
    aangemaakt: 1,
    bijgewerkt: 2,
    bewaard: { value: 'vraag', context: { antwoorden: [{ vraag: 'leeftijd', waarde: 34 }] } },
    ...extra,
  }) as unknown as GesprekRecord

interface Soort {
  naam: string
  /** A store whose idle TTL is `ttlMs`; `verder(ms)` lets that much time pass. */
  maak(ttlMs: number): { store: GesprekStore; verder(ms: number): Promise<void> }
}

const soorten: Soort[] = [
  {
    naam: 'geheugen',
    maak(ttlMs) {
      let nu = 1_000_000
      return {
        store: geheugenStore({ max: 100, ttlMs, nu: () => nu }),
        verder: async (ms) => {
          nu += ms
        },
      }
    },
  },
  {
    naam: 'redis',
    maak(ttlMs) {
      return {
        store: redisStore(redis.url, Math.max(1, Math.round(ttlMs / 1000))),
        verder: (ms) => new Promise((r) => setTimeout(r, ms)),
      }
    },
  },
]

describe.each(soorten)('de $naam-store', (soort) => {
  it('bewaart, geeft terug, overschrijft en wist', async () => {
    const { store } = soort.maak(60_000)
    await wachtTot(() => store.gereed())
    const id = crypto.randomUUID()
    expect(await store.get(id)).toBeUndefined()
    await store.set(record(id))
    expect(await store.get(id)).toEqual(record(id))
    await store.set(record(id, { notities: 'mijn <b>notitie</b>' }))
    expect((await store.get(id))?.notities).toBe('mijn <b>notitie</b>')
    expect(await store.delete(id)).toBe(true)
    expect(await store.get(id)).toBeUndefined()
    expect(await store.delete(id)).toBe(false)
    await store.close()
  })

  it('vergeet een gesprek na de TTL zonder activiteit, en lezen verlengt de TTL', async () => {
    const { store, verder } = soort.maak(1000)
    await wachtTot(() => store.gereed())
    const blijft = crypto.randomUUID()
    const gaat = crypto.randomUUID()
    await store.set(record(blijft))
    await store.set(record(gaat))
    await verder(600)
    expect(await store.get(blijft)).toBeDefined()
    await verder(700)
    expect(await store.get(gaat)).toBeUndefined()
    expect(await store.get(blijft)).toBeDefined()
    await verder(1200)
    expect(await store.get(blijft)).toBeUndefined()
    await store.close()
  })

  it('een gesprek via de API: DELETE wist alles, daarna 404', async () => {
    const { store } = soort.maak(60_000)
    await wachtTot(() => store.gereed())
    const app = testApp({ store })
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

describe('de geheugen-store blijft begrensd', () => {
  it('houdt hoogstens max gesprekken; het langst niet gebruikte gaat eerst', async () => {
    const store = geheugenStore({ max: 3, ttlMs: 60_000 })
    for (const id of ['a', 'b', 'c']) await store.set(record(id))
    await store.get('a')
    await store.set(record('d'))
    expect(store.grootte).toBe(3)
    expect(await store.get('b')).toBeUndefined()
    expect(await store.get('a')).toBeDefined()
    await store.close()
  })
})

describe('met Redis gaat bij een herstart niets verloren', () => {
  it('de server herstart midden in een gesprek: het gesprek gaat verder waar het was', async () => {
    const eerste = redisStore(redis.url, 3600)
    await wachtTot(() => eerste.gereed())
    const app1 = testApp({ store: eerste })
    const start = await vraag(app1, 'POST', '/api/v1/gesprekken', {})
    await beantwoord(viaApp(app1), start.json, 3, 1)
    const halverwege = (await vraag(app1, 'GET', `/api/v1/gesprekken/${start.json.gesprek}`)).json
    await eerste.close()

    const tweede = redisStore(redis.url, 3600)
    await wachtTot(() => tweede.gereed())
    const app2 = testApp({ store: tweede })
    const terug = await vraag(app2, 'GET', `/api/v1/gesprekken/${start.json.gesprek}`)
    expect(terug.status).toBe(200)
    expect(terug.json).toEqual(halverwege)
    const verder = await beantwoord(viaApp(app2), terug.json, 2, 4)
    expect(verder.antwoorden.length).toBeGreaterThanOrEqual(halverwege.antwoorden.length)
    await tweede.close()
  })

  it('Redis zelf stopt hard (SIGKILL) en start weer: alles wat bevestigd was is er nog', async () => {
    const store = redisStore(redis.url, 3600)
    await wachtTot(() => store.gereed())
    const app = testApp({ store })
    const start = await vraag(app, 'POST', '/api/v1/gesprekken', {})
    await beantwoord(viaApp(app), start.json, 40, 1)
    const bevestigd = (await vraag(app, 'GET', `/api/v1/gesprekken/${start.json.gesprek}`)).json
    await redis.stop()
    await redis.start()
    await wachtTot(() => store.gereed())
    const terug = await vraag(app, 'GET', `/api/v1/gesprekken/${start.json.gesprek}`)
    expect(terug.status).toBe(200)
    expect(terug.json).toEqual(bevestigd)

    // Bytes per conversation in Redis, for the note of issue 8.
    const sleutel = `werkwijzer:gesprek:${start.json.gesprek}`
    const tekens = await store.redis.strlen(sleutel)
    const geheugen = await store.redis.memory('USAGE', sleutel)
    console.log(
      `Redis: één gesprek met ${bevestigd.antwoorden.length} antwoorden = ${tekens} bytes JSON, MEMORY USAGE ${geheugen} bytes`,
    )
    expect(tekens).toBeLessThan(16_384)
    await store.close()
  })
})
