import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { begrensdGeheugen } from './geheugen.js'

describe('begrensdGeheugen', () => {
  it('maakt een waarde één keer, en vergeet eerst wat het langst niet gebruikt is', () => {
    const geheugen = begrensdGeheugen<string, number>(2)
    let gemaakt = 0
    const maak = () => ++gemaakt
    expect(geheugen.vind('a', maak)).toBe(1)
    expect(geheugen.vind('a', maak)).toBe(1)
    geheugen.vind('b', maak)
    geheugen.vind('a', maak) // a used again: b is now the oldest
    geheugen.vind('c', maak)
    expect(geheugen.kijk('b')).toBeUndefined()
    expect(geheugen.kijk('a')).toBe(1)
    expect(geheugen.grootte).toBe(2)
    expect(gemaakt).toBe(3)
  })

  it('houdt ook undefined als waarde vast', () => {
    const geheugen = begrensdGeheugen<string, string | undefined>(3)
    let gemaakt = 0
    geheugen.vind('x', () => {
      gemaakt++
      return undefined
    })
    geheugen.vind('x', () => {
      gemaakt++
      return 'anders'
    })
    expect(gemaakt).toBe(1)
  })

  it('groeit nooit boven de grens, en geeft steeds wat maak voor die sleutel gaf', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.nat(20), { maxLength: 200 }), (max, sleutels) => {
        const geheugen = begrensdGeheugen<number, string>(max)
        for (const sleutel of sleutels) {
          expect(geheugen.vind(sleutel, () => `w${sleutel}`)).toBe(`w${sleutel}`)
          expect(geheugen.grootte).toBeLessThanOrEqual(max)
        }
      }),
    )
  })

  it('houdt altijd de helft van de grens aan laatst gebruikte sleutels vast', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.nat(15), { maxLength: 300 }), (half, sleutels) => {
        const geheugen = begrensdGeheugen<number, number>(half * 2)
        let gemaakt = 0
        const maak = (sleutel: number) => () => {
          gemaakt++
          return sleutel * 10
        }
        /** Keys from least to most recently used. */
        const gebruikt: number[] = []
        const gebruik = (sleutel: number) => {
          expect(geheugen.vind(sleutel, maak(sleutel))).toBe(sleutel * 10)
          if (gebruikt.includes(sleutel)) gebruikt.splice(gebruikt.indexOf(sleutel), 1)
          gebruikt.push(sleutel)
        }
        for (const sleutel of sleutels) {
          gebruik(sleutel)
          // The `half` most recent keys, used again in the same order (which keeps that order): none is made again.
          const voor = gemaakt
          for (const recent of gebruikt.slice(-half)) gebruik(recent)
          expect(gemaakt).toBe(voor)
          expect(geheugen.grootte).toBeLessThanOrEqual(half * 2)
        }
      }),
    )
  })

  it('weigert een grens zonder plek', () => {
    expect(() => begrensdGeheugen(0)).toThrow(RangeError)
  })
})
