/**
 * `npm run pad` measures which source files run for one answer, one typed message and one /checks
 * (V8 coverage on an app in its own process). The walks are what ARCHITECTURE.md quotes.
 */
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')

interface Wandeling {
  titel: string
  bestanden: string[]
  perLaag: Record<string, number>
}

describe('npm run pad', () => {
  it('noemt per wandeling de bestanden waar code liep, per laag geteld', () => {
    const uit = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pad.ts', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(uit.status, uit.stderr).toBe(0)
    const paden = JSON.parse(uit.stdout) as Record<string, Wandeling>
    expect(Object.keys(paden)).toEqual(['antwoord', 'bericht', 'checks'])
    const { antwoord, bericht, checks } = paden as Record<'antwoord' | 'bericht' | 'checks', Wandeling>

    // /checks decides in rules/ and never enters the dialogue.
    expect(checks.bestanden).toEqual(expect.arrayContaining(['rules/evaluatie.ts', 'rules/logica.ts']))
    expect(checks.bestanden).toContain('server/routes/checks/index.ts')
    expect(checks.bestanden.filter((b) => b.startsWith('flows/'))).toEqual([])
    // An answer goes route -> flows -> rules and back to the renderer; the typed message through begrip/ too.
    expect(antwoord.bestanden).toEqual(
      expect.arrayContaining([
        'server/routes/gesprekken/index.ts',
        'flows/gesprekken.ts',
        'rules/evaluatie.ts',
        'server/stap.ts',
      ]),
    )
    expect(antwoord.bestanden.filter((b) => b.startsWith('begrip/'))).toEqual([])
    expect(bericht.bestanden).toEqual(
      expect.arrayContaining(['server/routes/gesprekken/berichten.ts', 'begrip/index.ts']),
    )
    // The counts per layer are the lists' own.
    for (const w of [antwoord, bericht, checks]) {
      expect(w.perLaag.server).toBe(w.bestanden.filter((b) => b.startsWith('server/')).length)
      expect(w.bestanden.every((b) => /^(server|flows|rules|begrip|contract|gedeeld)\//.test(b))).toBe(true)
    }
  })
})
