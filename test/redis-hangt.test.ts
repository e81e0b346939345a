/**
 * A Redis that hangs, is full, is set up to lose conversations, or refuses the password. A hung Redis
 * (SIGSTOP: connections stay open, nothing is answered) must give a 503 within 3 seconds instead of
 * holding every request for as long as it hangs, and `/readyz` must say 503 in time for a probe; a
 * Redis that refuses writes is not ready; start-up warns about an eviction policy that can throw
 * conversations away and about persistence that is off; a wrong password is logged as that.
 */
import { join } from 'node:path'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { controleerRedis, redisFoutSoort, redisStore } from '../server/store/redis.js'
import { testApp, vraag } from './helpers.js'
import { procesHarnas, ROOT, SERVER } from './proces-hulp.js'
import { type RedisServer, startRedis, vrijePoort, wachtTot } from './redis-server.js'

const { map, start } = procesHarnas('redis-hangt')

let redis: RedisServer
beforeAll(async () => {
  redis = await startRedis()
})
afterAll(async () => {
  redis?.verder()
  await redis?.opruimen()
})

/** The status of a request and how long it took; `undefined` when it took longer than `ms`. */
async function binnen(ms: number, verzoek: Promise<{ status: number }>) {
  const begin = Date.now()
  let wekker: NodeJS.Timeout | undefined
  const uit = await Promise.race([
    verzoek,
    new Promise<undefined>((klaar) => {
      wekker = setTimeout(() => klaar(undefined), ms)
    }),
  ])
  clearTimeout(wekker)
  return { status: uit?.status, ms: Date.now() - begin }
}

describe('Redis hangt (SIGSTOP)', () => {
  it('een verzoek krijgt binnen 3 seconden 503 problem+json, /readyz ook 503; daarna gaat alles verder', async () => {
    const store = redisStore(redis.url, { ttlMs: 3_600_000 })
    await wachtTot(() => store.gereed())
    const app = testApp({ store })
    const start = await vraag(app, 'POST', '/api/v1/gesprekken', {})
    const id = start.json.gesprek
    expect((await vraag(app, 'GET', '/readyz')).status).toBe(200)

    redis.pauze()
    try {
      const lezen = await binnen(3000, vraag(app, 'GET', `/api/v1/gesprekken/${id}`))
      expect(lezen.status).toBe(503)
      const beginnen = await binnen(3000, vraag(app, 'POST', '/api/v1/gesprekken', {}))
      expect(beginnen.status).toBe(503)
      const antwoord = await vraag(app, 'GET', `/api/v1/gesprekken/${id}`)
      expect(antwoord.headers.get('content-type')).toBe('application/problem+json')
      expect(antwoord.headers.get('retry-after')).toMatch(/^\d+$/)
      expect(antwoord.json.detail).toMatch(/Probeer het over een minuut opnieuw/)
      const gereed = await binnen(2000, vraag(app, 'GET', '/readyz'))
      expect(gereed.status).toBe(503)
      const health = await binnen(2000, vraag(app, 'GET', '/health/ready'))
      expect(health.status).toBe(503)
      console.log(
        `Redis hangt: GET gesprek ${lezen.ms} ms, POST gesprek ${beginnen.ms} ms, /readyz ${gereed.ms} ms (alle drie 503)`,
      )
    } finally {
      redis.verder()
    }
    await wachtTot(async () => (await vraag(app, 'GET', '/readyz')).status === 200)
    expect((await vraag(app, 'GET', `/api/v1/gesprekken/${id}`)).status).toBe(200)
    await store.close()
  })
})

