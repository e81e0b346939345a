/**
 * Issue 28 as an operator starts it: `node dist/server.js` with `GEMEENTEN=assen,voorbeeldstad`, a
 * dashboard token per gemeente and a statistics file per gemeente; and the settings that stop such a
 * start with a Dutch message (a shared BEHEER_TOKEN, GEMEENTE beside GEMEENTEN).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { maakTeller } from '../server/statistieken/index.js'
import { procesHarnas, ROOT, SERVER } from './proces-hulp.js'
import { startRedis, vrijePoort, wachtOpPoort, wachtTot } from './redis-server.js'

const { map, start: startProces } = procesHarnas('regio-proces')

const TOKEN_ASSEN = 'assen-0123456789abcdefghij'
const TOKEN_VOORBEELDSTAD = 'voorbeeldstad-9876543210zyxw'

const basisEnv = (extra: Record<string, string> = {}) => ({
  PATH: process.env.PATH ?? '',
  HOST: '127.0.0.1',
  STATISTIEKEN_PAD: join(map, 'statistieken.db'),
  LOG_LEVEL: 'info',
  ...extra,
})

describe('node dist/server.js met GEMEENTEN=assen,voorbeeldstad', () => {
  it('bedient beide gemeenten, elk met haar eigen model, cijferbestand en token', async () => {
    const poort = await vrijePoort()
    const proces = startProces(process.execPath, [SERVER], {
      cwd: ROOT,
      env: basisEnv({
        PORT: String(poort),
        NODE_ENV: 'production',
        GEMEENTEN: 'assen,voorbeeldstad',
        BEHEER_TOKEN_ASSEN: TOKEN_ASSEN,
        BEHEER_TOKEN_VOORBEELDSTAD: TOKEN_VOORBEELDSTAD,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let uit = ''
    proces.stdout?.on('data', (d) => {
      uit += d
    })
    const einde = new Promise<number | null>((klaar) => proces.once('exit', (code) => klaar(code)))
    await wachtOpPoort(poort, 20_000)
    const regels = () =>
      uit
        .split('\n')
        .filter(Boolean)
        .map((r) => JSON.parse(r) as Record<string, unknown>)
    await wachtTot(() => regels().some((r) => String(r.msg).includes('draait op')), 10_000)
    const gestart = regels().find((r) => String(r.msg).includes('draait op'))
    expect(gestart?.msg).toContain('(Assen, Voorbeeldstad)')
    expect(gestart?.gemeenten).toEqual(['assen (assen-2015)', 'voorbeeldstad (voorbeeldstad-2016)'])
    // The per-gemeente tokens are settings of ours: no warning about them.
    expect(regels().filter((r) => r.level === 'warn')).toEqual([])

    const basis = `http://127.0.0.1:${poort}`
    const profiel = await (await fetch(`${basis}/api/v1/gemeente?gemeente=voorbeeldstad`)).json()
    expect(profiel.naam).toBe('Voorbeeldstad')
    const res = await fetch(`${basis}/api/v1/gesprekken`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ gemeente: 'voorbeeldstad', onderwerp: 'alles' }),
    })
    expect(res.status).toBe(201)
    const stap = await res.json()
    expect(stap.regels.model).toBe('voorbeeldstad-2016')
    const anders = await fetch(`${basis}/api/v1/gesprekken/${stap.gesprek}?gemeente=assen`)
    expect(anders.status).toBe(404)

    // A file of figures per gemeente: the first keeps STATISTIEKEN_PAD, the second one beside it.
    expect(existsSync(join(map, 'statistieken.db'))).toBe(true)
    expect(existsSync(join(map, 'statistieken-voorbeeldstad.db'))).toBe(true)
    const cijfers = (token: string, query = '') =>
      fetch(`${basis}/api/v1/statistieken${query}`, { headers: { Authorization: `Bearer ${token}` } })
    expect((await cijfers(TOKEN_VOORBEELDSTAD)).status).toBe(200)
    expect((await cijfers(TOKEN_ASSEN)).status).toBe(200)
    expect((await cijfers(TOKEN_ASSEN, '?gemeente=voorbeeldstad')).status).toBe(401)

    proces.kill('SIGTERM')
    expect(await einde).toBe(0)
  })

  it.each([
    [
      { GEMEENTEN: 'assen,voorbeeldstad', BEHEER_TOKEN: TOKEN_ASSEN },
      'BEHEER_TOKEN: met meer gemeenten heeft elke gemeente haar eigen token; zet BEHEER_TOKEN_ASSEN, BEHEER_TOKEN_VOORBEELDSTAD',
    ],
    [{ GEMEENTE: 'assen', GEMEENTEN: 'assen,voorbeeldstad' }, 'GEMEENTEN: GEMEENTE (assen) staat er ook'],
    [{ GEMEENTEN: 'assen,bestaat-niet' }, 'Gemeenteprofiel bestaat-niet bestaat niet'],
  ])('%o stopt de start met een Nederlandse melding', (extra, melding) => {
    const uitslag = spawnSync(process.execPath, [SERVER], {
      cwd: ROOT,
      env: basisEnv({ PORT: '0', ...extra }),
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(uitslag.status).toBe(1)
    expect(uitslag.stderr).toContain(melding)
    expect(uitslag.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('de cijfers van twee gemeenten in één Redis', () => {
  let opruimen: (() => Promise<void>) | undefined
  afterAll(async () => opruimen?.())

  it('elke gemeente na de eerste heeft haar eigen sleutels; opruimen van de eerste laat die van de ander staan', async () => {
    const redis = await startRedis({ aof: false })
    opruimen = () => redis.opruimen()
    const eerste = maakTeller({ redisUrl: redis.url, pad: 'ongebruikt', bewaarDagen: 3650 })
    const tweede = maakTeller({ redisUrl: redis.url, pad: 'ongebruikt', bewaarDagen: 3650, gemeente: 'voorbeeldstad' })
    if (!eerste || !tweede) throw new Error('geen teller')
    const telling = (sleutel: string) => ({ onderwerp: 'alles', taal: 'nl', sleutel })
    eerste.tel('2026-11-20', [telling('gestart')])
    tweede.tel('2026-11-20', [telling('gestart'), telling('gestart'), telling('klaar')])
    tweede.tel('2026-01-01', [telling('gestart')])
    await Promise.all([eerste.leeg(), tweede.leeg()])
    const som = async (teller: typeof eerste, van: string, tot: string) =>
      (await teller.lees(van, tot)).filter((r) => r.sleutel === 'gestart').reduce((s, r) => s + r.aantal, 0)
    expect(await som(eerste, '2026-11-20', '2026-11-20')).toBe(1)
    expect(await som(tweede, '2026-11-20', '2026-11-20')).toBe(2)
    // The first's clean-up scans werkwijzer:stat:*, which also matches the other's keys: it must leave them.
    await eerste.ruimOp('2026-11-01')
    expect(await som(tweede, '2026-01-01', '2026-01-01')).toBe(1)
    await tweede.ruimOp('2026-11-01')
    expect(await som(tweede, '2026-01-01', '2026-01-01')).toBe(0)
    expect(await som(tweede, '2026-11-20', '2026-11-20')).toBe(2)
    await Promise.all([eerste.close(), tweede.close()])
  })
})
