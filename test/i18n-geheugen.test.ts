import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maakTeksten } from '../server/i18n.js'

/** Every leaf key of a resource object, dotted. */
function sleutels(bron: Record<string, unknown>, voor = ''): string[] {
  return Object.entries(bron).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? sleutels(v as Record<string, unknown>, `${voor}${k}.`) : [`${voor}${k}`],
  )
}

describe('het tekstgeheugen geeft wat i18next zelf geeft', () => {
  it('voor willekeurige sleutels, talen en waarden, ook herhaald', () => {
    const teksten = maakTeksten()
    const paren = teksten.talen.flatMap((taal) =>
      Object.entries(teksten.bronnen.nl ?? {}).flatMap(([ns, bron]) =>
        sleutels(bron).map((k) => [taal.code, ns, k] as const),
      ),
    )
    const waardenArb = fc.record(
      {
        gemeente: fc.constantFrom('Assen', 'Voorbeeldstad'),
        leeftijd: fc.integer({ min: 0, max: 120 }),
        waarde: fc.oneof(fc.integer({ min: 0, max: 99 }), fc.constant('x')),
        bedrag: fc.constantFrom(100, 150),
        telefoon: fc.constantFrom('14 0592', '0123'),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(fc.constantFrom(...paren), waardenArb, ([taal, ns, sleutel], waarden) => {
        const rechtstreeks = String(teksten.i18n.t(sleutel, { ...waarden, lng: taal, ns }))
        const t = teksten.t(taal, ns)
        expect(t(sleutel, waarden)).toBe(rechtstreeks)
        expect(t(sleutel, { ...waarden })).toBe(rechtstreeks)
      }),
      { numRuns: 3000 },
    )
  })
})