describe('Redis weigert schrijven (vol)', () => {
  it('/readyz is niet klaar zolang Redis vol is; een nieuw gesprek krijgt 503; daarna weer klaar', async () => {
    const store = redisStore(redis.url, { ttlMs: 3_600_000 })
    await wachtTot(() => store.gereed())
    const app = testApp({ store })
    const beheer = new Redis(redis.url)
    await beheer.config('SET', 'maxmemory-policy', 'noeviction')
    await beheer.config('SET', 'maxmemory', '1')
    try {
      expect((await vraag(app, 'GET', '/readyz')).status).toBe(503)
      const nieuw = await vraag(app, 'POST', '/api/v1/gesprekken', {})
      expect(nieuw.status).toBe(503)
      expect(nieuw.headers.get('content-type')).toBe('application/problem+json')
      // Reading still works, so this is not the same as Redis being away.
      expect(await beheer.ping()).toBe('PONG')
    } finally {
      await beheer.config('SET', 'maxmemory', '0')
    }
    expect((await vraag(app, 'GET', '/readyz')).status).toBe(200)
    expect((await vraag(app, 'POST', '/api/v1/gesprekken', {})).status).toBe(201)
    beheer.disconnect()
    await store.close()
  })
})

describe('bij de start: wat in deze Redis gesprekken kan kosten', () => {
  it('een beleid dat gesprekken weggooit en opslag die uit staat, geven elk een waarschuwing', async () => {
    const goed = new Redis(redis.url)
    expect(await controleerRedis(goed)).toEqual([])
    goed.disconnect()

    const slecht = await startRedis({ extra: ['--appendonly', 'no', '--maxmemory-policy', 'allkeys-lru'] })
    const client = new Redis(slecht.url)
    const meldingen = await controleerRedis(client)
    expect(meldingen).toHaveLength(2)
    expect(meldingen[0]).toMatch(/maxmemory-policy allkeys-lru.*gooit het gesprekken weg.*noeviction/)
    expect(meldingen[1]).toMatch(/appendonly staat uit.*appendonly yes/)
    // volatile-* takes conversations too: every one has a TTL.
    await client.config('SET', 'maxmemory-policy', 'volatile-lru')
    expect((await controleerRedis(client))[0]).toMatch(/volatile-lru/)
    client.disconnect()
    await slecht.opruimen()
  })
})

describe('een verkeerd wachtwoord voor Redis', () => {
  it('heet in het log een wachtwoordfout, niet "niet bereikbaar", en zonder het wachtwoord', async () => {
    const beveiligd = await startRedis({ extra: ['--requirepass', 'het-goede-wachtwoord-van-redis'] })
    try {
      // The kind of the error ioredis reports.
      const fouten: Error[] = []
      const client = new Redis(beveiligd.url.replace('redis://', 'redis://:een-fout-wachtwoord@'), {
        maxRetriesPerRequest: 1,
        retryStrategy: () => null,
      })
      client.on('error', (fout) => fouten.push(fout))
      await wachtTot(() => fouten.length > 0)
      expect(redisFoutSoort(fouten[0])).toBe('wachtwoord')
      client.disconnect()
      expect(redisFoutSoort(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(
        'verbinding',
      )

      // The server itself, as it runs in a container.
      const poort = await vrijePoort()
      const proces = start(process.execPath, [SERVER], {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          HOST: '127.0.0.1',
          PORT: String(poort),
          STATISTIEKEN_PAD: join(map, 'statistieken.db'),
          REDIS_URL: beveiligd.url.replace('redis://', 'redis://:een-fout-wachtwoord@'),
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let uitvoer = ''
      proces.stdout?.on('data', (d) => {
        uitvoer += d
      })
      proces.stderr?.on('data', (d) => {
        uitvoer += d
      })
      await wachtTot(() => uitvoer.includes('Redis weigert het wachtwoord'), 15_000)
      expect(uitvoer).toContain('WRONGPASS')
      expect(uitvoer).not.toContain('Redis niet bereikbaar')
      expect(uitvoer).not.toContain('een-fout-wachtwoord')
      expect((await fetch(`http://127.0.0.1:${poort}/readyz`)).status).toBe(503)
      proces.kill('SIGTERM')
    } finally {
      await beveiligd.opruimen()
    }
  })
})
