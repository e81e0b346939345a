/**
 * Migration check: the rules as data (regels/assen-2015.yaml, compiled by rules/model.ts) give the
 * same evaluation as the TypeScript trees they replace, on random situations and peildata:
 * oordelen, reasons (key, article, condition), ontbrekend, doelgroep with verwijzing, the notes and
 * the facts the notes still ask for.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aandachtBinnen as aandachtBinnenData, evaluate as evaluateData } from '../rules/evaluatie.js'
import { aandachtBinnen, evaluate, VOORZIENINGEN, type VoorzieningId } from '../rules/index.js'
import { laadRegelmodel } from '../server/regels.js'
import { peildatumArb, situatieArb } from './arbitraries.js'

const model = laadRegelmodel('assen-2015')
const PAREN = Number(process.env.GELIJK_PAREN ?? 100_000)

const redenen = (lijst: readonly { sleutel: string; artikel: string; conditie: string }[]) =>
  lijst.map((r) => `${r.conditie}|${r.sleutel}|${r.artikel}`)

describe('regels als data geven hetzelfde als de regels in TypeScript', () => {
  it(`op ${PAREN} willekeurige situaties en peildata`, () => {
    fc.assert(
      fc.property(
        situatieArb,
        peildatumArb,
        fc.subarray([...VOORZIENINGEN] as VoorzieningId[]),
        (s, peildatum, binnen) => {
          const oud = evaluate(s, peildatum)
          const nieuw = evaluateData(s, peildatum, model)
          const samen = (e: typeof oud | typeof nieuw, b: ReturnType<typeof aandachtBinnen>) =>
            JSON.stringify([
              e.doelgroep.oordeel,
              e.doelgroep.verwijzing,
              e.doelgroep.ontbrekend,
              redenen(e.doelgroep.redenen),
              e.uitkomsten.map((u) => [u.voorziening, u.oordeel, u.ontbrekend, redenen(u.redenen)]),
              e.aandachtspunten.map((a) => `${a.sleutel}|${a.artikel}`),
              b.ontbrekend,
              b.aandachtspunten.map((a) => a.sleutel),
            ])
          const a = samen(oud, aandachtBinnen(s, oud, binnen))
          const b = samen(nieuw, aandachtBinnenData(s, nieuw, binnen, model))
          if (a !== b) expect(b).toBe(a)
        },
      ),
      { numRuns: PAREN },
    )
  }, 600_000)

  it('de bedragen van de aandachtspunten komen uit de parameters', () => {
    const s = { woontInGemeente: true, leeftijd: 34, uitkering: 'bijstand', afstandTotArbeidsmarkt: 'groot' } as const
    const oud = evaluate(s, '2016-03-01').aandachtspunten.find((a) => a.sleutel === 'participatieplaatsPremie')
    const waarden = evaluateData(s, '2016-03-01', model).tekstwaarden
    expect(oud?.params).toEqual({
      bedrag: waarden['premieParticipatieplaats.bedrag'],
      maanden: waarden['premieParticipatieplaats.maanden'],
      maxJaren: waarden.participatieplaatsMaxJaren,
    })
  })
})
