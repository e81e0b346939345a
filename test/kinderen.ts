/**
 * Every process the tests start (redis-server, `node dist/server.js`, Chromium) belongs to one test run
 * and ends with it, whether its test passes, fails, times out or the worker is stopped early.
 *
 * - A run has an id (`WERKWIJZER_TESTRUN`, set by the global setup in `test/testrun.ts`); every child
 *   inherits it, and the run's folder under the OS temp dir holds a log of the children (pid and start
 *   time, so a reused pid is never mistaken for ours) and their data folders.
 * - Per test file (`test/opruimen.ts`, a setup file): whatever the file started and did not stop is
 *   killed after its last hook, and again when the worker exits or is signalled.
 * - On Linux `setpriv --pdeathsig KILL` makes a child die with the worker that started it, even when
 *   that worker is killed outright (vitest sends SIGKILL 500 ms after SIGTERM).
 * - The global teardown finds this run's leftovers by the log, the id in the environment or a working
 *   folder in the run's folder: never a process of another run on the same machine.
 */
import { type ChildProcess, type SpawnOptions, spawn, spawnSync } from 'node:child_process'
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  writeFileSync,
} from 'node:fs'
import { constants, tmpdir } from 'node:os'
import { basename, join } from 'node:path'

export const RUN_VARIABELE = 'WERKWIJZER_TESTRUN'
const LOG = 'processen.log'

export const nieuweRunId = () => `${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`

/** This run's id; outside `vitest` (no global setup) the process makes one of its own. */
export function runId(): string {
  const id = process.env[RUN_VARIABELE] || nieuweRunId()
  process.env[RUN_VARIABELE] = id
  return id
}

/** The run's folder under the OS temp dir: the children's log and their data folders. */
export function runMap(id = runId()): string {
  const map = join(tmpdir(), `werkwijzer-testrun-${id}`)
  mkdirSync(map, { recursive: true })
  return map
}

/** A fresh folder inside the run's folder (so a redis-server working in it is known as this run's). */
export function tijdelijkeMap(naam: string): string {
  return mkdtempSync(join(runMap(), `${naam}-`))
}

export type Soort = 'redis-server' | 'server' | 'chromium'

export interface Proces {
  pid: number
  ppid: number
  pgid: number
  /** Start time in clock ticks since boot (field 22 of /proc/<pid>/stat): with the pid, one process. */
  start: string
  soort: Soort
  opdracht: string
}

function stat(pid: number): string[] | undefined {
  try {
    const regel = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // After "pid (comm) ": state ppid pgrp ... starttime is the 20th field.
    return regel.slice(regel.lastIndexOf(')') + 2).split(' ')
  } catch {
    return undefined
  }
}

function soortVan(comm: string, opdracht: string): Soort | undefined {
  if (comm === 'redis-server') return 'redis-server'
  // The browser, its zygotes and renderers, and chrome_crashpad_handler.
  if (comm.startsWith('chrom')) return 'chromium'
  // `node dist/server.js`, and `node -e "await import('…/dist/server.js')"`.
  if (opdracht.includes('dist/server.js')) return 'server'
  return undefined
}

function lees(pid: number): Proces | undefined {
  const velden = stat(pid)
  if (!velden || velden[0] === 'Z' || velden[0] === 'X') return undefined
  try {
    const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim()
    const opdracht = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim()
    const soort = soortVan(comm, opdracht)
    if (!soort) return undefined
    return {
      pid,
      ppid: Number(velden[1]),
      pgid: Number(velden[2]),
      start: velden[19] ?? '',
      soort,
      opdracht: opdracht.slice(0, 160),
    }
  } catch {
    return undefined
  }
}

/** Every living redis-server, dist/server.js and Chromium process on the machine, of any run. */
function alleTestsoorten(): Proces[] {
  const uit: Proces[] = []
  for (const naam of readdirSync('/proc')) {
    if (!/^\d+$/.test(naam)) continue
    const p = lees(Number(naam))
    if (p) uit.push(p)
  }
  return uit
}

function heeftRunId(pid: number, id: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`${RUN_VARIABELE}=${id}`)
  } catch {
    return false
  }
}

/** redis-server overwrites its environment with its title; its working folder (`--dir`) tells. */
function werktInRunMap(pid: number, id: string): boolean {
  try {
    return readlinkSync(`/proc/${pid}/cwd`).includes(`werkwijzer-testrun-${id}`)
  } catch {
    return false
  }
}

interface LogRegel {
  start: string
  bestand: string
}

function leesLog(id: string): Map<number, LogRegel> {
  const log = new Map<number, LogRegel>()
  const pad = join(tmpdir(), `werkwijzer-testrun-${id}`, LOG)
  if (!existsSync(pad)) return log
  for (const regel of readFileSync(pad, 'utf8').split('\n')) {
    const [pid, start, bestand = ''] = regel.split('\t')
    if (pid && start) log.set(Number(pid), { start, bestand })
  }
  return log
}

/** How many children the run's log holds: what the run started. */
export function aantalGestart(id = runId()): number {
  return leesLog(id).size
}

