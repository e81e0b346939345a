/**
 * The built server as an operator meets it (`node dist/server.js`): a mistake in a setting is named in
 * Dutch without a stack (and once as a JSON line for the log pipeline), a look-alike variable is warned
 * about by name, an unwritable statistics path stops the start, Redis with REDIS_PASSWORD works; and a
 * stop drains: "stopping", `/readyz` 503, `Connection: close` on every answer so no keep-alive
 * connection is reset, "stopped (n requests cut)" and an exit code that says whether it cut any.
 */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { connect } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { procesHarnas, ROOT, SERVER } from './proces-hulp.js'
import { vrijePoort, wachtOpPoort, wachtTot } from './redis-server.js'

const { map, start: startProces } = procesHarnas('starten-stoppen')

const basisEnv = (extra: Record<string, string> = {}) => ({
  PATH: process.env.PATH ?? '',
  HOST: '127.0.0.1',
  STATISTIEKEN_PAD: join(map, 'statistieken.db'),
  LOG_LEVEL: 'info',
  ...extra,
})

/** A server in the background; its log lines (JSON) as they come, and its exit. */
async function start(extra: Record<string, string> = {}) {
  const poort = await vrijePoort()
  const proces = startProces(process.execPath, [SERVER], {
    cwd: ROOT,
    env: basisEnv({ PORT: String(poort), ...extra }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let uit = ''
  let fout = ''
  proces.stdout?.on('data', (d) => {
    uit += d
  })
  proces.stderr?.on('data', (d) => {
    fout += d
  })
  const einde = new Promise<number | null>((klaar) => proces.once('exit', (code) => klaar(code)))
  await wachtOpPoort(poort, 20_000)
  const regels = () =>
    uit
      .split('\n')
      .filter(Boolean)
      .map((r) => JSON.parse(r) as Record<string, unknown>)
  return { poort, proces, einde, regels, stderr: () => fout }
}

/** Runs the server to its end (a start that is refused). */
function weiger(extra: Record<string, string>) {
  const uit = spawnSync(process.execPath, [SERVER], {
    cwd: ROOT,
    env: basisEnv({ PORT: '0', ...extra }),
    encoding: 'utf8',
    timeout: 30_000,
  })
  return { code: uit.status, stderr: uit.stderr, stdout: uit.stdout }
}

describe('fouten in de instellingen: Nederlands, zonder stack, ook als één JSON-regel', () => {
  it.each([
    [{ HOST: '999.1.1.1' }, 'HOST: geen IP-adres of hostnaam'],
    [{ PUBLIC_URL: 'javascript:alert(1)' }, 'PUBLIC_URL: geen webadres'],
    [{ BEHEER_TOKEN: ' '.repeat(16) }, 'BEHEER_TOKEN: zonder spaties'],
    [{ HEADERS_TIMEOUT_SECONDS: '60' }, 'HEADERS_TIMEOUT_SECONDS: 60 is meer dan REQUEST_TIMEOUT_SECONDS (30)'],
    [{ NODE_ENV: 'production' }, 'GEMEENTE: verplicht in productie (NODE_ENV=production)'],
  ])('%o', (env, melding) => {
    const { code, stderr, stdout } = weiger(env)
    expect(code).toBe(1)
    expect(stderr).toContain('Ongeldige configuratie:')
    expect(stderr).toContain(melding)
    // No stack, no English from a library.
    expect(`${stderr}${stdout}`).not.toMatch(/\n\s+at |Error:|Invalid|node:internal/)
    const json = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}')
    expect(json).toMatchObject({ level: 'fatal', msg: 'Ongeldige configuratie', version: expect.any(String) })
    expect(json.fouten.join('\n')).toContain(melding)
  })

  it('een STATISTIEKEN_PAD waar niemand kan schrijven stopt de start en noemt het pad', () => {
    const bestand = join(map, 'een-bestand')
    writeFileSync(bestand, 'geen map')
    const { code, stderr } = weiger({ STATISTIEKEN_PAD: join(bestand, 'statistieken.db') })
    expect(code).toBe(1)
    expect(stderr).toContain(`STATISTIEKEN_PAD=${join(bestand, 'statistieken.db')}: Werkwijzer kan hier niet schrijven`)
    expect(stderr).not.toMatch(/\n\s+at /)
  })
})

describe('bij de start', () => {
  it('noemt variabelen die op een instelling lijken, met wat er bedoeld is; elke regel heeft level, msg en version', async () => {
    const { proces, regels, einde } = await start({
      ALLOWED_ORIGIN: 'https://www.assen.nl',
      GEMENTE: 'voorbeeldstad',
      REDIS_HOST: 'valkey',
    })
    await wachtTot(() => regels().some((r) => String(r.msg).includes('draait op')), 10_000)
    const waarschuwingen = regels().filter((r) => r.level === 'warn')
    expect(waarschuwingen.map((r) => [r.variabele, r.bedoeld])).toEqual([
      ['ALLOWED_ORIGIN', 'ALLOWED_ORIGINS'],
      ['GEMENTE', 'GEMEENTE'],
      ['REDIS_HOST', undefined],
    ])
    expect(String(waarschuwingen[0]?.msg)).toBe(
      'onbekende instelling ALLOWED_ORIGIN genegeerd; bedoel je ALLOWED_ORIGINS?',
    )
    for (const r of regels()) {
      expect(r).toMatchObject({ level: expect.any(String), msg: expect.any(String), time: expect.any(String) })
      expect(r.version).toMatch(/^\d+\.\d+\.\d+/)
      expect(Object.keys(r)).not.toContain('niveau')
    }
    proces.kill('SIGTERM')
    expect(await einde).toBe(0)
  })

  it('Redis met een wachtwoord uit REDIS_PASSWORD (ook met tekens die in een URL gecodeerd moeten)', async () => {
    const redisPoort = await vrijePoort()
    const wachtwoord = 'a@b:c/d#e%f-geheim'
    const redis = startProces(
      'redis-server',
      ['--port', String(redisPoort), '--bind', '127.0.0.1', '--save', '', '--requirepass', wachtwoord],
      { stdio: 'ignore' },
    )
    await wachtOpPoort(redisPoort)
    const { poort, proces, einde, regels } = await start({
      REDIS_URL: `redis://127.0.0.1:${redisPoort}`,
      REDIS_PASSWORD: wachtwoord,
    })
    await wachtTot(() => fetch(`http://127.0.0.1:${poort}/readyz`).then((r) => r.status === 200), 10_000)
    const gesprek = await fetch(`http://127.0.0.1:${poort}/api/v1/gesprekken`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(gesprek.status).toBe(201)
    proces.kill('SIGTERM')
    expect(await einde).toBe(0)
    expect(JSON.stringify(regels())).not.toContain(wachtwoord)
    redis.kill('SIGKILL')
  })
})

/** An HTTP/1.1 request on a keep-alive agent; what came back, or the error code. */
function haal(poort: number, agent: Agent, methode = 'GET', pad = '/api/v1', body?: string) {
  return new Promise<{ status?: number; verbinding?: string; fout?: string }>((klaar) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: poort,
        path: pad,
        method: methode,
        agent,
        headers: body ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } : {},
      },
      (res) => {
        res.resume()
        res.on('end', () => klaar({ status: res.statusCode, verbinding: res.headers.connection }))
      },
    )
    req.on('error', (e: NodeJS.ErrnoException) => klaar({ fout: e.code ?? e.message }))
    req.end(body)
  })
}

