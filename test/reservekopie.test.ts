/**
 * The backup of the statistics (`node dist/reservekopie.js bewaar|terug`), as an operator runs it: on a
 * real redis-server with a password (given as REDIS_PASSWORD, with characters a URL must encode), the
 * figures counted by the real counter, Valkey emptied, the backup put back, and the same figures read.
 * A conversation and a rate-limit key are never in the backup.
 */
import { type ChildProcess, spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { leesRedisEnv } from '../server/env.js'
import { maakTeller } from '../server/statistieken/index.js'
import { startKind, tijdelijkeMap } from './kinderen.js'
import { ROOT } from './proces-hulp.js'
import { vrijePoort, wachtOpPoort } from './redis-server.js'

const WACHTWOORD = 'p@ss:w/rd#1-geheim'
const map = tijdelijkeMap('reservekopie')
let redis: ChildProcess | undefined
let poort = 0

beforeAll(async () => {
  if (spawnSync('node', ['-e', "require('fs').accessSync('dist/reservekopie.js')"], { cwd: ROOT }).status !== 0) {
    spawnSync('node', ['scripts/build.mjs'], { cwd: ROOT })
  }
  poort = await vrijePoort()
  redis = startKind(
    'redis-server',
    ['--port', String(poort), '--bind', '127.0.0.1', '--save', '', '--dir', map, '--requirepass', WACHTWOORD],
    { stdio: 'ignore' },
  )
  await wachtOpPoort(poort)
})
afterAll(() => {
  redis?.kill('SIGKILL')
  rmSync(map, { recursive: true, force: true })
})

const env = () => ({
  PATH: process.env.PATH ?? '',
  REDIS_URL: `redis://127.0.0.1:${poort}`,
  REDIS_PASSWORD: WACHTWOORD,
})

function draai(opdracht: string[], invoer?: string) {
  return spawnSync(process.execPath, ['dist/reservekopie.js', ...opdracht], {
    cwd: ROOT,
    env: env(),
    input: invoer,
    encoding: 'utf8',
    timeout: 20_000,
  })
}

describe('reservekopie van de cijfers', () => {
  it('bewaart alleen de cijfers, en zet ze terug met dezelfde aantallen en vervaldatum', async () => {
    const url = leesRedisEnv(env())
    if (!url) throw new Error('geen url')
    const teller = maakTeller({ redisUrl: url, pad: join(map, 'nooit.db') })
    if (!teller) throw new Error('geen teller')
    const { Redis } = await import('ioredis')
    const client = new Redis(url, { maxRetriesPerRequest: 1 })
    try {
      const vandaag = new Date().toISOString().slice(0, 10)
      const gisteren = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
      teller.tel(gisteren, [
        { onderwerp: 'werkstage', taal: 'nl', sleutel: 'gestart' },
        { onderwerp: 'werkstage', taal: 'ar', sleutel: 'gestart' },
      ])
      teller.tel(vandaag, [{ onderwerp: 'alles', taal: 'nl', sleutel: 'klaar' }])
      await teller.leeg()
      const voor = await teller.lees(gisteren, vandaag)
      expect(voor.length).toBe(3)
      // What must never be in a backup: a conversation (with a note) and a rate-limit count.
      await client.set('werkwijzer:gesprek:0d1f3c5e-7a9b-4c2d-8e6f-123456789abc', '{"notities":"ik heb schulden"}')
      await client.set('werkwijzer:rl:abc', '7')
      const verloopt = await client.pexpiretime((await client.keys('werkwijzer:stat:*'))[0] ?? '')

      const uit = draai(['bewaar'])
      expect(uit.status, uit.stderr).toBe(0)
      expect(uit.stderr).toContain('2 sleutels van de cijfers bewaard')
      expect(uit.stdout).not.toMatch(/gesprek|schulden|werkwijzer:rl/)
      expect(uit.stdout).not.toContain(WACHTWOORD)
      const kopie = JSON.parse(uit.stdout)
      expect(kopie.sleutels.map((s: { sleutel: string }) => s.sleutel).sort()).toEqual(
        [`werkwijzer:stat:${gisteren}`, `werkwijzer:stat:${vandaag}`].sort(),
      )
      expect(kopie.sleutels.some((s: { verlooptOp: number }) => s.verlooptOp === verloopt)).toBe(true)

      await client.flushall()
      expect(await teller.lees(gisteren, vandaag)).toEqual([])
      const terug = draai(['terug'], uit.stdout)
      expect(terug.status, terug.stderr).toBe(0)
      expect(terug.stderr).toContain('2 sleutels teruggezet, 0 bestonden al')
      expect(await teller.lees(gisteren, vandaag)).toEqual(voor)
      expect(await client.exists('werkwijzer:gesprek:0d1f3c5e-7a9b-4c2d-8e6f-123456789abc')).toBe(0)
      const sleutel = (await client.keys('werkwijzer:stat:*')).sort()[0] ?? ''
      expect(await client.pexpiretime(sleutel)).toBeGreaterThan(Date.now())

      // Again: what is there stays as it is (a day counted again is never doubled), unless --vervang.
      teller.tel(vandaag, [{ onderwerp: 'alles', taal: 'nl', sleutel: 'klaar' }])
      await teller.leeg()
      expect(draai(['terug'], uit.stdout).stderr).toContain('0 sleutels teruggezet, 2 bestonden al')
      const klaar = (rijen: { sleutel: string; aantal: number }[]) => rijen.find((r) => r.sleutel === 'klaar')?.aantal
      expect(klaar(await teller.lees(vandaag, vandaag))).toBe(2)
      expect(draai(['terug', '--vervang'], uit.stdout).stderr).toContain('2 sleutels teruggezet')
      expect(klaar(await teller.lees(vandaag, vandaag))).toBe(1)
    } finally {
      client.disconnect()
      await teller.close()
    }
  })

  it('zet het ruisgeheim van de kopie altijd terug, en elke teller gebruikt het meteen', async () => {
    const url = leesRedisEnv(env())
    if (!url) throw new Error('geen url')
    const { Redis } = await import('ioredis')
    const client = new Redis(url, { maxRetriesPerRequest: 1 })
    const teller = maakTeller({ redisUrl: url, pad: join(map, 'nooit2.db') })
    if (!teller) throw new Error('geen teller')
    try {
      await client.flushall()
      const vandaag = new Date().toISOString().slice(0, 10)
      teller.tel(vandaag, [{ onderwerp: 'alles', taal: 'nl', sleutel: 'klaar' }])
      await teller.leeg()
      const oud = await teller.geheim()
      const uit = draai(['bewaar'])
      expect(uit.status, uit.stderr).toBe(0)
      await client.flushall()
      // A new secret drawn after the loss (the process kept running); the backup's must win at once.
      const nieuw = await teller.geheim()
      expect(nieuw).not.toBe(oud)
      const terug = draai(['terug'], uit.stdout)
      expect(terug.status, terug.stderr).toBe(0)
      expect(await teller.geheim()).toBe(oud)
    } finally {
      client.disconnect()
      await teller.close()
    }
  })

  it('zegt wat er mis is: een verkeerd wachtwoord, geen REDIS_URL, een bestand dat geen reservekopie is', () => {
    const fout = spawnSync(process.execPath, ['dist/reservekopie.js', 'bewaar'], {
      cwd: ROOT,
      env: { ...env(), REDIS_PASSWORD: 'niet-het-wachtwoord' },
      encoding: 'utf8',
      timeout: 20_000,
    })
    expect(fout.status).toBe(1)
    expect(fout.stderr).toMatch(/Reservekopie mislukt: .*WRONGPASS|invalid username-password/)
    expect(fout.stderr).not.toContain('niet-het-wachtwoord')
    const zonder = spawnSync(process.execPath, ['dist/reservekopie.js', 'bewaar'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
    })
    expect(zonder.status).toBe(1)
    expect(zonder.stderr).toContain('REDIS_URL ontbreekt')
    const onzin = draai(['terug'], JSON.stringify({ sleutels: [] }))
    expect(onzin.status).toBe(1)
    expect(onzin.stderr).toContain('geen reservekopie van de cijfers')
  })
})
