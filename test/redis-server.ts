/**
 * A real `redis-server` for one test file: its own free port and data folder, persistence on
 * (AOF with fsync on every write), stopped and restarted at will, killed at the end.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A free TCP port on 127.0.0.1. */
export function vrijePoort(): Promise<number> {
  return new Promise((klaar, mis) => {
    const server = createServer()
    server.unref()
    server.on('error', mis)
    server.listen(0, '127.0.0.1', () => {
      const adres = server.address()
      const poort = typeof adres === 'object' && adres ? adres.port : 0
      server.close(() => klaar(poort))
    })
  })
}

/** Resolves once something accepts connections on the port. */
export async function wachtOpPoort(poort: number, ms = 10_000): Promise<void> {
  const eind = Date.now() + ms
  while (Date.now() < eind) {
    const open = await new Promise<boolean>((klaar) => {
      const s = new Socket()
      s.once('connect', () => {
        s.destroy()
        klaar(true)
      })
      s.once('error', () => klaar(false))
      s.connect(poort, '127.0.0.1')
    })
    if (open) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`poort ${poort} gaat niet open`)
}

export interface RedisServer {
  readonly poort: number
  readonly url: string
  /** Its data folder: the AOF (in `appendonlydir/`) and, after SAVE, `dump.rdb`. */
  readonly map: string
  /** Starts (again) on the same port and data folder. */
  start(): Promise<void>
  /** Stops hard (SIGKILL): only what was fsynced survives. */
  stop(): Promise<void>
  /** Freezes the process (SIGSTOP): connections stay open, nothing is answered. */
  pauze(): void
  /** Lets a frozen process go on (SIGCONT). */
  verder(): void
  /** Stops and removes the data folder. */
  opruimen(): Promise<void>
}

/** `extra`: more arguments for redis-server, such as `['--requirepass', '…']`; they come last and win. */
export async function startRedis(extra: readonly string[] = []): Promise<RedisServer> {
  const poort = await vrijePoort()
  const map = mkdtempSync(join(tmpdir(), 'werkwijzer-redis-'))
  let proces: ChildProcess | undefined
  const server: RedisServer = {
    poort,
    url: `redis://127.0.0.1:${poort}`,
    map,
    async start() {
      proces = spawn(
        'redis-server',
        [
          '--port',
          String(poort),
          '--bind',
          '127.0.0.1',
          '--save',
          '',
          '--appendonly',
          'yes',
          '--appendfsync',
          'always',
          '--dir',
          map,
          ...extra,
        ],
        { stdio: 'ignore' },
      )
      await wachtOpPoort(poort)
    },
    async stop() {
      const p = proces
      proces = undefined
      if (!p || p.exitCode !== null) return
      await new Promise<void>((klaar) => {
        p.once('exit', () => klaar())
        p.kill('SIGKILL')
      })
    },
    pauze() {
      proces?.kill('SIGSTOP')
    },
    verder() {
      proces?.kill('SIGCONT')
    },
    async opruimen() {
      await server.stop()
      rmSync(map, { recursive: true, force: true })
    },
  }
  await server.start()
  return server
}

/** Polls until `klaar()` is true (or throws after `ms`). */
export async function wachtTot(klaar: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  const eind = Date.now() + ms
  while (Date.now() < eind) {
    if (await klaar()) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error('wachten duurde te lang')
}
