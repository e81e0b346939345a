import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { feitWaarden, peildatumArb, situatieArb } from '../test/arbitraries.js'
import { ASSEN } from '../test/regelmodel.js'
import { evaluate, FEITEN, type Feit, type Situatie, tegenstrijdigheden } from './index.js'

/**
 * Valid input is what the API accepts: facts without a contradiction (D2: below the AOW band with the AOW age reached).
 * The same function the API refuses with, so every property below holds for all of it.
 */
const geldig = (s: Situatie, p: string) => tegenstrijdigheden(s, p, ASSEN).length === 0

const runs = { numRuns: 3000 }

describe('eigenschappen van evaluate', () => {
  it('gooit nooit en geeft altijd 12 uitkomsten', () => {
    fc.assert(
      fc.property(situatieArb, peildatumArb, (s, p) => {
        expect(evaluate(s, p, ASSEN).uitkomsten).toHaveLength(12)
      }),
      runs,
    )
  })

  it('ontbrekend is leeg tenzij onbekend, en bij onbekend alleen leeg als de regels onbekend zijn', () => {
    fc.assert(
      fc.property(situatieArb, peildatumArb, (s, p) => {
        const e = evaluate(s, p, ASSEN)
        for (const u of [
          ...e.uitkomsten,
          {
            ...e.doelgroep,
            oordeel: e.doelgroep.oordeel === 'ja' ? 'mogelijk' : e.doelgroep.oordeel === 'nee' ? 'niet' : 'onbekend',
          },
        ]) {
          // Unknown only because the gemeente's own rules are not in the model: nothing to ask.
          if (u.oordeel === 'onbekend') expect(u.ontbrekend.length > 0 || u.regelsOnbekend === true).toBe(true)
          else expect(u.ontbrekend).toEqual([])
          if (u.regelsOnbekend) expect(u.ontbrekend).toEqual([])
          for (const veld of u.ontbrekend) expect(s[veld]).toBeUndefined()
        }
      }),
      runs,
    )
  })

  it('wie elk ontbrekend feit invult, krijgt een beslist oordeel (of: de regels van de gemeente zijn onbekend)', () => {
    const invulling = fc.record(feitWaarden) as fc.Arbitrary<Required<Situatie>>
    fc.assert(
      fc.property(situatieArb, invulling, peildatumArb, (s, vol, p) => {
        for (const u of evaluate(s, p, ASSEN).uitkomsten) {
          if (u.oordeel !== 'onbekend') continue
          const aangevuld: Situatie = { ...s }
          for (const veld of u.ontbrekend) (aangevuld as Record<Feit, unknown>)[veld] = vol[veld]
          const daarna = evaluate(aangevuld, p, ASSEN).uitkomsten.find((x) => x.voorziening === u.voorziening)
          if (daarna?.oordeel === 'onbekend')
            expect(daarna.regelsOnbekend, `${u.voorziening} met ${u.ontbrekend.join(', ')}`).toBe(true)
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
        if (s[feit] !== undefined || !geldig(erbij, p)) return
        const voor = evaluate(s, p, ASSEN)
        const na = evaluate(erbij, p, ASSEN)
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
        for (const u of evaluate(s, p, ASSEN).uitkomsten) {
          if (u.oordeel === 'onbekend') continue
          expect(u.redenen.length, u.voorziening).toBeGreaterThan(0)
          for (const r of u.redenen) expect(r.artikel).toMatch(/art\./)
        }
      }),
      runs,
    )
  })

  it('wie de AOW-leeftijd bereikte, krijgt nooit de reden dat die nog niet bereikt is', () => {
    fc.assert(
      fc.property(situatieArb, peildatumArb, (s, p) => {
        const metAow = { ...s, aowLeeftijdBereikt: true }
        if (!geldig(metAow, p)) return
        const e = evaluate(metAow, p, ASSEN)
        const sleutels = [...e.doelgroep.redenen, ...e.uitkomsten.flatMap((u) => u.redenen)].map((r) => r.sleutel)
        expect(sleutels).not.toContain('onderAowLeeftijd.ja')
        expect(e.doelgroep.oordeel).toBe('nee')
      }),
      runs,
    )
  })

  it('een vraag zonder leeftijd noemt in elk jaar leeftijd en aowLeeftijdBereikt', () => {
    fc.assert(
      fc.property(situatieArb, peildatumArb, (s, p) => {
        const { leeftijd: _l, aowLeeftijdBereikt: _a, ...zonder } = s
        const e = evaluate({ ...zonder, woontInGemeente: true }, p, ASSEN)
        if (e.doelgroep.oordeel !== 'onbekend') return
        expect(e.doelgroep.ontbrekend).toContain('leeftijd')
        expect(e.doelgroep.ontbrekend).toContain('aowLeeftijdBereikt')
      }),
      runs,
    )
  })

  it('een aandachtspunt over bepaalde voorzieningen komt alleen als een ervan niet "niet" is', () => {
    // Except the note that explains why sociale activering is "niet" (art. 5 lid 1): it is about that "niet".
    const over = new Map(
      Object.entries(ASSEN.data.aandachtspunten)
        .filter(([sleutel]) => sleutel !== 'socialeActiveringZonderPerspectief')
        .map(([sleutel, a]) => [sleutel, a.voorzieningen]),
    )
    fc.assert(
      fc.property(situatieArb, peildatumArb, (s, p) => {
        const e = evaluate(s, p, ASSEN)
        for (const a of e.aandachtspunten) {
          const ids = over.get(a.sleutel)
          if (!ids) continue
          expect(
            e.uitkomsten.some((u) => ids.includes(u.voorziening) && u.oordeel !== 'niet'),
            a.sleutel,
          ).toBe(true)
        }
      }),
      runs,
    )
  })

  it('doelgroep nee maakt alles niet, behalve leerwerktraject en (vanaf 2017) beschut werk, loonwaarde en de no-riskpolis via UWV', () => {
    const uitzondering = (id: string, p: string) =>
      id === 'leerwerktraject' ||
      (p >= '2017-01-01' && ['beschut-werk', 'loonkostensubsidie-loonwaarde', 'no-riskpolis'].includes(id))
    fc.assert(
      fc.property(situatieArb, peildatumArb, (s, p) => {
        const e = evaluate(s, p, ASSEN)
        if (e.doelgroep.oordeel !== 'nee') return
        expect(e.doelgroep.verwijzing).toBeDefined()
        for (const u of e.uitkomsten) {
          if (uitzondering(u.voorziening, p)) continue
          expect(u.oordeel, u.voorziening).toBe('niet')
        }
      }),
      runs,
    )
  })
})
