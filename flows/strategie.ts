/**
 * Which question comes next. The rules say what is undecided and which facts would decide it
 * (`ontbrekend`); this module only chooses the order. It decides nothing about eligibility.
 */

import {
  type Antwoord,
  ONDERWERP_VRAAG,
  type Onderwerp,
  VRAGEN,
  voorzieningenVan,
  vraagMetId,
  type Waarde,
} from '../contract/vragen.js'
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

/** The rules' evaluation of a conversation's answers, with the gemeente's rules model. */
export function evaluatieVan(ctx: Pick<GesprekContext, 'antwoorden' | 'peildatum'>, model: Regelmodel): Evaluatie {
  return evaluate(feitenUit(ctx.antwoorden), ctx.peildatum, model)
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

/**
 * The next question of the dialogue, or undefined when every outcome is decided or only "Weet ik niet"
 * remains. The notes are asked for only when no outcome needs a fact any more.
 */
export function volgendeVraag(
  ctx: GesprekContext,
  model: Regelmodel,
  e = evaluatieVan(ctx, model),
): string | undefined {
  return kandidaten(ctx, e)[0] ?? aandachtVragen(ctx, e, model)[0]
}

/**
 * Everything one step of the dialogue needs to know about its answers, worked out once: the rules'
 * evaluation, the facts that would decide an open outcome, the dialogue's notes, and so the next
 * question. The machine makes it when it chooses the next question and hands it along with the step;
 * the description, the estimate of what is left and the counts read it and never evaluate again.
 */
export interface Afweging {
  readonly evaluatie: Evaluatie
  /** The facts that would decide an undecided outcome of this dialogue, most needed first. */
  readonly kandidaten: readonly Feit[]
  /** The notes of this dialogue for its reader, and the facts that would decide an open one. */
  readonly aandacht: Aandacht
  /** The facts asked only for a note (at the end of the intake), not answered yet. */
  readonly aandachtVragen: readonly Feit[]
  /** The next question; undefined at the outcome. */
  readonly volgende?: string
}

export function weeg(ctx: GesprekContext, model: Regelmodel): Afweging {
  const evaluatie = evaluatieVan(ctx, model)
  const open = kandidaten(ctx, evaluatie)
  const aandacht = aandachtVan(ctx, evaluatie, model)
  const gehad = beantwoord(ctx)
  const aandachtVragen = ctx.onderwerp === 'alles' ? aandacht.ontbrekend.filter((f) => !gehad.has(f)) : []
  const volgende = open[0] ?? aandachtVragen[0]
  return { evaluatie, kandidaten: open, aandacht, aandachtVragen, ...(volgende ? { volgende } : {}) }
}

/** The answers that count as questions: the first menu ("Waar wil je meer over weten?") is not one. */
export function beantwoordeVragen(ctx: Pick<GesprekContext, 'antwoorden'>): number {
  return ctx.antwoorden.filter((a) => a.vraag !== ONDERWERP_VRAAG.id).length
}

/**
 * Someone in the middle of the road, to estimate how long a dialogue usually is: every fact still
 * missing counts as a question to come, but one answer often settles many (all fourteen example
 * persons answer 1 to 14 questions, while 17 facts are missing at the start).
 */
const TYPISCH: Readonly<Record<Feit, Waarde>> = {
  woontInGemeente: true,
  leeftijd: 35,
  aowLeeftijdBereikt: false,
  uitkering: 'bijstand',
  werktMetLoonkostensubsidie: false,
  maandenUitkering: 12,
  jarenGeenWerkinkomen: 2,
  ooitBetaaldGewerkt: true,
  startkwalificatie: false,
  kanBekostigdOnderwijsVolgen: false,
  afstandTotArbeidsmarkt: 'groot',
  kanOoitZonderSteunWerken: true,
  beperking: false,
  beschutteWerkplekNodig: false,
  kanVolledigMinimumloonVerdienen: true,
  contractMaanden: 12,
  jongsteKindLeeftijd: null,
  voorzieningOudeVerordening: false,
  alleenstaandeOuder: null,
}

/** How many questions the typical person answers in a dialogue: once per onderwerp, day and model. */
const typischeLengtes = begrensdGeheugen<string, { model: Regelmodel; lengte: number }>(64)

function typischAantal(onderwerp: Onderwerp, peildatum: string, model: Regelmodel): number {
  const sleutel = `${onderwerp}\u0000${peildatum}`
  const bekend = typischeLengtes.kijk(sleutel)
  if (bekend && bekend.model === model) return bekend.lengte
  let ctx: GesprekContext = { onderwerp, peildatum, antwoorden: [], terug: 0, weetNiet: 0 }
  for (let i = 0; i < FEITEN.length; i++) {
    const vraag = volgendeVraag(ctx, model)
    if (!vraag) break
    ctx = { ...ctx, antwoorden: [...ctx.antwoorden, { vraag, waarde: TYPISCH[vraag as Feit] ?? null }] }
  }
  const lengte = ctx.antwoorden.length
  typischeLengtes.bewaar(sleutel, { model, lengte })
  return lengte
}

/**
 * Estimated number of questions in all, the menu not counted: those answered plus those still to come.
 * To come: the facts still missing, but no more than the typical dialogue has left (at least one while
 * any is missing), so "Vraag 1 van ongeveer 11" and not "van ongeveer 17" for a dialogue of 6 to 14.
 */
export function geschat(ctx: GesprekContext, model: Regelmodel, afweging: Afweging): number {
  const gedaan = beantwoordeVragen(ctx)
  const missend = afweging.kandidaten.length + afweging.aandachtVragen.length
  const typischRest = typischAantal(ctx.onderwerp, ctx.peildatum, model) - gedaan
  return gedaan + Math.min(missend, Math.max(missend > 0 ? 1 : 0, typischRest))
}

/**
 * The answers the outcome rests on now: those the dialogue would ask, in order, if it started again
 * with the answers as they are. Without a change that is every answer given. After a change (the age
 * 16 made 61 with "Wijzig") an earlier answer may no longer be asked (the school question): it stays
 * in the conversation and counts again, without asking, if it matters again, but it is not one of
 * the facts this outcome rests on. A question the new path needs and nobody answered yet is passed.
 */
export function telendeAntwoorden(
  ctx: Pick<GesprekContext, 'antwoorden' | 'onderwerp' | 'peildatum'>,
  model: Regelmodel,
): readonly Antwoord[] {
  const gegeven = new Map(ctx.antwoorden.map((a) => [a.vraag, a]))
  const telt = new Set<Antwoord>()
  let pad: GesprekContext = {
    onderwerp: ctx.onderwerp,
    peildatum: ctx.peildatum,
    antwoorden: [],
    terug: 0,
    weetNiet: 0,
  }
  for (let i = 0; i < FEITEN.length; i++) {
    const vraag = volgendeVraag(pad, model)
    if (!vraag) break
    const antwoord = gegeven.get(vraag)
    if (antwoord) telt.add(antwoord)
    pad = { ...pad, antwoorden: [...pad.antwoorden, antwoord ?? { vraag, waarde: null }] }
  }
  return ctx.antwoorden.filter((a) => a.vraag === ONDERWERP_VRAAG.id || telt.has(a))
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
