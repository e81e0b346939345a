/**
 * One way of addressing the resident per language. Ukrainian speaks to the resident as "ти" (as the
 * Dutch texts say "je"); "ви" is for an employer only (the texts under a key with "werkgever").
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const LOCALES = fileURLToPath(new URL('../locales/uk/', import.meta.url))
const GEMEENTEN = fileURLToPath(new URL('../gemeenten/', import.meta.url))

/** Every text with its path, leaving out what is written for an employer. */
function teksten(boom: unknown, pad: string, uit: [string, string][] = []): [string, string][] {
  if (/werkgever/i.test(pad)) return uit
  if (typeof boom === 'string') uit.push([pad, boom])
  else if (boom && typeof boom === 'object')
    for (const [k, v] of Object.entries(boom)) teksten(v, pad ? `${pad}.${k}` : k, uit)
  return uit
}

/**
 * "ви" in any case, and the plural imperative ("виберіть", "зателефонуйте"), but not "навіть" ("even"),
 * which only ends like one.
 */
const VI = /(?<![\p{L}'ʼ])(ви|вас|вам|вами|ваш\p{L}*|(?!навіть)\p{L}{3,}(?:іть|йте))(?![\p{L}'ʼ])/giu

describe('de aanspreekvorm in het Oekraïens', () => {
  it('de inwoner hoort overal "ти", nergens "ви"', () => {
    const alle = readdirSync(LOCALES)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => teksten(JSON.parse(readFileSync(`${LOCALES}${f}`, 'utf8')), f.slice(0, -5)))
    for (const f of readdirSync(GEMEENTEN).filter((f) => f.endsWith('.json'))) {
      const profiel = JSON.parse(readFileSync(`${GEMEENTEN}${f}`, 'utf8')) as Record<string, unknown>
      for (const [sleutel, waarde] of Object.entries(profiel))
        if (waarde && typeof waarde === 'object' && 'uk' in waarde) alle.push([`${f}:${sleutel}`, String(waarde.uk)])
    }
    expect(alle.length).toBeGreaterThan(300)
    const vi = alle.flatMap(([pad, tekst]) => (tekst.match(VI) ? [`${pad}: ${tekst.match(VI)?.join(', ')}`] : []))
    expect(vi).toEqual([])
  })
})
