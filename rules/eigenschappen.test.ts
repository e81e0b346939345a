import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { feitWaarden, peildatumArb, situatieArb } from '../test/arbitraries.js'
import { aowBand, evaluate, FEITEN, type Feit, type Situatie } from './index.js'

/**
 * domain.md D2 lets a known age below the band win over `aowLeeftijdBereikt`. With the contradiction
 * "younger than any AOW age, yet AOW reached", adding the age can turn `niet` into `onbekend`;
 * such facts are not a person, so the monotonicity property is checked on consistent facts.
 */
function tegenstrijdig(s: Situatie, p: string): boolean {
  return s.aowLeeftijdBereikt === true && s.leeftijd !== undefined && s.leeftijd < aowBand(p).onder
}

const runs = { numRuns: 3000 }

describe('eigenschappen van evaluate', () => {
  it('gooit nooit en geeft altijd 12 uitkomsten', () => {
    fc.assert(
      fc.property(situatieArb, peildatumArb, (s, p) => {
        expect(evaluate(s, p).uitkomsten).toHaveLength(12)
      }),
      runs,
    )
  })

  it('ontbrekend is leeg tenzij onbekend, en niet leeg bij onbekend', () => {
    fc.assert(
      fc.property(situatieArb, peildatumArb, (s, p) => {
        const e = evaluate(s, p)
        for (const u of [
          ...e.uitkomsten,
          {
            ...e.doelgroep,
            oordeel: e.doelgroep.oordeel === 'ja' ? 'mogelijk' : e.doelgroep.oordeel === 'nee' ? 'niet' : 'onbekend',
          },
        ]) {
          if (u.oordeel === 'onbekend') expect(u.ontbrekend.length).toBeGreaterThan(0)
          else expect(u.ontbrekend).toEqual([])
          for (const veld of u.ontbrekend) expect(s[veld]).toBeUndefined()
        }
      }),
      runs,
    )
  })

  it('wie elk ontbrekend feit invult, krijgt een beslist oordeel', () => {
    const invulling = fc.record(feitWaarden) as fc.Arbitrary<Required<Situatie>>
    fc.assert(
      fc.property(situatieArb, invulling, peildatumArb, (s, vol, p) => {
        for (const u of evaluate(s, p).uitkomsten) {
          if (u.oordeel !== 'onbekend') continue
          const aangevuld: Situatie = { ...s }
          for (const veld of u.ontbrekend) (aangevuld as Record<Feit, unknown>)[veld] = vol[veld]
          const daarna = evaluate(aangevuld, p).uitkomsten.find((x) => x.voorziening === u.voorziening)
          expect(daarna?.oordeel, `${u.voorziening} met ${u.ontbrekend.join(', ')}`).not.toBe('onbekend')
        }
      }),
      runs,
    )
  })

  it('een feit erbij maakt van mogelijk of niet nooit onbekend', () => {
    const feitArb = fc.constantFrom(...FEITEN)
    const invulling = fc.record(feitWaarden) as fc.Arbitrary<Required<Situatie>>
    fc.assert(
      fc.property(situatieArb, feitArb, invulling, peildatumArb, (s, feit, vol, p) => {
        const erbij = { ...s, [feit]: vol[feit] }
        if (s[feit] !== undefined || tegenstrijdig(erbij, p)) return
        const voor = evaluate(s, p)
        const na = evaluate(erbij, p)
        voor.uitkomsten.forEach((u, i) => {
          if (u.oordeel !== 'onbekend') expect(na.uitkomsten[i]?.oordeel).not.toBe('onbekend')
        })
        if (voor.doelgroep.oordeel !== 'onbekend') expect(na.doelgroep.oordeel).not.toBe('onbekend')
      }),
      runs,
    )
  })

  it('elk mogelijk en niet heeft een reden met een artikel', () => {
    fc.assert(
      fc.property(situatieArb, peildatumArb, (s, p) => {
        for (const u of evaluate(s, p).uitkomsten) {
          if (u.oordeel === 'onbekend') continue
          expect(u.redenen.length, u.voorziening).toBeGreaterThan(0)
          for (const r of u.redenen) expect(r.artikel).toMatch(/art\./)
        }
      }),
      runs,
    )
  })

  it('doelgroep nee maakt alles niet, behalve leerwerktraject en beschut werk', () => {
    fc.assert(
      fc.property(situatieArb, peildatumArb, (s, p) => {
        const e = evaluate(s, p)
        if (e.doelgroep.oordeel !== 'nee') return
        expect(e.doelgroep.verwijzing).toBeDefined()
        for (const u of e.uitkomsten) {
          if (u.voorziening === 'leerwerktraject' || u.voorziening === 'beschut-werk') continue
          expect(u.oordeel, u.voorziening).toBe('niet')
        }
      }),
      runs,
    )
  })
})
