/**
 * A real `redis-server` for one test file: its own free port and data folder, persistence on
 * (AOF with fsync on every write), stopped and restarted at will, killed at the end. The process
 * belongs to the test run (`test/kinderen.ts`): killed with the file's other children even when the
 * file never calls `opruimen()`.
 */
import type { ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createServer, Socket } from 'node:net'
import { startKind, tijdelijkeMap } from './kinderen.js'

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

/**
 * Resolves once the redis-server `proces` itself answers on the port (its INFO names its pid): a
 * port opened by another process, or a process that ended (the port was taken), is an error.
 */
async function wachtOpRedis(proces: ChildProcess, poort: number, ms = 10_000, wachtwoord?: string): Promise<void> {
  const eind = Date.now() + ms
  while (Date.now() < eind) {
    if (proces.exitCode !== null || proces.signalCode !== null) {
      throw new Error(`redis-server op poort ${poort} stopte meteen (${proces.exitCode ?? proces.signalCode})`)
    }
    const pid = await new Promise<number | undefined>((klaar) => {
      const s = new Socket()
      let antwoord = ''
      const klaarMet = (waarde: number | undefined) => {
        s.destroy()
        klaar(waarde)
      }
      s.setTimeout(1_000, () => klaarMet(undefined))
      s.once('connect', () => s.write(`${wachtwoord ? `AUTH ${wachtwoord}\r\n` : ''}INFO server\r\n`))
      s.on('data', (d) => {
        antwoord += d
        const gevonden = /process_id:(\d+)\r\n/.exec(antwoord)
        if (gevonden) klaarMet(Number(gevonden[1]))
      })
      s.once('error', () => klaarMet(undefined))
      s.once('close', () => klaar(undefined))
      s.connect(poort, '127.0.0.1')
    })
    if (pid === proces.pid) return
    if (pid !== undefined) throw new Error(`poort ${poort} is bezet door een andere redis-server (pid ${pid})`)
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`redis-server op poort ${poort} antwoordt niet`)
}

export interface RedisServer {
  readonly poort: number
  readonly url: string
  /** Its data folder: the AOF (in `appendonlydir/`) and, after SAVE, `dump.rdb`. */
  readonly map: string
  /** The running process, if any. */
  readonly pid: number | undefined
  /** Starts (again) on the same port and data folder; a running one is stopped first, never left behind. */
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

/**
 * `aof: false`: no persistence at all, for tests that only count. `extra`: more arguments for
 * redis-server, such as `['--requirepass', '…']`; they come last and win.
 */
export async function startRedis({
  aof = true,
  extra = [],
}: {
  aof?: boolean
  extra?: readonly string[]
} = {}): Promise<RedisServer> {
  const poort = await vrijePoort()
  const map = tijdelijkeMap('redis')
  let proces: ChildProcess | undefined
  const server: RedisServer = {
    poort,
    url: `redis://127.0.0.1:${poort}`,
    map,
    get pid() {
      return proces?.pid
    },
    async start() {
      await server.stop()
      const nieuw = startKind(
        'redis-server',
        [
          '--port',
          String(poort),
          '--bind',
          '127.0.0.1',
          '--save',
          '',
          '--appendonly',
          aof ? 'yes' : 'no',
          '--appendfsync',
          'always',
          '--dir',
          map,
          ...extra,
        ],
        { stdio: 'ignore' },
      )
      proces = nieuw
      const wachtwoord = extra[extra.indexOf('--requirepass') + 1]
      await wachtOpRedis(nieuw, poort, 10_000, extra.includes('--requirepass') ? wachtwoord : undefined)
    },
    async stop() {
      const p = proces
      proces = undefined
      if (!p || p.exitCode !== null || p.signalCode !== null) return
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
