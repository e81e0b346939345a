/**
 * Start-up of the built server (`node dist/server.js`, as in the container): bad settings stop it with
 * a clear message and exit code 1; a taken port names the port; a profile can live outside the project;
 * a Redis that cannot be reached is logged without its password, and /readyz says 503 meanwhile.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EnvFout, leesEnv, verdachteVariabelen } from '../server/env.js'
import { procesHarnas, ROOT, SERVER } from './proces-hulp.js'
import { vrijePoort, wachtTot } from './redis-server.js'

const { map, start: startProces } = procesHarnas('opstart')

const basisEnv = () => ({
  PATH: process.env.PATH ?? '',
  HOST: '127.0.0.1',
  PORT: '0',
  STATISTIEKEN_PAD: join(map, 'statistieken.db'),
})

/** Runs the server to its end; one that does start is killed after 10 s (then `code` is null). */
function draai(env: Record<string, string>) {
  const uit = spawnSync(process.execPath, [SERVER], {
    cwd: ROOT,
    env: { ...basisEnv(), ...env },
    encoding: 'utf8',
    timeout: 10_000,
  })
  return { code: uit.status, melding: `${uit.stderr}${uit.stdout}` }
}

/** Starts the server in the background; gives its address and what it printed so far. */
async function start(env: Record<string, string>) {
  const poort = await vrijePoort()
  const proces = startProces(process.execPath, [SERVER], {
    cwd: ROOT,
    env: { ...basisEnv(), PORT: String(poort), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let uitvoer = ''
  proces.stdout?.on('data', (d) => {
    uitvoer += d
  })
  proces.stderr?.on('data', (d) => {
    uitvoer += d
  })
  const basis = `http://127.0.0.1:${poort}`
  await wachtTot(
    () =>
      fetch(`${basis}/livez`).then(
        (r) => r.ok,
        () => false,
      ),
    15_000,
  )
  return { basis, uitvoer: () => uitvoer, proces }
}

describe('leesEnv', () => {
  it('neemt goede waarden aan', () => {
    const env = leesEnv({
      REDIS_URL: 'rediss://:geheim@redis.intern:6380/0',
      ALLOWED_ORIGINS: 'https://www.gemeente.nl, http://localhost:3000/ ,https://werk.gemeente.nl:8443',
      TRUST_PROXY: 'true',
      METRICS: 'false',
    })
    expect(env.ALLOWED_ORIGINS).toEqual([
      'https://www.gemeente.nl',
      'http://localhost:3000',
      'https://werk.gemeente.nl:8443',
    ])
    expect(env.TRUST_PROXY).toBe(true)
    expect(env.METRICS).toBe(false)
    expect(leesEnv({}).TRUST_PROXY).toBe(false)
    expect(leesEnv({ TRUST_PROXY: '' }).TRUST_PROXY).toBe(false)
    expect(leesEnv({ GEMEENTE: '/etc/werkwijzer/mijnstad.json' }).GEMEENTE).toBe('/etc/werkwijzer/mijnstad.json')
  })

  it.each([
    ['REDIS_URL', 'http://redis:6379', 'redis:// of rediss://'],
    ['REDIS_URL', 'redis-host:6379', 'redis:// of rediss://'],
    ['ALLOWED_ORIGINS', '*', '"*" is geen origin'],
    ['ALLOWED_ORIGINS', 'https://www.gemeente.nl/werk', '"https://www.gemeente.nl/werk" is geen origin'],
    ['ALLOWED_ORIGINS', 'https://goed.nl,www.gemeente.nl', '"www.gemeente.nl" is geen origin'],
    ['ALLOWED_ORIGINS', 'https://*.gemeente.nl', 'geen origin'],
    ['TRUST_PROXY', 'yes', 'kies uit: true, false'],
    ['TRUST_PROXY', '1', 'kies uit: true, false'],
    ['METRICS', 'aan', 'kies uit: true, false'],
    ['METRICS_TOKEN', 'kort', 'minstens 16 tekens'],
    ['PORT', '70000', 'een getal van 65535 of minder'],
    ['HOST', '999.1.1.1', 'geen IP-adres of hostnaam'],
    ['HOST', 'werk wijzer', 'geen IP-adres of hostnaam'],
    ['PUBLIC_URL', 'javascript:alert(1)', 'geen webadres'],
    ['PUBLIC_URL', 'file:///etc/passwd', 'geen webadres'],
    ['PUBLIC_URL', 'https://gebruiker:geheim@werkwijzer.nl', 'zonder wachtwoord'],
    ['BEHEER_TOKEN', ' '.repeat(16), 'zonder spaties'],
    ['BEHEER_TOKEN', 'aaaaaaaaaaaaaaaaaaaa', 'minstens 8 verschillende tekens'],
    ['METRICS_TOKEN', 'abababababababababab', 'minstens 8 verschillende tekens'],
    ['METRICS_TOKEN', 'een token met spaties erin', 'zonder spaties'],
    ['REDIS_PASSWORD', 'geheim', 'zonder REDIS_URL heeft dit geen zin'],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'otel-collector:4318', 'geen webadres'],
    ['OTEL_EXPORTER_OTLP_PROTOCOL', 'grpc', 'kies uit: http/json'],
    ['DRAIN_SECONDS', '-1', 'een getal van 0 of meer'],
  ])('weigert %s=%s', (naam, waarde, uitleg) => {
    expect(() => leesEnv({ [naam]: waarde })).toThrow(EnvFout)
    try {
      leesEnv({ [naam]: waarde })
    } catch (fout) {
      expect((fout as Error).message).toContain(`${naam}: `)
      expect((fout as Error).message).toContain(uitleg)
      expect((fout as Error).message).not.toMatch(/Invalid|Expected|expected/)
    }
  })
})

describe('instellingen die samen moeten kloppen', () => {
  it('HEADERS_TIMEOUT_SECONDS hoogstens REQUEST_TIMEOUT_SECONDS', () => {
    expect(() => leesEnv({ HEADERS_TIMEOUT_SECONDS: '40' })).toThrow(
      /HEADERS_TIMEOUT_SECONDS: 40 is meer dan REQUEST_TIMEOUT_SECONDS \(30\)/,
    )
    expect(leesEnv({ HEADERS_TIMEOUT_SECONDS: '40', REQUEST_TIMEOUT_SECONDS: '40' }).HEADERS_TIMEOUT_SECONDS).toBe(40)
  })

  it('in productie is GEMEENTE verplicht; daarbuiten is Assen de standaard', () => {
    expect(() => leesEnv({ NODE_ENV: 'production' })).toThrow(/GEMEENTE: verplicht in productie/)
    expect(leesEnv({ NODE_ENV: 'production', GEMEENTE: 'voorbeeldstad' }).GEMEENTE).toBe('voorbeeldstad')
    expect(leesEnv({}).GEMEENTE).toBe('assen')
    expect(leesEnv({ NODE_ENV: 'development' }).GEMEENTE).toBe('assen')
  })

  it('REDIS_PASSWORD komt in REDIS_URL (gecodeerd), maar niet als daar al een wachtwoord staat', () => {
    expect(leesEnv({ REDIS_URL: 'redis://valkey:6379', REDIS_PASSWORD: 'p@ss/w:rd' }).REDIS_URL).toBe(
      'redis://:p%40ss%2Fw%3Ard@valkey:6379',
    )
    expect(() => leesEnv({ REDIS_URL: 'redis://:oud@valkey:6379', REDIS_PASSWORD: 'nieuw-wachtwoord' })).toThrow(
      /REDIS_PASSWORD: REDIS_URL heeft al een wachtwoord/,
    )
  })

  it('een token van 16 tekens of meer met variatie, zoals openssl rand -hex 24 maakt', () => {
    expect(leesEnv({ BEHEER_TOKEN: 'c0ffee0123456789abcdef0123456789abcdef01' }).BEHEER_TOKEN).toBeDefined()
    expect(leesEnv({ METRICS_TOKEN: 'een-token-van-minstens-zestien-tekens' }).METRICS_TOKEN).toBeDefined()
  })
})

describe('variabelen die op een instelling lijken', () => {
  it.each([
    ['ALLOWED_ORIGIN', 'ALLOWED_ORIGINS'],
    ['GEMENTE', 'GEMEENTE'],
    ['gemeente', 'GEMEENTE'],
    ['REDIS_URI', 'REDIS_URL'],
    ['METRIC', 'METRICS'],
    ['GESPREK_TTL_MINUTEN', 'GESPREK_TTL_MINUTES'],
  ])('%s: bedoel je %s?', (naam, bedoeld) => {
    expect(verdachteVariabelen({ [naam]: 'x' })).toEqual([{ naam, bedoeld }])
  })

  it('ons eerste woord met een ander einde wordt genoemd, zonder gok', () => {
    expect(verdachteVariabelen({ REDIS_HOST: 'valkey', BEHEER_WACHTWOORD: 'x', WERKWIJZER_GEMEENTE: 'assen' })).toEqual(
      [{ naam: 'REDIS_HOST' }, { naam: 'BEHEER_WACHTWOORD' }, { naam: 'WERKWIJZER_GEMEENTE' }],
    )
  })

  it('wat elke container of shell heeft, en de service-variabelen van Kubernetes, niet', () => {
    expect(
      verdachteVariabelen({
        PATH: '/usr/bin',
        HOME: '/home/node',
        HOSTNAME: 'werkwijzer-7d9f',
        NODE_VERSION: '20.20.2',
        NODE_OPTIONS: '--max-old-space-size=256',
        YARN_VERSION: '1.22',
        TERM: 'xterm',
        KUBERNETES_SERVICE_HOST: '10.0.0.1',
        KUBERNETES_PORT: 'tcp://10.0.0.1:443',
        WERKWIJZER_PORT: 'tcp://10.0.0.7:80',
        WERKWIJZER_PORT_80_TCP_ADDR: '10.0.0.7',
        WERKWIJZER_SERVICE_PORT_HTTP: '80',
        REDIS_PORT: 'tcp://10.0.0.9:6379',
        REDIS_SERVICE_HOST: '10.0.0.9',
        GEMEENTE: 'assen',
        NODE_ENV: 'production',
        WERKWIJZER_TESTRUN: 'abc-123',
      }),
    ).toEqual([])
  })
})

describe('node dist/server.js weigert slechte instellingen', () => {
  it.each([
    ['REDIS_URL', 'http://redis:6379'],
    ['ALLOWED_ORIGINS', '*'],
    ['ALLOWED_ORIGINS', 'https://www.gemeente.nl/pad'],
    ['ALLOWED_ORIGINS', 'www.gemeente.nl'],
    ['TRUST_PROXY', 'ja'],
  ])('%s=%s: exit 1 en een melding die de variabele noemt', (naam, waarde) => {
    const { code, melding } = draai({ [naam]: waarde })
    expect(code).toBe(1)
    expect(melding).toMatch(new RegExp(`Ongeldige configuratie:\\n\\s+${naam}: `))
  })

  it('een poort die al bezet is: exit 1, en de melding noemt de poort', async () => {
    const bezet = createServer()
    const poort = await new Promise<number>((klaar) =>
      bezet.listen(0, '127.0.0.1', () => klaar((bezet.address() as { port: number }).port)),
    )
    try {
      const { code, melding } = draai({ PORT: String(poort) })
      expect(code).toBe(1)
      expect(melding).toContain(`poort ${poort} is al in gebruik`)
    } finally {
      bezet.close()
    }
  })

  it('een onbekende GEMEENTE: exit 1, en de melding noemt de profielen die er zijn', () => {
    const { code, melding } = draai({ GEMEENTE: 'nergensdorp' })
    expect(code).toBe(1)
    expect(melding).toContain('Gemeenteprofiel nergensdorp bestaat niet')
    expect(melding).toMatch(/Er zijn: .*assen.*voorbeeldstad/)
  })
})

describe('het gemeenteprofiel buiten het project', () => {
  const profiel = () => {
    const p = JSON.parse(readFileSync(join(ROOT, 'gemeenten/voorbeeldstad.json'), 'utf8'))
    return { ...p, id: 'buitenstad', naam: 'Buitenstad' }
  }

  it('GEMEENTE als pad naar een bestand (zoals een container het koppelt)', async () => {
    const bestand = join(map, 'profiel', 'buitenstad.json')
    mkdirSync(join(map, 'profiel'), { recursive: true })
    writeFileSync(bestand, JSON.stringify(profiel()))
    const { basis, proces } = await start({ GEMEENTE: bestand })
    const gemeente = await fetch(`${basis}/api/v1/gemeente`).then((r) => r.json())
    expect(gemeente.naam).toBe('Buitenstad')
    proces.kill('SIGTERM')
  })

  it('GEMEENTE_PAD als map met profielen; een fout profiel daar wordt in het Nederlands genoemd', async () => {
    const profielen = join(map, 'profielen')
    mkdirSync(profielen, { recursive: true })
    writeFileSync(join(profielen, 'buitenstad.json'), JSON.stringify(profiel()))
    copyFileSync(join(ROOT, 'gemeenten/voorbeeldstad.json'), join(profielen, 'voorbeeldstad.json'))
    const { basis, proces } = await start({ GEMEENTE_PAD: profielen, GEMEENTE: 'buitenstad' })
    expect((await fetch(`${basis}/api/v1/gemeente`).then((r) => r.json())).naam).toBe('Buitenstad')
    proces.kill('SIGTERM')

    writeFileSync(
      join(profielen, 'kapot.json'),
      JSON.stringify({ ...profiel(), id: 'kapot', thema: { kleurPrimair: 'rood' } }),
    )
    const { code, melding } = draai({ GEMEENTE_PAD: profielen, GEMEENTE: 'kapot' })
    expect(code).toBe(1)
    expect(melding).toContain('thema.kleurPrimair: een kleur als #00566e')
    expect(melding).toContain('thema.kleurAccent: dit veld ontbreekt')
    expect(melding).not.toMatch(/Invalid|expected/)
    expect(draai({ GEMEENTE_PAD: profielen, GEMEENTE: 'assen' }).melding).toMatch(
      /Er zijn: buitenstad, kapot, voorbeeldstad\./,
    )
  })
})

describe('Redis die niet bereikbaar is', () => {
  it('staat in het log (zonder wachtwoord), /readyz zegt 503 en /livez 200', async () => {
    const poort = await vrijePoort()
    const { basis, uitvoer, proces } = await start({
      REDIS_URL: `redis://werkwijzer:heel-geheim-wachtwoord@127.0.0.1:${poort}`,
      LOG_LEVEL: 'info',
    })
    await wachtTot(() => uitvoer().includes('Redis niet bereikbaar'), 10_000)
    expect(uitvoer()).toContain(`127.0.0.1:${poort}`)
    expect(uitvoer()).toContain('ECONNREFUSED')
    expect(uitvoer()).not.toContain('heel-geheim-wachtwoord')
    expect((await fetch(`${basis}/readyz`)).status).toBe(503)
    expect((await fetch(`${basis}/livez`)).status).toBe(200)
    // Retries every few seconds are not logged one by one.
    await new Promise((klaar) => setTimeout(klaar, 1500))
    expect(uitvoer().split('Redis niet bereikbaar').length - 1).toBe(1)
    proces.kill('SIGTERM')
  })
})
