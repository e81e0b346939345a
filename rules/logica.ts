/**
 * Three-valued logic (docs/regels-uitleg.md, "Hoe een oordeel ontstaat"): every condition is true, false or unknown.
 * This is the only module that knows about "unknown"; the rest of rules/ builds condition trees
 * and asks this module to evaluate them.
 */
import type { Feit, Situatie } from './situatie.js'

/** `true`, `false`, or `undefined` for unknown. */
export type Drie = boolean | undefined

/** AND: false if any part is false; else unknown if any part is unknown; else true. */
export function en(...delen: Drie[]): Drie {
  let onbekend = false
  for (const deel of delen) {
    if (deel === false) return false
    if (deel === undefined) onbekend = true
  }
  return onbekend ? undefined : true
}

/** OR: true if any part is true; else unknown if any part is unknown; else false. */
export function of(...delen: Drie[]): Drie {
  let onbekend = false
  for (const deel of delen) {
    if (deel === true) return true
    if (deel === undefined) onbekend = true
  }
  return onbekend ? undefined : false
}

export function niet(deel: Drie): Drie {
  return deel === undefined ? undefined : !deel
}

/** What a rule sees besides the facts: the date whose rules apply. */
export interface Context {
  /** `YYYY-MM-DD` */
  readonly peildatum: string
}

/** The text of a reason: a key under `redenen.` in locales, with values to fill in. */
export interface RedenSleutel {
  readonly sleutel: string
  readonly params?: Readonly<Record<string, string | number>>
}

/**
 * A condition. A leaf tests facts; `en`, `of` and `niet` combine conditions.
 * A node with an `artikel` and a text for its value gives that text as the reason;
 * a node without one lets the parts that decided it speak.
 */
export type Conditie = Blad | Samengesteld

export interface RedenTeksten {
  readonly ja?: RedenSleutel
  readonly nee?: RedenSleutel
  readonly onbekend?: RedenSleutel
}

export interface Blad {
  readonly soort: 'blad'
  readonly id: string
  readonly artikel: string
  /** The facts this condition needs (those that, while missing, keep it unknown). */
  readonly velden: (ctx: Context) => readonly Feit[]
  readonly test: (s: Situatie, ctx: Context) => Drie
  readonly teksten: RedenTeksten
}

export interface Samengesteld {
  readonly soort: 'en' | 'of' | 'niet'
  readonly id?: string
  readonly artikel?: string
  readonly delen: readonly Conditie[]
  readonly teksten?: RedenTeksten
}

export interface Reden extends RedenSleutel {
  readonly artikel: string
  /** The id of the condition that gave this reason (for tracing). */
  readonly conditie: string
}

export interface ConditieUitslag {
  readonly waarde: Drie
  /** Facts that unknown parts need; empty unless `waarde` is unknown. */
  readonly ontbrekend: readonly Feit[]
  readonly redenen: readonly Reden[]
}

export interface Knoop {
  readonly conditie: Conditie
  readonly waarde: Drie
  readonly delen: readonly Knoop[]
  readonly ontbrekend: readonly Feit[]
}

const GEEN_FEITEN: readonly Feit[] = Object.freeze([])
const GEEN_KNOPEN: readonly Knoop[] = Object.freeze([])

/**
 * Evaluated nodes of one evaluation, by condition. A shared part (the doelgroep is in every
 * voorziening) is evaluated once per Situatie: a node's value depends only on the node, the facts
 * and the context, so the answer is the same.
 */
export type Knoopgeheugen = Map<Conditie, Knoop>

function knoopVan(conditie: Conditie, s: Situatie, ctx: Context, geheugen?: Knoopgeheugen): Knoop {
  const bekend = geheugen?.get(conditie)
  if (bekend) return bekend
  let knoop: Knoop
  if (conditie.soort === 'blad') {
    const waarde = conditie.test(s, ctx)
    const ontbrekend = waarde === undefined ? conditie.velden(ctx).filter((veld) => s[veld] === undefined) : GEEN_FEITEN
    knoop = { conditie, waarde, delen: GEEN_KNOPEN, ontbrekend }
  } else {
    // The same three-valued en/of/niet as above, without the intermediate arrays (this runs for every node).
    const delen: Knoop[] = []
    for (const deel of conditie.delen) delen.push(knoopVan(deel, s, ctx, geheugen))
    let waarde: Drie
    if (conditie.soort === 'niet') waarde = niet(delen[0]?.waarde)
    else {
      const beslissend = conditie.soort === 'of'
      let onbekend = false
      let beslist = false
      for (const deel of delen) {
        if (deel.waarde === beslissend) {
          beslist = true
          break
        }
        if (deel.waarde === undefined) onbekend = true
      }
      waarde = beslist ? beslissend : onbekend ? undefined : !beslissend
    }
    let ontbrekend = GEEN_FEITEN
    if (waarde === undefined) {
      const feiten: Feit[] = []
      for (const deel of delen) if (deel.waarde === undefined) for (const feit of deel.ontbrekend) feiten.push(feit)
      ontbrekend = feiten
    }
    knoop = { conditie, waarde, delen, ontbrekend }
  }
  geheugen?.set(conditie, knoop)
  return knoop
}

