import fc from 'fast-check'
import { AFSTANDEN, type Situatie, UITKERINGEN } from '../rules/index.js'

/** Values per fact, weighted towards the boundaries of the rules (docs/regels.md). */
export const feitWaarden = {
  woontInGemeente: fc.boolean(),
  leeftijd: fc.oneof(fc.constantFrom(15, 16, 17, 26, 27, 65, 66, 67, 68), fc.integer({ min: 0, max: 120 })),
  aowLeeftijdBereikt: fc.boolean(),
  uitkering: fc.constantFrom(...UITKERINGEN),
  werktMetLoonkostensubsidie: fc.boolean(),
  maandenUitkering: fc.oneof(fc.constantFrom(0, 11, 12), fc.integer({ min: 0, max: 600 })),
  jarenGeenWerkinkomen: fc.oneof(fc.constantFrom(0, 4, 5), fc.integer({ min: 0, max: 60 })),
  ooitBetaaldGewerkt: fc.boolean(),
  startkwalificatie: fc.boolean(),
  kanBekostigdOnderwijsVolgen: fc.boolean(),
  afstandTotArbeidsmarkt: fc.constantFrom(...AFSTANDEN),
  kanOoitZonderSteunWerken: fc.boolean(),
  beperking: fc.boolean(),
  beschutteWerkplekNodig: fc.boolean(),
  kanVolledigMinimumloonVerdienen: fc.boolean(),
  contractMaanden: fc.oneof(fc.constantFrom(0, 1, 5, 6), fc.integer({ min: 0, max: 120 })),
  jongsteKindLeeftijd: fc.oneof(fc.constantFrom(3, 4, 12, 13), fc.integer({ min: 0, max: 25 })),
  voorzieningOudeVerordening: fc.boolean(),
}

/** A random Situatie: every fact present or missing. */
export const situatieArb: fc.Arbitrary<Situatie> = fc.record(feitWaarden, {
  requiredKeys: [],
}) as fc.Arbitrary<Situatie>

const dag = 24 * 60 * 60 * 1000
const van = Date.UTC(2015, 6, 1)
const tot = Date.UTC(2031, 11, 31)

/** A peildatum within the rules, with the dates where rules change weighted in. */
export const peildatumArb = fc.oneof(
  fc.constantFrom(
    '2015-07-01',
    '2016-06-30',
    '2016-07-01',
    '2016-12-31',
    '2017-01-01',
    '2025-12-31',
    '2026-01-01',
    '2028-06-01',
    '2031-12-31',
  ),
  fc
    .integer({ min: 0, max: Math.floor((tot - van) / dag) })
    .map((d) => new Date(van + d * dag).toISOString().slice(0, 10)),
)
