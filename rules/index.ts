/**
 * The rules core of the Re-integratieverordening Participatiewet gemeente Assen 2015.
 * `evaluate` is the only place where eligibility is decided; flows/ and server/ ask it.
 */

import { begrensdGeheugen } from '../gedeeld/geheugen.js'
import { type Aandachtspunt, aandachtOntbrekend, aandachtspunten } from './aandachtspunten.js'
import { beoordeelDoelgroep, type DoelgroepOordeel } from './doelgroep.js'
import { type Conditie, type Context, evalueer, type Geheugen, type Reden } from './logica.js'
import { type EigenParameters, isGeldigePeildatum, REGELS } from './parameters.js'
import { type Feit, inVolgorde, type Situatie } from './situatie.js'
import { ALLE_VOORZIENINGEN, type Voorziening, type VoorzieningId } from './voorzieningen/index.js'

export type Oordeel = 'mogelijk' | 'niet' | 'onbekend'

export interface Uitkomst {
  readonly voorziening: VoorzieningId
  readonly oordeel: Oordeel
  readonly redenen: readonly Reden[]
  readonly ontbrekend: readonly Feit[]
}

export interface Regels {
  readonly naam: string
  readonly versie: string
  readonly peildatum: string
}

export interface Evaluatie {
  readonly doelgroep: DoelgroepOordeel
  readonly uitkomsten: readonly Uitkomst[]
  readonly aandachtspunten: readonly Aandachtspunt[]
  readonly regels: Regels
}

/** How many peildata the condition trees are kept for (one a day in use, a few more in tests). */
const BOMEN_PEILDATA = 16
const perPeildatum = begrensdGeheugen<string, Map<VoorzieningId, Conditie>>(BOMEN_PEILDATA)

/**
 * A voorziening's condition tree on a peildatum, built once: a tree depends only on the peildatum,
 * and building all twelve on every call was a third of `evaluate`.
 */
function boomVan(voorziening: Voorziening, peildatum: string): Conditie {
  let perId = perPeildatum.kijk(peildatum)
  if (!perId) {
    perId = new Map()
    perPeildatum.bewaar(peildatum, perId)
  }
  let boom = perId.get(voorziening.id)
  if (!boom) {
    boom = voorziening.conditie({ peildatum })
    perId.set(voorziening.id, boom)
  }
  return boom
}

/**
 * Evaluates every voorziening for a Situatie on a peildatum (`YYYY-MM-DD`, within the rules' window),
 * with the values the gemeente sets itself (its profile's parameters; absent: the model's).
 * Pure: the same input always gives the same output. Facts with a contradiction (`tegenstrijdigheden`)
 * are invalid input that callers refuse first; given them anyway, it still answers (the age wins).
 */
export function evaluate(situatie: Situatie, peildatum: string, parameters: EigenParameters = {}): Evaluatie {
  if (!isGeldigePeildatum(peildatum)) throw new RangeError(`Peildatum ${peildatum} valt buiten de regels`)
  const ctx: Context = { peildatum }
  // One memory for this evaluation: the doelgroep, part of every voorziening, is evaluated once.
  const geheugen: Geheugen = new Map()
  const uitkomsten = ALLE_VOORZIENINGEN.map((voorziening): Uitkomst => {
    const uitslag = evalueer(boomVan(voorziening, peildatum), situatie, ctx, geheugen)
    const oordeel: Oordeel = uitslag.waarde === true ? 'mogelijk' : uitslag.waarde === false ? 'niet' : 'onbekend'
    return {
      voorziening: voorziening.id,
      oordeel,
      redenen: uitslag.redenen,
      ontbrekend: inVolgorde(uitslag.ontbrekend),
    }
  })
  const perId = new Map(uitkomsten.map((u) => [u.voorziening, u.oordeel]))
  return {
    doelgroep: beoordeelDoelgroep(situatie, ctx, geheugen),
    uitkomsten,
    aandachtspunten: aandachtspunten(situatie, peildatum, (id) => perId.get(id) ?? 'onbekend', parameters),
    regels: { ...REGELS, peildatum },
  }
}

export interface Aandacht {
  readonly aandachtspunten: readonly Aandachtspunt[]
  /** Facts still missing that would decide a note, in contract order. */
  readonly ontbrekend: readonly Feit[]
}

/**
 * The notes that belong to some voorzieningen only (one dialogue's): a voorziening outside them
 * counts as not fitting, so its notes (the premie of a participatieplaats in a dialogue about
 * scholing) stay out, while the notes about the person (a young child, no benefit) stay in.
 */
export function aandachtBinnen(
  situatie: Situatie,
  evaluatie: Evaluatie,
  binnen: readonly VoorzieningId[],
  parameters: EigenParameters = {},
): Aandacht {
  const gekozen = new Set(binnen)
  const perId = new Map(evaluatie.uitkomsten.map((u) => [u.voorziening, u.oordeel]))
  const oordeel = (id: VoorzieningId): Oordeel => (gekozen.has(id) ? (perId.get(id) ?? 'onbekend') : 'niet')
  const alle = ALLE_VOORZIENINGEN.every((v) => gekozen.has(v.id))
  return {
    aandachtspunten: alle
      ? evaluatie.aandachtspunten
      : aandachtspunten(situatie, evaluatie.regels.peildatum, oordeel, parameters),
    ontbrekend: inVolgorde(aandachtOntbrekend(situatie, oordeel)),
  }
}

/** Every fact a voorziening's rule can ask for on a peildatum (the leaves of its condition tree). */
export function benodigdeFeiten(id: VoorzieningId, peildatum: string): Feit[] {
  const ctx: Context = { peildatum }
  const voorziening = ALLE_VOORZIENINGEN.find((v) => v.id === id)
  if (!voorziening) return []
  const feiten: Feit[] = []
  const loop = (c: Conditie): void => {
    if (c.soort === 'blad') feiten.push(...c.velden(ctx))
    else c.delen.forEach(loop)
  }
  loop(voorziening.conditie(ctx))
  return inVolgorde(feiten)
}

export { AANDACHTSPUNTEN, type Aandachtspunt } from './aandachtspunten.js'
export type { DoelgroepOordeel, Verwijzing } from './doelgroep.js'
export type { Reden, RedenSleutel } from './logica.js'
export * from './parameters.js'
export * from './situatie.js'
export { type Tegenstrijdigheid, tegenstrijdigheden } from './tegenstrijdig.js'
export { ALLE_VOORZIENINGEN, VOORZIENINGEN, type VoorzieningId } from './voorzieningen/index.js'
