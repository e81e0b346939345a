/**
 * Issue 11: no gemeente-specific fact in code or shared texts. Assen's name, phone, address and
 * region live in `gemeenten/assen.json` only; everything else gets them from the profile.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const MAPPEN = ['rules', 'flows', 'server', 'widget', 'locales']
const TEKSTBESTAND = /\.(?:ts|tsx|js|mjs|cjs|json|css|html|md|svg|txt)$/
const TESTBESTAND = /(?:\.test\.tsx?$|(?:^|\/)(?:test|__tests__)\/)/

/** What only Assen's profile may say. */
const VERBODEN: readonly { naam: string; patroon: RegExp }[] = [
  { naam: 'de naam Assen', patroon: /\bAssen\b/ },
  { naam: 'het telefoonnummer', patroon: /0592/ },
  { naam: 'het adres', patroon: /Noordersingel|9401\s?JW/ },
  { naam: 'het Werkplein', patroon: /Baanzicht/ },
  { naam: 'de website', patroon: /assen\.nl/i },
  { naam: 'de regio', patroon: /Drentsche Aa/ },
]

/**
 * Lines that may name Assen, with the reason. The rules core implements the Assen 2015 verordening as a
 * model: these lines say which text the code follows (a citation), and are never shown to a resident.
 * What a resident reads comes from the profile (`server/weergave.ts` uses `gemeente.verordening.naam`;
 * the region's beschut-werk places from `parameters.beschutWerkPlekken`), which `gemeente.test.ts` proves.
 */
const TOEGESTAAN: readonly { bestand: string; regel: string }[] = [
  {
    bestand: 'rules/index.ts',
    regel: ' * The rules core of the Re-integratieverordening Participatiewet gemeente Assen 2015.',
  },
  { bestand: 'rules/parameters.ts', regel: "  naam: 'Re-integratieverordening Participatiewet gemeente Assen 2015'," },
  {
    bestand: 'rules/parameters.ts',
    regel: "  beschutWerkPlekken: [{ waarde: 8, van: '2015-01-01', bron: 'raadsvoorstel (Drentsche Aa)' }],",
  },
]

function bestanden(map: string): string[] {
  let namen: string[]
  try {
    namen = readdirSync(`${ROOT}${map}`)
  } catch {
    return []
  }
  return namen.flatMap((naam) => {
    const pad = `${map}/${naam}`
    if (naam === 'node_modules' || naam.startsWith('.')) return []
    if (statSync(`${ROOT}${pad}`).isDirectory()) return bestanden(pad)
    return TEKSTBESTAND.test(naam) && !TESTBESTAND.test(pad) ? [pad] : []
  })
}

/** Every line that names something of Assen, as `file:line: what (text)`. */
function vondsten(paden: readonly string[]): string[] {
  return paden.flatMap((pad) =>
    readFileSync(`${ROOT}${pad}`, 'utf8')
      .split('\n')
      .flatMap((regel, i) => {
        if (TOEGESTAAN.some((t) => t.bestand === pad && t.regel === regel)) return []
        return VERBODEN.filter((v) => v.patroon.test(regel)).map((v) => `${pad}:${i + 1}: ${v.naam} (${regel.trim()})`)
      }),
  )
}

describe('geen Assen buiten het profiel', () => {
  const paden = MAPPEN.flatMap(bestanden)

  it('leest de bestanden van rules/, flows/, server/ en locales/', () => {
    for (const map of ['rules', 'flows', 'server', 'locales'])
      expect(paden.some((p) => p.startsWith(`${map}/`))).toBe(true)
  })

  it('geen naam, telefoon, adres, Werkplein, website of regio van Assen in code of teksten', () => {
    expect(vondsten(paden)).toEqual([])
  })

  it('de uitzonderingen bestaan nog (anders kunnen ze weg)', () => {
    for (const { bestand, regel } of TOEGESTAAN)
      expect(readFileSync(`${ROOT}${bestand}`, 'utf8').split('\n'), bestand).toContain(regel)
  })

  it('het profiel van Assen zelf wordt wel gevonden (de zoektocht werkt)', () => {
    const profiel = vondsten(['gemeenten/assen.json'])
    for (const { naam } of VERBODEN) expect(profiel.join('\n'), naam).toContain(naam)
  })
})
