import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam)
    if (statSync(pad).isDirectory()) return bestanden(pad)
    return /\.(ts|tsx)$/.test(naam) && !/\.test\.tsx?$/.test(naam) ? [pad] : []
  })
}

/** The project folders a file imports from (relative imports only). */
function importeertUit(bestand: string): string[] {
  const bron = readFileSync(bestand, 'utf8')
  const paden = [...bron.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)].map((m) => m[1] ?? '')
  return paden.map((p) => relative(ROOT, resolve(join(bestand, '..'), p)).split('/')[0] ?? '')
}

describe('de lagen: widget -> server -> flows -> rules', () => {
  it('rules/ importeert niets van ons buiten rules/, en geen i18next, hono of fs', () => {
    for (const bestand of bestanden(join(ROOT, 'rules'))) {
      expect(
        importeertUit(bestand).filter((map) => map !== 'rules'),
        bestand,
      ).toEqual([])
      expect(readFileSync(bestand, 'utf8'), bestand).not.toMatch(/from ['"](i18next|hono|node:fs|@hono)/)
    }
  })

  it('flows/ importeert nooit server/ of widget/', () => {
    for (const bestand of bestanden(join(ROOT, 'flows'))) {
      expect(
        importeertUit(bestand).filter((map) => map === 'server' || map === 'widget'),
        bestand,
      ).toEqual([])
    }
  })

  it('begrip/ importeert alleen rules/ en flows/, en geen hono of fs (de route leest de woordenlijsten)', () => {
    for (const bestand of bestanden(join(ROOT, 'begrip'))) {
      expect(
        importeertUit(bestand).filter((map) => !['begrip', 'flows', 'rules'].includes(map)),
        bestand,
      ).toEqual([])
      expect(readFileSync(bestand, 'utf8'), bestand).not.toMatch(/from ['"](i18next|hono|node:fs|@hono)/)
    }
  })

  it('flows/ en rules/ importeren nooit begrip/', () => {
    for (const bestand of [...bestanden(join(ROOT, 'flows')), ...bestanden(join(ROOT, 'rules'))])
      expect(importeertUit(bestand), bestand).not.toContain('begrip')
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
