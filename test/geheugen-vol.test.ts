/**
 * Residents' input alone can never make the process run out of memory. The built server runs as in a
 * small container (`--max-old-space-size=192`, the memory store with its default budget: a quarter of
 * the heap) and gets 20,000 conversations, each with 2,000 characters of notes in Arabic (two bytes a
 * character on the heap, the worst case). Before the byte budget it crashed out of memory after about
 * 16,700 (with notes in Dutch). Now it stays up: what does not fit gets a 503 problem+json, and the
 * conversations that were in use are still there.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { procesHarnas, ROOT, SERVER } from './proces-hulp.js'
import { vrijePoort, wachtTot } from './redis-server.js'

const { map, start } = procesHarnas('geheugen-vol')

const GESPREKKEN = 20_000
const NOTITIE = 'ملاحظة '.repeat(286).slice(0, 2000)
const TEGELIJK = 16

/** The resident set size of a process in MB, from /proc. */
function rssMb(pid: number): number {
  const regel = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((r) => r.startsWith('VmRSS:'))
  return Math.round(Number(regel?.replace(/\D+/g, '') ?? 0) / 1024)
}

describe('20.000 gesprekken met notities in een heap van 192 MB', () => {
  it(
    'het proces blijft draaien: wat niet past krijgt 503, gesprekken in gebruik blijven',
    { timeout: 600_000 },
    async () => {
      expect(NOTITIE).toHaveLength(2000)
      const poort = await vrijePoort()
      const proces = start(process.execPath, ['--max-old-space-size=192', SERVER], {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          HOST: '127.0.0.1',
          PORT: String(poort),
          STATISTIEKEN_PAD: join(map, 'statistieken.db'),
          RATE_LIMIT_PER_MINUTE: '1000000',
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let log = ''
      proces.stdout?.on('data', (d) => {
        log += d
      })
      proces.stderr?.on('data', (d) => {
        log += d
      })
      let gestopt: number | null = null
      proces.on('exit', (code) => {
        gestopt = code ?? -1
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

      const statussen = new Map<number, number>()
      const tel = (s: number) => statussen.set(s, (statussen.get(s) ?? 0) + 1)
      const bewaard: string[] = []
      let volgende = 0
      const json = { 'Content-Type': 'application/json' }
      const inwoner = async () => {
        while (volgende < GESPREKKEN && gestopt === null) {
          volgende++
          const start = await fetch(`${basis}/api/v1/gesprekken`, {
            method: 'POST',
            headers: json,
            body: '{"taal":"ar"}',
          })
          tel(start.status)
          const stap = (await start.json()) as { gesprek?: string }
          if (start.status !== 201 || !stap.gesprek) continue
          const notities = await fetch(`${basis}/api/v1/gesprekken/${stap.gesprek}/notities`, {
            method: 'PUT',
            headers: json,
            body: JSON.stringify({ tekst: NOTITIE }),
          })
          tel(notities.status)
          await notities.arrayBuffer()
          if (notities.status === 200) bewaard.push(stap.gesprek)
        }
      }
      await Promise.all(Array.from({ length: TEGELIJK }, inwoner))

      const samen = Object.fromEntries(statussen)
      console.log(
        `20.000 gesprekken (notities 2.000 tekens Arabisch), heap 192 MB: ${JSON.stringify(samen)}, ${bewaard.length} met notities bewaard, RSS ${rssMb(proces.pid ?? 0)} MB`,
      )
      expect(gestopt).toBeNull()
      expect((await fetch(`${basis}/livez`)).status).toBe(200)
      // Only 201 (started), 200 (notes kept) and 503 (full): never a 500, never a lost connection.
      expect([...statussen.keys()].sort()).toEqual([200, 201, 503].filter((s) => statussen.has(s)))
      expect(samen[503]).toBeGreaterThan(0)
      expect(bewaard.length).toBeGreaterThan(5000)
      // The first conversations were in use minutes ago at most: none was pushed out.
      for (const id of bewaard.slice(0, 50)) {
        const r = await fetch(`${basis}/api/v1/gesprekken/${id}/samenvatting`)
        expect(r.status).toBe(200)
        expect(((await r.json()) as { eigenNotities?: string }).eigenNotities).toBe(NOTITIE)
      }
      expect(log).toContain('geheugenopslag vol')
      expect(log).not.toMatch(/heap out of memory|FATAL ERROR/)
      proces.kill('SIGTERM')
    },
  )
})
