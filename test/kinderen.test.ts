/**
 * Issue 32: the processes a test run starts end with it. A restarted redis-server replaces the old
 * process; a child left running is found as this run's (and only this run's) and killed; on Linux a
 * child dies with the worker that started it even when that worker is killed outright. The global
 * teardown (`test/testrun.ts`) counts the run's processes at the end and fails the run if any is left.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ruimOp, startKind, tijdelijkeMap, vanDezeRun } from './kinderen.js'
import { ROOT } from './proces-hulp.js'
import { startRedis, vrijePoort, wachtOpPoort, wachtTot } from './redis-server.js'

const leeft = (pid: number | undefined) => vanDezeRun().some((p) => p.pid === pid)
const redisOpPoort = (poort: number) =>
  vanDezeRun().filter((p) => p.soort === 'redis-server' && p.opdracht.includes(`:${poort}`))
const heeftSetpriv = spawnSync('setpriv', ['--help'], { stdio: 'ignore' }).status === 0

describe('een herstarte redis-server', () => {
  it('vervangt het oude proces: er draait er één, en na opruimen geen', async () => {
    const redis = await startRedis()
    const eerste = redis.pid
    expect(redisOpPoort(redis.poort).map((p) => p.pid)).toEqual([eerste])
    // start() on a running server (statistieken-cijfers did this and left the first one running).
    await redis.start()
    expect(redis.pid).not.toBe(eerste)
    expect(leeft(eerste)).toBe(false)
    expect(redisOpPoort(redis.poort).map((p) => p.pid)).toEqual([redis.pid])
    await redis.opruimen()
    expect(redisOpPoort(redis.poort)).toEqual([])
  })
})

describe('de processen van deze run', () => {
  it('een achtergelaten kind hoort bij deze run, met zijn testbestand, en ruimOp stopt het', async () => {
    const poort = await vrijePoort()
    const kind = startKind(
      'redis-server',
      ['--port', String(poort), '--bind', '127.0.0.1', '--save', '', '--dir', tijdelijkeMap('los')],
      { stdio: 'ignore' },
    )
    await wachtOpPoort(poort)
    const gevonden = vanDezeRun().find((p) => p.pid === kind.pid)
    expect(gevonden).toMatchObject({ soort: 'redis-server', bestand: 'kinderen.test.ts' })
    await ruimOp()
    expect(leeft(kind.pid)).toBe(false)
  })

  it('een redis-server buiten de harnas (zoals van een andere run) hoort er niet bij', async () => {
    const poort = await vrijePoort()
    const map = mkdtempSync(join(tmpdir(), 'werkwijzer-andere-run-'))
    const { WERKWIJZER_TESTRUN: _, ...env } = process.env
    const vreemd = spawn(
      'redis-server',
      ['--port', String(poort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', map],
      { stdio: 'ignore', env },
    )
    try {
      await wachtOpPoort(poort)
      expect(vreemd.pid).toBeGreaterThan(0)
      expect(leeft(vreemd.pid)).toBe(false)
    } finally {
      vreemd.kill('SIGKILL')
      rmSync(map, { recursive: true, force: true })
    }
  })

  it.skipIf(!heeftSetpriv)('een kind sterft met het proces dat het startte, ook bij SIGKILL', async () => {
    const poort = await vrijePoort()
    const map = tijdelijkeMap('ouder')
    // A stand-in for a test worker: starts redis-server through the harness, then is killed outright.
    const script = `
      import { startKind } from './test/kinderen.ts'
      const kind = startKind('redis-server', ['--port', '${poort}', '--bind', '127.0.0.1', '--save', '', '--dir', ${JSON.stringify(map)}], { stdio: 'ignore' })
      console.log(kind.pid)
      setInterval(() => {}, 1000)`
    const ouder = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const pid = await new Promise<number>((klaar) => ouder.stdout.once('data', (d) => klaar(Number(String(d)))))
    await wachtOpPoort(poort)
    expect(leeft(pid)).toBe(true)
    ouder.kill('SIGKILL')
    await wachtTot(() => !leeft(pid), 5_000)
    expect(leeft(pid)).toBe(false)
  })
})
