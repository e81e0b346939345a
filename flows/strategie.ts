/**
 * Which question comes next. The rules say what is undecided and which facts would decide it
 * (`ontbrekend`); this module only chooses the order. It decides nothing about eligibility.
 */

import { type Antwoord, type Onderwerp, VRAGEN, voorzieningenVan, vraagMetId, type Waarde } from '../contract/vragen.js'
import { begrensdGeheugen } from '../gedeeld/geheugen.js'
import {
  type Aandacht,
  aandachtBinnen,
  type Evaluatie,
  evaluate,
  FEITEN,
  type Feit,
  type Regelmodel,
  type Situatie,
  tegenstrijdigheden,
} from '../rules/index.js'

export type { Antwoord }

export interface GesprekContext {
  readonly onderwerp: Onderwerp
  /** `YYYY-MM-DD`: the day the conversation started (Europe/Amsterdam). */
  readonly peildatum: string
  /** Every answer, in the order given; the facts are derived from them. */
  readonly antwoorden: readonly Antwoord[]
  /** The open question, if any. */
  readonly vraag?: string
  readonly terug: number
  readonly weetNiet: number
}

/** The facts the answers give ("Weet ik niet" leaves a fact unknown). */
export function feitenUit(antwoorden: readonly Antwoord[]): Situatie {
  const s: Record<string, Waarde> = {}
  for (const { vraag, waarde } of antwoorden) {
    const feit = vraagMetId(vraag)?.feit
    if (feit && waarde !== null) s[feit] = waarde
  }
  return s as Situatie
}

/** What the dialogue needs of the app: the gemeente's rules model. */
export interface FlowsOmgeving {
  readonly model: Regelmodel
}

/**
 * Recent evaluations, by the identity of the answers array: answers are never changed in place, a
 * new answer makes a new array, so the same array always has the same facts. One step asks for the
 * same answers several times (choosing the next question, estimating the rest, describing the step).
 */
const recent = begrensdGeheugen<readonly Antwoord[], { peildatum: string; model: Regelmodel; evaluatie: Evaluatie }>(32)

/** The rules' evaluation of a conversation's answers, with the gemeente's rules model. */
export function evaluatieVan(ctx: Pick<GesprekContext, 'antwoorden' | 'peildatum'>, model: Regelmodel): Evaluatie {
  const bekend = recent.kijk(ctx.antwoorden)
  if (bekend && bekend.peildatum === ctx.peildatum && bekend.model === model) return bekend.evaluatie
  const evaluatie = evaluate(feitenUit(ctx.antwoorden), ctx.peildatum, model)
  recent.bewaar(ctx.antwoorden, { peildatum: ctx.peildatum, model, evaluatie })
  return evaluatie
}

const beantwoord = (ctx: GesprekContext) => new Set(ctx.antwoorden.map((a) => a.vraag))

/** The facts that would decide an undecided outcome of this dialogue, most needed first. */
export function kandidaten(ctx: GesprekContext, e: Evaluatie): Feit[] {
  const gehad = beantwoord(ctx)
  const relevant = new Set(voorzieningenVan(ctx.onderwerp))
  const aantal = new Map<Feit, number>()
  for (const u of e.uitkomsten) {
    if (u.oordeel !== 'onbekend' || !relevant.has(u.voorziening)) continue
    for (const feit of u.ontbrekend) if (!gehad.has(feit)) aantal.set(feit, (aantal.get(feit) ?? 0) + 1)
  }
  // Exclusion facts first (doelgroep), then what most undecided outcomes need; ties in contract order.
  const uitsluiting = new Set(e.doelgroep.ontbrekend)
  return [...aantal.keys()].sort(
    (a, b) =>
      Number(uitsluiting.has(b)) - Number(uitsluiting.has(a)) ||
      (aantal.get(b) ?? 0) - (aantal.get(a) ?? 0) ||
      FEITEN.indexOf(a) - FEITEN.indexOf(b),
  )
}

/** The notes of this dialogue: those of its own voorzieningen, and those about the person. */
export function aandachtVan(
  ctx: Pick<GesprekContext, 'antwoorden' | 'onderwerp'>,
  e: Evaluatie,
  model: Regelmodel,
): Aandacht {
  const lezer = ctx.onderwerp === 'werkgever' ? 'werkgever' : 'inwoner'
  return aandachtBinnen(feitenUit(ctx.antwoorden), e, voorzieningenVan(ctx.onderwerp), model, lezer)
}

/**
 * Facts asked only for a note, at the end of the `alles` dialogue: the rules say which note is
 * still open (a child's age for art. 2 lid 3; the diploma when a participatieplaats fits, art. 7).
 * A dialogue about one voorziening or for an employer asks only what its outcome needs.
 */
function aandachtVragen(ctx: GesprekContext, e: Evaluatie, model: Regelmodel): Feit[] {
  if (ctx.onderwerp !== 'alles') return []
  const gehad = beantwoord(ctx)
  return aandachtVan(ctx, e, model).ontbrekend.filter((f) => !gehad.has(f))
}

/** The next question of the dialogue, or undefined when every outcome is decided or only "Weet ik niet" remains. */
export function volgendeVraag(
  ctx: GesprekContext,
  model: Regelmodel,
  e = evaluatieVan(ctx, model),
): string | undefined {
  return kandidaten(ctx, e)[0] ?? aandachtVragen(ctx, e, model)[0]
}

/** Estimated number of questions in all: answered so far plus the facts still missing. */
export function geschat(ctx: GesprekContext, model: Regelmodel, e = evaluatieVan(ctx, model)): number {
  return ctx.antwoorden.length + kandidaten(ctx, e).length + aandachtVragen(ctx, e, model).length
}

/**
 * After an answer is given or changed: the other answers stay, even those that no longer matter
 * (they are listed, and used again without asking when they matter again). Only an answer that
 * contradicts the new one is dropped (D2: an age below the AOW band drops
 * `aowLeeftijdBereikt: true`), because the rules refuse contradictory facts.
 */
export function zonderTegenstrijdig(
  antwoorden: readonly Antwoord[],
  nieuw: string,
  peildatum: string,
  model: Regelmodel,
): readonly Antwoord[] {
  const nieuwFeit = vraagMetId(nieuw)?.feit
  if (!nieuwFeit) return antwoorden
  const weg = new Set<string>()
  for (const { feiten } of tegenstrijdigheden(feitenUit(antwoorden), peildatum, model)) {
    if (feiten.includes(nieuwFeit)) for (const feit of feiten) if (feit !== nieuwFeit) weg.add(feit)
  }
  if (weg.size === 0) return antwoorden
  return antwoorden.filter((a) => {
    const feit = vraagMetId(a.vraag)?.feit
    return !feit || !weg.has(feit)
  })
}

export { VRAGEN }
