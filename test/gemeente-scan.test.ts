/**
 * No gemeente-specific fact in code or shared texts. Assen's name, phone and address live in its
 * profile (`gemeenten/assen.json`), its rules and sources (the region of its raadsvoorstel) in its
 * rules model (`regels/assen-2015.yaml`); everything else gets them from there.
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
 * Lines that may name Assen, with the reason. None now: the code implements no gemeente's rules, the
 * models in `regels/` do (a model of Assen is Assen's to name).
 */
const TOEGESTAAN: readonly { bestand: string; regel: string }[] = []

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

  it('het profiel en het regelmodel van Assen zelf worden wel gevonden (de zoektocht werkt)', () => {
    const vanAssen = vondsten(['gemeenten/assen.json', 'regels/assen-2015.yaml'])
    for (const { naam } of VERBODEN) expect(vanAssen.join('\n'), naam).toContain(naam)
  })
})
