/**
 * Evaluates a Situatie with a rules model on a peildatum: the oordeel of every voorziening with its
 * reasons and missing facts, the doelgroep, and the notes. The model is data (`model.ts`); the logic
 * is `logica.ts`. This is the only place that decides whether something fits.
 */
import { type Knoopgeheugen, type Reden, uitslagVan } from './logica.js'
import type {
  Lezer,
  ModelOpDatum,
  Oordeel,
  OordeelVan,
  Regelmodel,
  Rubriek,
  Verwijzing,
  WijzigingData,
} from './model.js'
import { type Feit, inVolgorde, type Situatie } from './situatie.js'
import { VOORZIENINGEN, type VoorzieningId } from './voorzieningen.js'

export type { Lezer, Oordeel, Verwijzing }

export interface Uitkomst {
  readonly voorziening: VoorzieningId
  readonly oordeel: Oordeel
  readonly redenen: readonly Reden[]
  readonly ontbrekend: readonly Feit[]
  /**
   * `onbekend` only because of rules the gemeente sets itself that the model does not have (Pw art. 7a):
   * no fact can decide it, so `ontbrekend` is empty and the reasons say whom to ask.
   */
  readonly regelsOnbekend?: true
}

export interface DoelgroepOordeel {
  readonly oordeel: 'ja' | 'nee' | 'onbekend'
  readonly verwijzing?: Verwijzing
  readonly redenen: readonly Reden[]
  readonly ontbrekend: readonly Feit[]
  /** As in `Uitkomst`: unknown only because the gemeente's own rules are not in the model. */
  readonly regelsOnbekend?: true
}

export interface Aandachtspunt {
  readonly sleutel: string
  readonly artikel: string
}

export interface Regels {
  readonly naam: string
  readonly versie: string
  readonly peildatum: string
  /** The id of the rules model. */
  readonly model: string
  /** The changes of the law applied on the peildatum, oldest first. */
  readonly wijzigingen: readonly WijzigingData[]
}

export interface Evaluatie {
  readonly doelgroep: DoelgroepOordeel
  readonly uitkomsten: readonly Uitkomst[]
  readonly aandachtspunten: readonly Aandachtspunt[]
  /** The duties and rights shown with every outcome (texts: `rechten.`). */
  readonly rechten: readonly Aandachtspunt[]
  readonly regels: Regels
  /** The values texts fill in on this peildatum: the model's parameters and article numbers. */
  readonly tekstwaarden: Readonly<Record<string, string | number>>
}

/**
 * Evaluates every voorziening for a Situatie on a peildatum (`YYYY-MM-DD`, within the model's window).
 * Pure: the same input always gives the same output. Facts with a contradiction (`tegenstrijdigheden`)
 * are invalid input that callers refuse first; given them anyway, it still answers (the age wins).
 */
export function evaluate(situatie: Situatie, peildatum: string, model: Regelmodel): Evaluatie {
  const m = model.opDatum(peildatum)
  const ctx = { peildatum }
  // One memory for this evaluation: the doelgroep, part of every voorziening, is evaluated once.
  const geheugen: Knoopgeheugen = new Map()
  const uitkomsten = m.voorzieningen.map((v): Uitkomst => {
    const uitslag = uitslagVan(v.conditie, situatie, ctx, geheugen)
    const oordeel: Oordeel = uitslag.waarde === true ? 'mogelijk' : uitslag.waarde === false ? 'niet' : 'onbekend'
    const ontbrekend = inVolgorde(uitslag.ontbrekend)
    return {
      voorziening: v.id,
      oordeel,
      redenen: uitslag.redenen,
      ontbrekend,
      ...(oordeel === 'onbekend' && ontbrekend.length === 0 ? { regelsOnbekend: true as const } : {}),
    }
  })
  const perId = new Map(uitkomsten.map((u) => [u.voorziening, u.oordeel]))
  const oordeel: OordeelVan = (id) => perId.get(id) ?? 'onbekend'
  return {
    doelgroep: beoordeelDoelgroep(situatie, m, peildatum, geheugen),
    uitkomsten,
    aandachtspunten: aandachtspunten(situatie, m, oordeel, 'inwoner', 'aandachtspunten', false).punten,
    rechten: aandachtspunten(situatie, m, oordeel, 'inwoner', 'rechten', false).punten,
    regels: { naam: model.naam, versie: model.versie, peildatum, model: model.id, wijzigingen: m.wijzigingen },
    tekstwaarden: m.tekstwaarden,
  }
}

