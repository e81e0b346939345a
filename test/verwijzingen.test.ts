/**
 * The project stands on its own: no file in it points at the specification outside the repository
 * (it is not shipped with the code). A comment cites the article, or the explanation in docs/.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')
/** Spelled in two parts, so this file does not name it itself. */
const SPECIFICATIE = ['domain', 'md'].join('.')
const OVERSLAAN = new Set(['node_modules', '.git', 'dist'])
const BINAIR = /\.(png|jpe?g|gif|ico|woff2?|db|sqlite)$/i

/** The files git tracks; where there is no git (an unpacked archive), every file outside node_modules and dist. */
function bronbestanden(): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      .split('\0')
      .filter(Boolean)
  } catch {
    const loop = (map: string): string[] =>
      readdirSync(map).flatMap((naam) => {
        if (OVERSLAAN.has(naam)) return []
        const pad = join(map, naam)
        return statSync(pad).isDirectory() ? loop(pad) : [relative(ROOT, pad)]
      })
    return loop(ROOT)
  }
}

describe('geen verwijzing naar de specificatie buiten de repository', () => {
  const bestanden = bronbestanden().filter((b) => !BINAIR.test(b) && !b.split('/').some((d) => OVERSLAAN.has(d)))

  it(`geen bestand noemt ${SPECIFICATIE}: een opmerking noemt het artikel of docs/`, () => {
    const noemen = bestanden.filter((b) => {
      try {
        return readFileSync(join(ROOT, b), 'utf8').includes(SPECIFICATIE)
      } catch {
        return false // listed by git but not in the working tree (deleted, not yet committed)
      }
    })
    expect(noemen).toEqual([])
  })

  it('de zoektocht ziet de code, de tests en de documentatie', () => {
    expect(bestanden.length).toBeGreaterThan(100)
    for (const b of ['rules/logica.ts', 'begrip/woorden.ts', 'test/arbitraries.ts', 'docs/regels-uitleg.md'])
      expect(bestanden).toContain(b)
  })
})