function tekstVoor(teksten: RedenTeksten | undefined, waarde: Drie): RedenSleutel | undefined {
  if (!teksten) return undefined
  return waarde === true ? teksten.ja : waarde === false ? teksten.nee : teksten.onbekend
}

/** Reasons of conditions with their own text, by condition and text. */
const eigenRedenen = new WeakMap<Conditie, Map<RedenSleutel, Reden>>()

/**
 * The reason a condition with its own text gives for a value. It depends on the condition and the
 * text alone, so it is made once and shared, frozen, by every evaluation: the doelgroep's reasons,
 * part of all twelve voorzieningen, are then one object each, which a render can recognise.
 */
function eigenReden(conditie: Conditie, eigen: RedenSleutel, artikel: string): Reden {
  let perTekst = eigenRedenen.get(conditie)
  if (!perTekst) {
    perTekst = new Map()
    eigenRedenen.set(conditie, perTekst)
  }
  let reden = perTekst.get(eigen)
  if (!reden) {
    // Written out instead of `{ ...eigen, … }`: the same keys in the same order as always.
    const id = conditie.id ?? conditie.soort
    reden = Object.freeze(
      eigen.params === undefined
        ? { sleutel: eigen.sleutel, artikel, conditie: id }
        : { sleutel: eigen.sleutel, params: eigen.params, artikel, conditie: id },
    )
    perTekst.set(eigen, reden)
  }
  return reden
}

/**
 * The reasons of a node (docs/regels-uitleg.md): for false every false condition, for true the conditions
 * that made it fit, for unknown the open questions. A node with its own text speaks for itself;
 * otherwise the parts with the deciding value speak (a NOT's part has the opposite value).
 */
function redenenVan(knoop: Knoop, uit: Reden[]): void {
  const { conditie, waarde } = knoop
  const eigen = tekstVoor(conditie.teksten, waarde)
  if (eigen && conditie.artikel) {
    // A condition can be part of a tree twice (D1 in the doelgroep and in the beschut-werk group): one reason.
    const reden = eigenReden(conditie, eigen, conditie.artikel)
    if (!uit.includes(reden)) uit.push(reden)
    return
  }
  const gezocht = conditie.soort === 'niet' ? niet(waarde) : waarde
  for (const deel of knoop.delen) if (deel.waarde === gezocht) redenenVan(deel, uit)
}

/**
 * Evaluates a condition on the facts: its value, the facts it still needs and its reasons.
 * Calls on the same facts and context may share a `geheugen` so common parts are evaluated once.
 */
export function uitslagVan(conditie: Conditie, s: Situatie, ctx: Context, geheugen?: Knoopgeheugen): ConditieUitslag {
  const knoop = knoopVan(conditie, s, ctx, geheugen)
  const redenen: Reden[] = []
  redenenVan(knoop, redenen)
  return { waarde: knoop.waarde, ontbrekend: knoop.ontbrekend, redenen }
}

/** Combinators that build condition trees, so rule files read like the article. */
export const alle = (delen: Conditie[], extra: Omit<Samengesteld, 'soort' | 'delen'> = {}): Samengesteld => ({
  soort: 'en',
  delen,
  ...extra,
})
export const eenVan = (delen: Conditie[], extra: Omit<Samengesteld, 'soort' | 'delen'> = {}): Samengesteld => ({
  soort: 'of',
  delen,
  ...extra,
})
export const nietWaar = (deel: Conditie, extra: Omit<Samengesteld, 'soort' | 'delen'> = {}): Samengesteld => ({
  soort: 'niet',
  delen: [deel],
  ...extra,
})

/**
 * A leaf on one fact. `test` sees only a known value; while the fact is missing the leaf is unknown.
 * The reason keys are `<id>.ja|nee|onbekend` under `redenen.` in locales; texts may use the facts
 * as `{{leeftijd}}` and the dated parameters.
 */
export function opFeit<F extends Feit>(
  id: string,
  feit: F,
  artikel: string,
  test: (waarde: NonNullable<Situatie[F]>, ctx: Context) => boolean,
): Blad {
  return {
    soort: 'blad',
    id,
    artikel,
    velden: () => [feit],
    test: (s, ctx) => {
      const waarde = s[feit]
      return waarde === undefined ? undefined : test(waarde as NonNullable<Situatie[F]>, ctx)
    },
    teksten: tekstenVoor(id),
  }
}

/** The three reason keys of a condition id. */
export function tekstenVoor(id: string): RedenTeksten {
  return { ja: { sleutel: `${id}.ja` }, nee: { sleutel: `${id}.nee` }, onbekend: { sleutel: `${id}.onbekend` } }
}