/** The doelgroep, with the verwijzing of the first failing condition in the model's order. */
function beoordeelDoelgroep(
  s: Situatie,
  m: ModelOpDatum,
  peildatum: string,
  geheugen: Knoopgeheugen,
): DoelgroepOordeel {
  const ctx = { peildatum }
  const uitslag = uitslagVan(m.doelgroepDelen, s, ctx, geheugen)
  const oordeel = uitslag.waarde === true ? 'ja' : uitslag.waarde === false ? 'nee' : 'onbekend'
  const ontbrekend = inVolgorde(uitslag.ontbrekend)
  if (oordeel === 'onbekend' && ontbrekend.length === 0)
    return { oordeel, redenen: uitslag.redenen, ontbrekend, regelsOnbekend: true }
  if (oordeel !== 'nee') return { oordeel, redenen: uitslag.redenen, ontbrekend }
  const eerste = m.verwijzingen.find(([conditie]) => uitslagVan(conditie, s, ctx, geheugen).waarde === false)
  return { oordeel, ...(eerste ? { verwijzing: eerste[1] } : {}), redenen: uitslag.redenen, ontbrekend }
}

/** The notes for a reader that apply (in the model's order) and the facts that would decide the notes still open. */
function aandachtspunten(
  s: Situatie,
  m: ModelOpDatum,
  oordeel: OordeelVan,
  lezer: Lezer,
  rubriek: Rubriek,
  /** Also the facts that would decide a note still open (a dialogue asks them; `evaluate` does not). */
  vraag = true,
  /** The voorzieningen of the dialogue, when not all. */
  binnen?: ReadonlySet<VoorzieningId>,
): { punten: Aandachtspunt[]; ontbrekend: Feit[] } {
  const punten: Aandachtspunt[] = []
  const ontbrekend: Feit[] = []
  for (const punt of m.aandachtspunten) {
    if (punt.rubriek !== rubriek || !punt.lezers.includes(lezer)) continue
    // A note about some voorzieningen belongs to a dialogue about one of them only.
    if (binnen && punt.voorzieningen && !punt.voorzieningen.some((v) => binnen.has(v))) continue
    const geldt = punt.geldt(s, oordeel)
    if (geldt === true) punten.push({ sleutel: punt.sleutel, artikel: punt.artikel })
    else if (vraag && geldt === undefined && punt.vraagAls?.(s, oordeel) === true)
      ontbrekend.push(...punt.toets(s, oordeel).ontbrekend)
  }
  return { punten, ontbrekend }
}

export interface Aandacht {
  readonly aandachtspunten: readonly Aandachtspunt[]
  /** Facts still missing that would decide a note, in contract order. */
  readonly ontbrekend: readonly Feit[]
}

/**
 * The notes of one dialogue, for its reader: a voorziening outside the dialogue's counts as not
 * fitting, so its notes (the premie of a participatieplaats in a dialogue about scholing) stay out,
 * while the notes about the person (a young child, no benefit) stay in. An employer gets the notes
 * written for employers.
 */
export function aandachtBinnen(
  situatie: Situatie,
  evaluatie: Evaluatie,
  binnen: readonly VoorzieningId[],
  model: Regelmodel,
  lezer: Lezer = 'inwoner',
): Aandacht {
  const gekozen = new Set(binnen)
  const perId = new Map(evaluatie.uitkomsten.map((u) => [u.voorziening, u.oordeel]))
  const oordeel: OordeelVan = (id) => (gekozen.has(id) ? (perId.get(id) ?? 'onbekend') : 'niet')
  const alle = VOORZIENINGEN.every((v) => gekozen.has(v))
  const m = model.opDatum(evaluatie.regels.peildatum)
  const { punten, ontbrekend } = aandachtspunten(situatie, m, oordeel, lezer, 'aandachtspunten', true, gekozen)
  return {
    aandachtspunten: alle && lezer === 'inwoner' ? evaluatie.aandachtspunten : punten,
    ontbrekend: inVolgorde(ontbrekend),
  }
}

/** Every fact a voorziening's rule can ask for on a peildatum (the leaves of its condition tree). */
export function benodigdeFeiten(id: VoorzieningId, peildatum: string, model: Regelmodel): Feit[] {
  const voorziening = model.opDatum(peildatum).voorzieningen.find((v) => v.id === id)
  if (!voorziening) return []
  const feiten: Feit[] = []
  const ctx = { peildatum }
  const loop = (c: (typeof voorziening)['conditie']): void => {
    if (c.soort === 'blad') feiten.push(...c.velden(ctx))
    else c.delen.forEach(loop)
  }
  loop(voorziening.conditie)
  return inVolgorde(feiten)
}
