/**
 * The server process as it runs in production (`node dist/server.js`): slow or idle connections are
 * cut by explicit timeouts, an uncaught exception is logged and ends the process non-zero, and the
 * figures answer 503 (not 500) while Redis is down.
 */
import { connect } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { maakTeller } from '../server/statistieken/index.js'
import { testApp, vraag } from './helpers.js'
import { procesHarnas, ROOT, SERVER } from './proces-hulp.js'
import { startRedis, vrijePoort, wachtOpPoort } from './redis-server.js'

const { map, start: startProces } = procesHarnas('verbinding')

const omgeving = (poort: number, extra: Record<string, string> = {}) => ({
  ...process.env,
  HOST: '127.0.0.1',
  PORT: String(poort),
  LOG_LEVEL: 'info',
  STATISTIEKEN_PAD: join(map, `statistieken-${poort}.db`),
  ...extra,
})

/** Opens a connection, sends `tekst` (maybe nothing), and says what came back and after how long. */
function wachtOpAntwoord(poort: number, tekst: string): Promise<{ ms: number; antwoord: string }> {
  return new Promise((klaar) => {
    const begin = Date.now()
    let antwoord = ''
    const s = connect(poort, '127.0.0.1', () => {
      if (tekst) s.write(tekst)
    })
    s.on('data', (d) => {
      antwoord += d
    })
    s.on('close', () => klaar({ ms: Date.now() - begin, antwoord }))
    s.on('error', () => undefined)
    setTimeout(() => s.destroy(), 15_000)
  })
}

describe('trage en stille verbindingen', () => {
  it('worden afgebroken met 408 na HEADERS_TIMEOUT_SECONDS en REQUEST_TIMEOUT_SECONDS', async () => {
    const poort = await vrijePoort()
    const proces = startProces('node', [SERVER], {
      cwd: ROOT,
      env: omgeving(poort, { HEADERS_TIMEOUT_SECONDS: '1', REQUEST_TIMEOUT_SECONDS: '2' }),
      stdio: 'ignore',
    })
    await wachtOpPoort(poort, 15_000)
    const [stil, halveKop, traagLichaam] = await Promise.all([
      wachtOpAntwoord(poort, ''),
      wachtOpAntwoord(poort, 'GET /health HTTP/1.1\r\nHost: x\r\n'),
      wachtOpAntwoord(
        poort,
        'POST /api/v1/checks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{',
      ),
    ])
    for (const { ms, antwoord } of [stil, halveKop]) {
      expect(antwoord).toMatch(/^HTTP\/1\.1 408/)
      expect(ms).toBeLessThan(4000)
    }
    // A body that never completes is cut by the request timeout, not kept open for ever.
    expect(traagLichaam.ms).toBeLessThan(5000)
    expect(traagLichaam.antwoord).not.toMatch(/ 500 /)
    proces.kill('SIGTERM')
  })
})

describe('een onverwachte fout buiten een verzoek', () => {
  it('wordt gelogd en het proces stopt met een exitcode die niet 0 is', async () => {
    const poort = await vrijePoort()
    const script = `await import(${JSON.stringify(SERVER)}); setTimeout(() => { throw new TypeError('kapot') }, 300)`
    const proces = startProces('node', ['--input-type=module', '-e', script], {
      cwd: ROOT,
      env: omgeving(poort),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let uit = ''
    proces.stdout?.on('data', (d) => {
      uit += d
    })
    const code = await new Promise<number | null>((klaar) => proces.once('exit', (c) => klaar(c)))
    expect(code).toBe(1)
    const regels = uit
      .split('\n')
      .filter(Boolean)
      .map((r) => JSON.parse(r))
    const fout = regels.find((r) => r.level === 'error')
    expect(fout).toMatchObject({ fout: 'TypeError', msg: 'onverwachte fout' })
    // The message itself may quote input: it never reaches the log.
    expect(uit).not.toContain('kapot')
  })
})

describe('de cijfers terwijl Redis plat ligt', () => {
  it('/api/v1/statistieken en /beheer geven 503 met Retry-After, binnen een paar seconden', async () => {
    const redis = await startRedis()
    const teller = maakTeller({ redisUrl: redis.url, pad: join(map, 'nooit.db') })
    if (!teller) throw new Error('geen teller')
    const token = 'een-token-van-minstens-zestien-tekens'
    const app = testApp({ teller, beheerToken: token })
    const auth = { Authorization: `Bearer ${token}` }
    expect((await vraag(app, 'GET', '/api/v1/statistieken', undefined, auth)).status).toBe(200)
    await redis.stop()
    try {
      for (const pad of ['/api/v1/statistieken', '/beheer/statistieken.csv']) {
        const begin = Date.now()
        const res = await vraag(app, 'GET', pad, undefined, auth)
        expect(res.status, pad).toBe(503)
        expect(res.headers.get('Retry-After'), pad).toBeTruthy()
        expect(res.headers.get('Content-Type')).toBe('application/problem+json')
        expect(Date.now() - begin).toBeLessThan(4000)
      }
    } finally {
      await teller.close()
      await redis.opruimen()
    }
  })
})
