/**
 * Faults with Redis (issue 8): while Redis is down, conversation endpoints answer 503 problem+json with
 * Retry-After, /health says "degraded" and /health/ready 503; the stateless check keeps working; when
 * Redis is back the same app recovers without a restart. The rate limit counts in Redis under a hashed
 * key, never the IP itself, and fails open while Redis is down.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { redisStore } from '../server/store/redis.js'
import { beantwoord, viaApp } from './hardening-hulp.js'
import { testApp, vraag } from './helpers.js'
import { type RedisServer, startRedis, wachtTot } from './redis-server.js'

let redis: RedisServer
/** SNELHEID_GEHEIM: only with it do the processes count together in Redis. */
const GEHEIM = 'een-geheim-voor-de-snelheidslimiet-van-alle-processen'
let store: ReturnType<typeof redisStore>
let app: ReturnType<typeof testApp>

beforeAll(async () => {
  redis = await startRedis()
  store = redisStore(redis.url, { ttlMs: 3_600_000 })
  await wachtTot(() => store.gereed())
  app = testApp({ store, beveiliging: { perMinuut: 5, redis: store.redis, geheim: GEHEIM } })
})
afterAll(async () => {
  await store?.close()
  await redis?.opruimen()
})

/** A request from a client with this IP address (as @hono/node-server passes it). */
async function van(ip: string, methode: string, pad: string, body?: unknown) {
  const res = await app.request(
    pad,
    {
      method: methode,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
    },
    { incoming: { socket: { remoteAddress: ip } } },
  )
  return { status: res.status, headers: res.headers, json: await res.json().catch(() => undefined) }
}

describe('Redis valt weg en komt terug', () => {
  it('tijdens de storing 503 met Retry-After, health degraded; daarna gaat alles verder', async () => {
    const start = await vraag(app, 'POST', '/api/v1/gesprekken', {})
    expect(start.status).toBe(201)
    await beantwoord(viaApp(app), start.json, 3, 1)
    const id = start.json.gesprek
    const voor = await vraag(app, 'GET', `/api/v1/gesprekken/${id}`)

    await redis.stop()
    await wachtTot(async () => !(await store.gereed()))

    const verzoeken: [string, string, unknown?][] = [
      ['POST', '/api/v1/gesprekken', {}],
      ['GET', `/api/v1/gesprekken/${id}`],
      ['POST', `/api/v1/gesprekken/${id}/antwoorden`, { vraag: voor.json.vraag?.id ?? 'x', waarde: true }],
      ['POST', `/api/v1/gesprekken/${id}/terug`],
      ['PUT', `/api/v1/gesprekken/${id}/antwoorden/leeftijd`, { waarde: 30 }],
      ['DELETE', `/api/v1/gesprekken/${id}`],
    ]
    for (const [methode, pad, body] of verzoeken) {
      const r = await vraag(app, methode, pad, body)
      expect(r.status, `${methode} ${pad}`).toBe(503)
      expect(r.headers.get('content-type')).toBe('application/problem+json')
      expect(r.headers.get('retry-after')).toMatch(/^\d+$/)
      expect(r.json.detail).toMatch(/Probeer het over een minuut opnieuw/)
    }
    const health = await vraag(app, 'GET', '/health')
    expect(health.status).toBe(200)
    expect(health.json).toMatchObject({ status: 'degraded', opslag: { soort: 'redis', gereed: false } })
    expect((await vraag(app, 'GET', '/health/ready')).status).toBe(503)
    // Stateless parts keep working, and the rate limiter fails open instead of failing the request.
    expect((await van('198.51.100.1', 'POST', '/api/v1/checks', { situatie: { leeftijd: 30 } })).status).toBe(200)

    await redis.start()
    await wachtTot(() => store.gereed(), 15_000)
    expect((await vraag(app, 'GET', '/health')).json.status).toBe('ok')
    expect((await vraag(app, 'GET', '/health/ready')).status).toBe(200)
    const na = await vraag(app, 'GET', `/api/v1/gesprekken/${id}`)
    expect(na.status).toBe(200)
    expect(na.json).toEqual(voor.json)
    const verder = await beantwoord(viaApp(app), na.json, 2, 4)
    expect(verder.gesprek).toBe(id)
  })
})

describe('de snelheidslimiet in Redis', () => {
  it('telt per IP over 60 s, geeft 429 problem+json met Retry-After, en bewaart het IP niet', async () => {
    const ip = '203.0.113.77'
    for (let i = 0; i < 5; i++) expect((await van(ip, 'GET', '/api/v1')).status).toBe(200)
    const te = await van(ip, 'GET', '/api/v1')
    expect(te.status).toBe(429)
    expect(te.headers.get('content-type')).toBe('application/problem+json')
    expect(Number(te.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(te.json.detail).toMatch(/Wacht \d+ seconden/)
    // Another client is not affected; /health is never limited.
    expect((await van('203.0.113.78', 'GET', '/api/v1')).status).toBe(200)
    for (let i = 0; i < 8; i++) expect((await van(ip, 'GET', '/health')).status).toBe(200)

    const sleutels = await store.redis.keys('werkwijzer:limiet:*')
    expect(sleutels.length).toBeGreaterThan(0)
    for (const sleutel of sleutels) {
      expect(sleutel).not.toContain('203.0.113')
      const ttl = await store.redis.pttl(sleutel)
      expect(ttl).toBeGreaterThan(0)
      expect(ttl).toBeLessThanOrEqual(60_000)
    }
    // Nothing in Redis to make the keys with: the secret is in the environment only.
    expect(await store.redis.keys('*zout*')).toEqual([])
    const dump = JSON.stringify(await Promise.all(sleutels.map((s) => store.redis.get(s))))
    expect(dump).not.toContain('203.0.113')
  })

  it('twee processen met hetzelfde SNELHEID_GEHEIM tellen samen; zonder geheim telt elk proces voor zich', async () => {
    const ip = '203.0.113.90'
    const opties = { perMinuut: 5, redis: store.redis }
    const verzoek = async (a: ReturnType<typeof testApp>) =>
      (await a.request('/api/v1', {}, { incoming: { socket: { remoteAddress: ip } } })).status
    const [een, twee] = [
      testApp({ store, beveiliging: { ...opties, geheim: GEHEIM } }),
      testApp({ store, beveiliging: { ...opties, geheim: GEHEIM } }),
    ]
    const samen: number[] = []
    for (let i = 0; i < 8; i++) samen.push(await verzoek(i % 2 === 0 ? een : twee))
    expect(samen.filter((s) => s === 200)).toHaveLength(5)
    const voor = (await store.redis.keys('werkwijzer:limiet:*')).length
    const [drie, vier] = [testApp({ store, beveiliging: opties }), testApp({ store, beveiliging: opties })]
    const apart: number[] = []
    for (let i = 0; i < 8; i++) apart.push(await verzoek(i % 2 === 0 ? drie : vier))
    expect(apart.every((s) => s === 200)).toBe(true)
    // Without the secret nothing is counted in Redis.
    expect((await store.redis.keys('werkwijzer:limiet:*')).length).toBe(voor)
  })
})
