/**
 * For tests that start `dist/server.js` as a real process: the paths, a temporary folder, and the
 * processes started, which are killed when the file's tests are done (a failed test leaves none).
 */
import { type ChildProcess, execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll } from 'vitest'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const SERVER = join(ROOT, 'dist/server.js')

export function procesHarnas(naam: string): { map: string; processen: ChildProcess[] } {
  const map = mkdtempSync(join(tmpdir(), `werkwijzer-${naam}-`))
  const processen: ChildProcess[] = []
  beforeAll(() => {
    // `npm test` builds first; a lone `vitest run` of such a file builds when dist is missing.
    if (!existsSync(SERVER)) execFileSync('node', ['scripts/build.mjs'], { cwd: ROOT })
  })
  afterAll(() => {
    for (const p of processen) if (p.exitCode === null) p.kill('SIGKILL')
    rmSync(map, { recursive: true, force: true })
  })
  return { map, processen }
}
