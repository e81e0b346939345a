/**
 * For tests that start `dist/server.js` as a real process: the paths, a temporary folder, and the
 * processes started, which are killed when the file's tests are done (a failed test leaves none).
 */
import { type ChildProcess, execFileSync, type SpawnOptions } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll } from 'vitest'
import { startKind, tijdelijkeMap } from './kinderen.js'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const SERVER = join(ROOT, 'dist/server.js')

export function procesHarnas(naam: string): {
  map: string
  /** `spawn`, for a process of this run (see `test/kinderen.ts`); killed after the file's tests. */
  start: (commando: string, args: readonly string[], opties?: SpawnOptions) => ChildProcess
} {
  const map = tijdelijkeMap(naam)
  const processen: ChildProcess[] = []
  beforeAll(() => {
    // `npm test` builds first; a lone `vitest run` of such a file builds when dist is missing.
    if (!existsSync(SERVER)) execFileSync('node', ['scripts/build.mjs'], { cwd: ROOT })
  })
  afterAll(() => {
    for (const p of processen) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL')
    rmSync(map, { recursive: true, force: true })
  })
  const start = (commando: string, args: readonly string[], opties?: SpawnOptions) => {
    const proces = startKind(commando, args, opties)
    processen.push(proces)
    return proces
  }
  return { map, start }
}