describe('stoppen (SIGTERM)', () => {
  it('logt het begin en het einde, en sluit met 0 als niemand iets kwijtraakte', async () => {
    const { proces, einde, regels } = await start()
    proces.kill('SIGTERM')
    expect(await einde).toBe(0)
    const berichten = regels().map((r) => String(r.msg))
    expect(berichten).toContain('Werkwijzer stopt (SIGTERM)')
    expect(berichten).toContain('Werkwijzer gestopt (0 verzoeken afgebroken)')
    expect(regels().find((r) => String(r.msg).startsWith('Werkwijzer gestopt'))?.afgebroken).toBe(0)
  })

  it('een verzoek dat niet op tijd klaar is, wordt afgebroken: geteld in het log en exitcode 1', async () => {
    const { poort, proces, einde, regels } = await start({ SHUTDOWN_TIMEOUT_SECONDS: '1' })
    // A body that never arrives: the request is running when the stop comes.
    const s = connect(poort, '127.0.0.1')
    await new Promise((klaar) => s.once('connect', klaar))
    s.write('POST /api/v1/checks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{')
    s.on('error', () => undefined)
    await new Promise((r) => setTimeout(r, 300))
    proces.kill('SIGTERM')
    expect(await einde).toBe(1)
    expect(regels().map((r) => String(r.msg))).toContain('Werkwijzer gestopt (1 verzoek afgebroken)')
    s.destroy()
  })

  it('drain: /readyz 503 en nog antwoorden (met Connection: close); daarna geen nieuwe verbindingen', async () => {
    const { poort, proces, einde } = await start({ DRAIN_SECONDS: '2' })
    const agent = new Agent({ keepAlive: true })
    expect((await haal(poort, agent)).status).toBe(200)
    proces.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 300))
    const gereed = await haal(poort, agent, 'GET', '/readyz')
    expect(gereed.status).toBe(503)
    expect(gereed.verbinding).toBe('close')
    const post = await haal(poort, agent, 'POST', '/api/v1/gesprekken', '{}')
    expect(post).toMatchObject({ status: 201, verbinding: 'close' })
    expect(await einde).toBe(0)
    expect((await haal(poort, new Agent())).fout).toBe('ECONNREFUSED')
    agent.destroy()
  })

  it('keep-alive-verbindingen worden niet gereset: wie na de stop nog iets stuurt, krijgt een antwoord met Connection: close of een geweigerde nieuwe verbinding', async () => {
    const { poort, proces, einde } = await start()
    const agent = new Agent({ keepAlive: true, maxSockets: 8 })
    const lijnen: { status?: number; verbinding?: string; fout?: string }[][] = []
    let door = true
    // Eight clients that keep sending on their own connections, through the stop.
    const lussen = Array.from({ length: 8 }, async (_, n) => {
      const lijn: { status?: number; verbinding?: string; fout?: string }[] = []
      lijnen[n] = lijn
      for (let i = 0; i < 400 && door; i++) {
        const u = await haal(poort, agent, 'POST', '/api/v1/checks', '{"situatie":{"leeftijd":34}}')
        lijn.push(u)
        if (u.fout === 'ECONNREFUSED') break
      }
    })
    await wachtTot(() => lijnen.flat().length >= 40, 20_000)
    proces.kill('SIGTERM')
    const code = await einde
    door = false
    await Promise.all(lussen)
    agent.destroy()
    expect(code).toBe(0)
    const alle = lijnen.flat()
    // After the listener closed a new connection is refused (a client can retry that safely); never a
    // reset or a hang-up on a connection the client had reason to reuse.
    expect(alle.filter((u) => u.fout && u.fout !== 'ECONNREFUSED').map((u) => u.fout)).toEqual([])
    expect(alle.filter((u) => u.status === 200).length).toBeGreaterThanOrEqual(40)
    // The connections in use were told to close: the answers after the stop say "Connection: close".
    expect(alle.filter((u) => u.verbinding === 'close').length).toBeGreaterThanOrEqual(1)
  })
})
