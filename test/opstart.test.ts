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
import { EnvFout, leesEnv } from '../server/env.js'
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
