/**
 * Real server processes: `node dist/server.js` as it runs in production.
 * SIGTERM lets an in-flight request finish and exits 0; two processes on one Redis serve one
 * conversation alternately with the same result as one process.
 */
import { request } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { beantwoord, kiesAntwoord, viaHttp, zonderId } from './hardening-hulp.js'
import { procesHarnas, ROOT, SERVER } from './proces-hulp.js'
import { type RedisServer, startRedis, vrijePoort, wachtOpPoort } from './redis-server.js'

const { map, start: startProces } = procesHarnas('proces')

async function startServer(extra: Record<string, string> = {}) {
  const poort = await vrijePoort()
  const proces = startProces('node', [SERVER], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(poort),
      LOG_LEVEL: 'silent',
      STATISTIEKEN_PAD: join(map, `statistieken-${poort}.db`),
      RATE_LIMIT_PER_MINUTE: '100000',
      ...extra,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const einde = new Promise<number | null>((klaar) => proces.once('exit', (code) => klaar(code)))
  await wachtOpPoort(poort, 15_000)
  const basis = `http://127.0.0.1:${poort}`
  // Listening is not ready: with Redis the store connects after start-up (load balancers ask /health/ready too).
  for (let poging = 0; poging < 100; poging++) {
    const gereed = await fetch(`${basis}/health/ready`).then(
      (r) => r.ok,
      () => false,
    )
    if (gereed) break
    await new Promise((klaar) => setTimeout(klaar, 50))
  }
  return { poort, proces, einde, basis }
}

describe('SIGTERM', () => {
  it('laat een lopend verzoek afmaken, neemt geen nieuwe aan, en stopt met exit 0', async () => {
    const { poort, proces, einde } = await startServer()
    const body = JSON.stringify({ situatie: { leeftijd: 30, woontInGemeente: true } })
    const helft = Math.floor(body.length / 2)
    // A slow client: the headers and half the body now, the rest after SIGTERM.
    const antwoord = new Promise<{ status: number; tekst: string }>((klaar, mis) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: poort,
          method: 'POST',
          path: '/api/v1/checks',
          headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
        },
        (res) => {
          let tekst = ''
          res.on('data', (d) => {
            tekst += d
          })
          res.on('end', () => klaar({ status: res.statusCode ?? 0, tekst }))
        },
      )
      req.on('error', mis)
      req.write(body.slice(0, helft))
      setTimeout(() => {
        proces.kill('SIGTERM')
        setTimeout(() => req.end(body.slice(helft)), 500)
      }, 200)
    })
    const begin = Date.now()
    await new Promise((r) => setTimeout(r, 450))
    // After SIGTERM no new connection is accepted. (A keep-alive connection that is already open is still
    // answered, with `Connection: close`, so a client never loses a request it sent on it: see
    // test/starten-stoppen.test.ts. So this asks on a connection of its own.)
    const nieuw = await new Promise<number | string>((klaar) => {
      const req = request({ host: '127.0.0.1', port: poort, path: '/health', agent: false }, (res) => {
        res.resume()
        klaar(res.statusCode ?? 0)
      })
      req.on('error', () => klaar('geweigerd'))
      req.end()
    })
    expect(nieuw).toBe('geweigerd')
    const { status, tekst } = await antwoord
    expect(status).toBe(200)
    expect(JSON.parse(tekst).uitkomsten).toHaveLength(12)
    expect(await einde).toBe(0)
    expect(Date.now() - begin).toBeLessThan(10_000)
  })
})

describe('twee processen op één Redis', () => {
  let redis: RedisServer
  beforeAll(async () => {
    redis = await startRedis()
  })
  afterAll(async () => {
    await redis?.opruimen()
  })

  it('bedienen één gesprek om en om, met dezelfde uitkomst als één proces', async () => {
    const [a, b] = await Promise.all([startServer({ REDIS_URL: redis.url }), startServer({ REDIS_URL: redis.url })])
    const servers = [viaHttp(a.basis), viaHttp(b.basis)]

    // Alternately: every answer goes to the other process, as behind a round-robin load balancer.
    const startOm = await servers[0]?.('POST', '/api/v1/gesprekken', {})
    expect(startOm?.status).toBe(201)
    let om = startOm?.json
    for (let i = 0; i < 40 && !om.klaar; i++) {
      const server = servers[(i + 1) % 2]
      if (!server) throw new Error('geen server')
      const r = await server('POST', `/api/v1/gesprekken/${om.gesprek}/antwoorden`, {
        vraag: om.vraag.id,
        waarde: kiesAntwoord(om, i + 1),
      })
      expect(r.status).toBe(200)
      om = r.json
    }
    // One process alone, the same answers.
    const eenStart = await servers[0]?.('POST', '/api/v1/gesprekken', {})
    const een = await beantwoord(servers[0] as ReturnType<typeof viaHttp>, eenStart?.json, 40, 1)

    expect(om.antwoorden.length).toBeGreaterThan(2)
    expect(zonderId(om)).toEqual(zonderId(een))
    // Both processes read the same state.
    const viaA = await servers[0]?.('GET', `/api/v1/gesprekken/${om.gesprek}`)
    const viaB = await servers[1]?.('GET', `/api/v1/gesprekken/${om.gesprek}`)
    expect(viaA?.json).toEqual(viaB?.json)

    a.proces.kill('SIGTERM')
    b.proces.kill('SIGTERM')
    expect(await a.einde).toBe(0)
    expect(await b.einde).toBe(0)
  })
})