/** The living processes this run started, with the test file that started each (when known). */
export function vanDezeRun(id = runId()): (Proces & { bestand: string })[] {
  const log = leesLog(id)
  const alle = alleTestsoorten()
  const eigen = new Set(
    alle.filter(
      (p) =>
        p.pid !== process.pid &&
        (log.get(p.pid)?.start === p.start || heeftRunId(p.pid, id) || werktInRunMap(p.pid, id)),
    ),
  )
  // Chromium's zygotes and renderers carry no environment of their own: they are in the browser's group.
  const groepen = new Set([...eigen].filter((p) => p.soort === 'chromium' && p.pgid === p.pid).map((p) => p.pid))
  for (const [pid] of log) groepen.add(pid)
  for (const p of alle) if (p.soort === 'chromium' && groepen.has(p.pgid)) eigen.add(p)
  return [...eigen].map((p) => ({ ...p, bestand: log.get(p.pid)?.bestand ?? log.get(p.pgid)?.bestand ?? '' }))
}

export function doodSync(processen: Proces[]): void {
  for (const p of processen) {
    try {
      process.kill(p.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}

/** Waits until none of `processen` lives any more; gives the ones still there after `ms`. */
export async function wachtTotWeg<T extends Proces>(processen: () => T[], ms: number): Promise<T[]> {
  const eind = Date.now() + ms
  let over = processen()
  while (over.length > 0 && Date.now() < eind) {
    await new Promise((r) => setTimeout(r, 100))
    over = processen()
  }
  return over
}

// --- In a test worker -------------------------------------------------------------------------

/** Survives a module being evaluated again for the next file in the same worker. */
interface Register {
  kinderen: Set<ChildProcess>
  bestand: string
  bewaakt: boolean
}
const SLEUTEL = Symbol.for('werkwijzer.test.kinderen')
const gedeeld = globalThis as Record<symbol, Register>
gedeeld[SLEUTEL] ??= { kinderen: new Set(), bestand: '', bewaakt: false }
const register = gedeeld[SLEUTEL]

/** The test file that starts what follows (set by `test/opruimen.ts`), for the teardown's message. */
export function zetBestand(bestand: string): void {
  register.bestand = bestand
}

function noteer(pid: number): void {
  const start = stat(pid)?.[19]
  if (!start) return
  appendFileSync(join(runMap(), LOG), `${pid}\t${start}\t${basename(register.bestand)}\n`)
}

const SETPRIV = spawnSync('setpriv', ['--help'], { stdio: 'ignore' }).status === 0

/**
 * `spawn`, for a process that belongs to this run: it carries the run id, is logged, is killed with
 * the rest of the file's children, and (Linux, `setpriv`) dies with the worker if that is killed.
 */
export function startKind(commando: string, args: readonly string[], opties: SpawnOptions = {}): ChildProcess {
  const env = { ...(opties.env ?? process.env), [RUN_VARIABELE]: runId() }
  const kind = SETPRIV
    ? spawn('setpriv', ['--pdeathsig', 'KILL', '--', commando, ...args], { ...opties, env })
    : spawn(commando, [...args], { ...opties, env })
  if (kind.pid) {
    register.kinderen.add(kind)
    kind.once('exit', () => register.kinderen.delete(kind))
    noteer(kind.pid)
  }
  return kind
}

/** The run's Chromium, through `setpriv` so it dies with the worker too; written once per run. */
export function chromiumPad(): string {
  if (!SETPRIV) return '/usr/bin/chromium'
  const pad = join(runMap(), 'chromium')
  if (!existsSync(pad)) {
    writeFileSync(pad, '#!/bin/sh\nexec setpriv --pdeathsig KILL -- /usr/bin/chromium "$@"\n', { mode: 0o755 })
  }
  return pad
}

/** This worker's own children of the three kinds (Chromium as playwright started it). */
function directeKinderen(): Proces[] {
  return alleTestsoorten().filter((p) => p.ppid === process.pid)
}

/** Logs the Chromium browser just launched by this worker, so its whole group is known as ours. */
export function noteerBrowsers(): void {
  for (const p of directeKinderen()) if (p.soort === 'chromium' && p.pgid === p.pid) noteer(p.pid)
}

function ruimSyncOp(): void {
  for (const kind of register.kinderen) kind.kill('SIGKILL')
  for (const p of directeKinderen()) {
    try {
      // playwright starts Chromium as the leader of its own process group: the group goes with it.
      process.kill(p.soort === 'chromium' && p.pgid === p.pid ? -p.pid : p.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}

/** After a file's last hook: kills what it left running, and waits until it is gone. */
export async function ruimOp(): Promise<void> {
  // Still in the register means its 'exit' has not come yet.
  const weg = [...register.kinderen].map((k) => new Promise((klaar) => k.once('exit', klaar)))
  ruimSyncOp()
  await Promise.all(weg)
  await wachtTotWeg(directeKinderen, 5_000)
}

/**
 * Once per worker: kill the children when the worker exits, and on SIGINT, SIGTERM and SIGHUP
 * (vitest stops a worker with SIGTERM, and with SIGKILL 500 ms later; without a handler a signal ends
 * the worker before any exit handler runs).
 */
export function bewaakWorker(): void {
  if (register.bewaakt) return
  register.bewaakt = true
  process.on('exit', ruimSyncOp)
  for (const signaal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signaal, () => {
      ruimSyncOp()
      process.exit(128 + constants.signals[signaal])
    })
  }
}
