import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')

function bestanden(map: string, metTests = false): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam)
    if (statSync(pad).isDirectory()) return bestanden(pad, metTests)
    return /\.(ts|tsx)$/.test(naam) && (metTests || !/\.test\.tsx?$/.test(naam)) ? [pad] : []
  })
}

/** The project folders a file imports from (relative imports only). */
function importeertUit(bestand: string): string[] {
  const bron = readFileSync(bestand, 'utf8')
  const paden = [...bron.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)].map((m) => m[1] ?? '')
  return paden.map((p) => relative(ROOT, resolve(join(bestand, '..'), p)).split('/')[0] ?? '')
}

/** The files a file imports values from (`import type` is left out: it leaves nothing in the build), from ROOT. */
function importeertWaardenVan(bestand: string): string[] {
  const bron = readFileSync(bestand, 'utf8')
  const paden = [...bron.matchAll(/(?:^|\n)\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s*['"](\.[^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  )
  return paden.map((p) => relative(ROOT, resolve(join(bestand, '..'), p)))
}

/** The project folders a file imports values from. */
const importeertWaardenUit = (bestand: string) => importeertWaardenVan(bestand).map((p) => p.split('/')[0] ?? '')

describe('de lagen: widget -> contract; server -> flows -> rules; contract onder server en flows', () => {
  it('gedeeld/ importeert niets van ons', () => {
    for (const bestand of bestanden(join(ROOT, 'gedeeld'))) {
      expect(
        importeertUit(bestand).filter((map) => map !== 'gedeeld'),
        bestand,
      ).toEqual([])
    }
  })

  it('contract/ importeert alleen rules/ (de Situatie) en gedeeld/', () => {
    for (const bestand of bestanden(join(ROOT, 'contract'))) {
      expect(
        importeertUit(bestand).filter((map) => !['contract', 'rules', 'gedeeld'].includes(map)),
        bestand,
      ).toEqual([])
    }
  })

  it('widget/ importeert van ons alleen typen uit contract/, en waarden alleen uit contract/waarden.ts (zonder zod)', () => {
    for (const bestand of bestanden(join(ROOT, 'widget'))) {
      expect(
        importeertUit(bestand).filter((map) => !['widget', 'contract', 'locales'].includes(map)),
        bestand,
      ).toEqual([])
      expect(
        importeertWaardenVan(bestand).filter((pad) => pad.startsWith('contract/') && pad !== 'contract/waarden.js'),
        `${bestand} haalt waarden alleen uit contract/waarden.ts`,
      ).toEqual([])
    }
  })

  it('de lagentest ziet echt imports: widget/api.ts haalt zijn Stap uit contract/', () => {
    expect(importeertUit(join(ROOT, 'widget', 'api.ts'))).toContain('contract')
    expect(importeertWaardenUit(join(ROOT, 'server', 'schemas.ts'))).toContain('contract')
  })

  it('rules/ importeert niets van ons buiten rules/ (en gedeeld/), en geen i18next, hono of fs', () => {
    for (const bestand of bestanden(join(ROOT, 'rules'))) {
      expect(
        importeertUit(bestand).filter((map) => map !== 'rules' && map !== 'gedeeld'),
        bestand,
      ).toEqual([])
      expect(readFileSync(bestand, 'utf8'), bestand).not.toMatch(/from ['"](i18next|hono|node:fs|@hono)/)
    }
  })

  it('flows/ importeert alleen rules/, contract/ en gedeeld/; nooit server/ of widget/', () => {
    for (const bestand of bestanden(join(ROOT, 'flows'))) {
      expect(
        importeertUit(bestand).filter((map) => !['flows', 'rules', 'contract', 'gedeeld'].includes(map)),
        bestand,
      ).toEqual([])
    }
  })

  it('begrip/ importeert alleen rules/, contract/ en flows/, en geen hono of fs (de route leest de woordenlijsten)', () => {
    for (const bestand of bestanden(join(ROOT, 'begrip'))) {
      expect(
        importeertUit(bestand).filter((map) => !['begrip', 'contract', 'flows', 'rules'].includes(map)),
        bestand,
      ).toEqual([])
      expect(readFileSync(bestand, 'utf8'), bestand).not.toMatch(/from ['"](i18next|hono|node:fs|@hono)/)
    }
  })

  it('flows/ en rules/ importeren nooit begrip/', () => {
    for (const bestand of [...bestanden(join(ROOT, 'flows')), ...bestanden(join(ROOT, 'rules'))])
      expect(importeertUit(bestand), bestand).not.toContain('begrip')
  })

  it('de teller en de weergave lezen wat flows/ teruggaf: server/statistieken/ en server/stap.ts importeren niets uit flows/', () => {
    const lezers = [...bestanden(join(ROOT, 'server', 'statistieken')), join(ROOT, 'server', 'stap.ts')]
    expect(lezers.length).toBeGreaterThan(5)
    for (const bestand of lezers) expect(importeertUit(bestand), bestand).not.toContain('flows')
    // The check sees type-only imports too: the route that hands flows' result over does import flows/.
    expect(importeertUit(join(ROOT, 'server', 'routes', 'gesprekken', 'index.ts'))).toContain('flows')
  })

  it('niets onder server/ importeert uit test/, ook de tests daar niet', () => {
    const alle = bestanden(join(ROOT, 'server'), true)
    for (const bestand of alle) expect(importeertUit(bestand), bestand).not.toContain('test')
    // Test files are listed (the middleware tests import the helpers of test/, so they live there), and seen.
    expect(bestanden(join(ROOT, 'test'), true)).toContain(join(ROOT, 'test', 'middleware', 'cors.test.ts'))
    expect(importeertUit(join(ROOT, 'test', 'middleware', 'cors.test.ts'))).toContain('test')
  })

  it('server/ importeert nooit widget/', () => {
    for (const bestand of bestanden(join(ROOT, 'server'))) {
      expect(
        importeertUit(bestand).filter((map) => map === 'widget'),
        bestand,
      ).toEqual([])
    }
  })
})
