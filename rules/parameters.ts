/**
 * Dated rules and parameters (domain.md, "Which rules, at which date" and "Parameters").
 * Each value holds from its date until the next entry of the same name.
 */

export interface Gedateerd<T> {
  readonly waarde: T
  /** `YYYY-MM-DD`: the value holds from this day on. */
  readonly van: string
  readonly bron: string
}

/** The rules this core implements; every outcome names them. */
export const REGELS = {
  naam: 'Re-integratieverordening Participatiewet gemeente Assen 2015',
  versie: '2015',
} as const

/** Peildata the rules hold for: from the day the verordening took effect up to the last known AOW age. */
export const GELDIG_VAN = '2015-07-01'
export const GELDIG_TOT = '2031-12-31'

/** True when the rules hold on this `YYYY-MM-DD` date. */
export function isGeldigePeildatum(peildatum: string): boolean {
  return peildatum >= GELDIG_VAN && peildatum <= GELDIG_TOT
}

/** Assumed: the council adopted it on 2015-06-04 and had to before 1 July 2015 (raadsvoorstel). */
export const INWERKINGTREDING = '2015-07-01'

/** Art. 16: a voorziening of the old verordening is kept at most 12 months after this one took effect. */
export const OVERGANGSRECHT_TOT = '2016-07-01'

/** Pw art. 10b as in force from 2017-01-01: beschut werk on request, UWV clients included. */
export const BESCHUT_WERK_2017 = '2017-01-01'

/** Raadsvoorstel: national rules for the no-riskpolis and jobcoach from 2016. */
export const LANDELIJKE_NORISK_JOBCOACH = '2016-01-01'

/** Pw art. 7 lid 3 onder a and art. 7a: new rules for people under 27 from 2026-01-01. */
export const NIEUWE_REGELS_JONGEREN = '2026-01-01'

export interface Parameters {
  premieParticipatieplaats: { bedrag: number; maanden: number }
  noRiskDekking: { loonProcentMinimumloon: number; werkgeverslastenProcent: number }
  noRiskDuurMaanden: number
  jobcoachUrenPerJaar: number
  beschutWerkPlekken: number
  participatieplaatsMaxJaren: number
}

type Reeksen = { [K in keyof Parameters]: readonly Gedateerd<Parameters[K]>[] }

/**
 * The values a gemeente sets itself (its profile), each dated like the model's. A value the
 * gemeente does not set, or not yet on a peildatum, is the model verordening's.
 */
export type EigenParameters = { readonly [K in keyof Parameters]?: readonly Gedateerd<Parameters[K]>[] }

export const PARAMETERS: Reeksen = {
  premieParticipatieplaats: [{ waarde: { bedrag: 100, maanden: 6 }, van: '2015-01-01', bron: 'toelichting art. 8' }],
  noRiskDekking: [
    {
      waarde: { loonProcentMinimumloon: 110, werkgeverslastenProcent: 15 },
      van: '2015-01-01',
      bron: 'toelichting art. 12',
    },
  ],
  noRiskDuurMaanden: [{ waarde: 12, van: '2015-01-01', bron: 'toelichting art. 12 (zie interpretatie 3)' }],
  jobcoachUrenPerJaar: [{ waarde: 40, van: '2015-01-01', bron: 'raadsvoorstel' }],
  beschutWerkPlekken: [{ waarde: 8, van: '2015-01-01', bron: 'raadsvoorstel (Drentsche Aa)' }],
  participatieplaatsMaxJaren: [{ waarde: 4, van: '2015-01-01', bron: 'Pw art. 10a' }],
}

function geldend<T>(reeks: readonly Gedateerd<T>[], peildatum: string): Gedateerd<T> | undefined {
  let gevonden: Gedateerd<T> | undefined
  for (const item of reeks) if (item.van <= peildatum && (!gevonden || item.van >= gevonden.van)) gevonden = item
  return gevonden
}

/** The value of a parameter on a peildatum: the gemeente's own if it set one for that day, else the model's. */
export function parameter<K extends keyof Parameters>(
  naam: K,
  peildatum: string,
  eigen: EigenParameters = {},
): Parameters[K] {
  const reeks = eigen[naam] as readonly Gedateerd<Parameters[K]>[] | undefined
  const item = (reeks && geldend(reeks, peildatum)) ?? geldend<Parameters[K]>(PARAMETERS[naam], peildatum)
  if (!item) throw new RangeError(`Geen waarde voor ${naam} op ${peildatum}`)
  return item.waarde
}

/** AOW age per calendar year in years and months (AOW art. 7a; 2028-2031 as announced). */
export const AOW_LEEFTIJD: Readonly<Record<number, { jaren: number; maanden: number }>> = {
  2014: { jaren: 65, maanden: 2 },
  2015: { jaren: 65, maanden: 3 },
  2016: { jaren: 65, maanden: 6 },
  2017: { jaren: 65, maanden: 9 },
  2018: { jaren: 66, maanden: 0 },
  2019: { jaren: 66, maanden: 4 },
  2020: { jaren: 66, maanden: 4 },
  2021: { jaren: 66, maanden: 4 },
  2022: { jaren: 66, maanden: 7 },
  2023: { jaren: 66, maanden: 10 },
  2024: { jaren: 67, maanden: 0 },
  2025: { jaren: 67, maanden: 0 },
  2026: { jaren: 67, maanden: 0 },
  2027: { jaren: 67, maanden: 0 },
  2028: { jaren: 67, maanden: 3 },
  2029: { jaren: 67, maanden: 3 },
  2030: { jaren: 67, maanden: 3 },
  2031: { jaren: 67, maanden: 3 },
}

export interface AowBand {
  /** Younger than this (whole years): the AOW age is surely not reached. */
  readonly onder: number
  /** This age or older: the AOW age is surely reached. */
  readonly vanaf: number
  /** The AOW age of the peildatum's year, for texts. */
  readonly jaren: number
  readonly maanden: number
}

/**
 * domain.md D2: `onder = floor(AOW age of the year before)`, `vanaf = ceil(AOW age of the year)`.
 * Between them the birth date decides, so the fact `aowLeeftijdBereikt` is needed.
 */
export function aowBand(peildatum: string): AowBand {
  const jaar = Number(peildatum.slice(0, 4))
  const vorig = AOW_LEEFTIJD[jaar - 1]
  const dit = AOW_LEEFTIJD[jaar]
  if (!vorig || !dit) throw new RangeError(`Geen AOW-leeftijd bekend voor ${jaar}`)
  return {
    onder: vorig.jaren,
    vanaf: dit.maanden > 0 ? dit.jaren + 1 : dit.jaren,
    jaren: dit.jaren,
    maanden: dit.maanden,
  }
}
