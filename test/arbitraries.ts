import fc from 'fast-check'
import { AFSTANDEN, FEITEN, type Situatie, UITKERINGEN } from '../rules/index.js'

/** Values per fact, weighted towards the boundaries of the rules (ages, months, years, contracts, children). */
const basis = {
  woontInGemeente: fc.boolean(),
  leeftijd: fc.oneof(fc.constantFrom(15, 16, 17, 26, 27, 64, 65, 66, 67, 68), fc.integer({ min: 0, max: 120 })),
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
  jongsteKindLeeftijd: fc.oneof(fc.constantFrom(3, 4, 5, 11, 12, 13), fc.integer({ min: 0, max: 25 })),
  voorzieningOudeVerordening: fc.boolean(),
}

/**
 * `alleenstaandeOuder` only once the rules know the fact (`FEITEN`): a Situatie with a field the
 * rules do not know is invalid input.
 */
const kentAlleenstaandeOuder = (FEITEN as readonly string[]).includes('alleenstaandeOuder')

/** Values per fact. */
export const feitWaarden: typeof basis & { alleenstaandeOuder?: fc.Arbitrary<boolean> } = kentAlleenstaandeOuder
  ? { ...basis, alleenstaandeOuder: fc.boolean() }
  : basis

/** A random Situatie: every fact present or missing. */
export const situatieArb: fc.Arbitrary<Situatie> = fc.record(feitWaarden, {
  requiredKeys: [],
}) as fc.Arbitrary<Situatie>

const dag = 24 * 60 * 60 * 1000
const van = Date.UTC(2015, 6, 1)
const tot = Date.UTC(2031, 11, 31)

/** The days on which a rule changes, and the day before each. */
export const GRENSDATA = [
  '2015-07-01',
  '2015-12-31',
  '2016-01-01',
  '2016-06-30',
  '2016-07-01',
  '2016-12-31',
  '2017-01-01',
  '2025-12-31',
  '2026-01-01',
  '2028-06-01',
  '2031-12-31',
] as const

/**
 * A peildatum within the rules: the dates where rules change, the first and last day of a year (the
 * AOW age changes per calendar year), or any day.
 */
export const peildatumArb = fc.oneof(
  fc.constantFrom(...GRENSDATA),
  fc
    .tuple(fc.integer({ min: 2015, max: 2031 }), fc.boolean())
    .map(([jaar, eerste]) => (eerste && jaar > 2015 ? `${jaar}-01-01` : `${jaar}-12-31`)),
  fc
    .integer({ min: 0, max: Math.floor((tot - van) / dag) })
    .map((d) => new Date(van + d * dag).toISOString().slice(0, 10)),
)
