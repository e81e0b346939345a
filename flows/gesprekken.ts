/**
 * Stepping a conversation without keeping an actor: the stored state (`flows/bewaard.ts`) is
 * restored with `resolveState`, asked once with `snapshot.can()` whether the request fits, and moved
 * with XState's pure `initialTransition()` and `transition()`. `verwerk` is the one entry point.
 */
import { initialTransition, transition } from 'xstate'
import type { StapGegevens } from '../contract/beschrijving.js'
import { isGeldigAntwoord, type Onderwerp, type VraagDefinitie, vraagMetId, type Waarde } from '../contract/vragen.js'
import { begrensdGeheugen } from '../gedeeld/geheugen.js'
import type { Regelmodel } from '../rules/index.js'
import { beschrijf } from './beschrijf.js'
import { type Bewaard, openVraag, uitSnapshot } from './bewaard.js'
import type { GesprekEvent } from './gesprek.js'
import { machinesVoor } from './machines.js'
import type { Afweging, FlowsOmgeving } from './strategie.js'

/** What a resident asks of the dialogue; `waarde` is checked here, against the question. */
export type Verzoek =
  | { readonly type: 'antwoord'; readonly vraag: string; readonly waarde: unknown }
  | { readonly type: 'wijzig'; readonly vraag: string; readonly waarde: unknown }
  | { readonly type: 'terug' }

/** Why a request does not fit; the route answers 409 (or 400 for `ongeldig`) with the matching text. */
export type Weigering = 'nietOpen' | 'nietBeantwoord' | 'geenTerug' | 'ongeldig'

export type Uitslag =
  | { readonly soort: 'stap'; readonly bewaard: Bewaard; readonly stap: StapGegevens }
  | { readonly soort: 'weigering'; readonly weigering: Weigering; readonly vraag?: VraagDefinitie }

/** A new dialogue: the state it opens in, and that state described. */
interface Begin {
  readonly bewaard: Bewaard
  readonly stap: StapGegevens
}

/** A frozen value: shared between conversations, so nothing may change it in place (it would throw). */
function bevroren(bewaard: Bewaard): Bewaard {
  Object.freeze(bewaard.context.antwoorden)
  Object.freeze(bewaard.context)
  return Object.freeze(bewaard)
}

/**
 * Every dialogue of an onderwerp opens the same way on the same day, so its start is made and
 * described once (XState's initial transition, the rules on no facts and the description; what that
 * saves: bench/RESULTS.md) and shared, frozen: a step never changes a state in place. Kept by value
 * (onderwerp and day) per rules model, through `gedeeld/geheugen.ts`.
 */
const starts = new WeakMap<Regelmodel, ReturnType<typeof begrensdGeheugen<string, Begin>>>()

function begin(onderwerp: Onderwerp | undefined, peildatum: string, model: Regelmodel): Begin {
  let perModel = starts.get(model)
  if (!perModel) {
    perModel = begrensdGeheugen<string, Begin>(64)
    starts.set(model, perModel)
  }
  return perModel.vind(`${onderwerp ?? ''}\u0000${peildatum}`, () => {
    const menu = onderwerp === undefined
    const [snapshot] = initialTransition(machinesVoor(model)[onderwerp ?? 'alles'], { peildatum, menu })
    const { bewaard, afweging } = uitSnapshot(snapshot)
    const gedeeld = bevroren(bewaard)
    return Object.freeze({ bewaard: gedeeld, stap: beschrijf(gedeeld, undefined, { model }, afweging) })
  })
}

/** Starts a conversation: with an onderwerp at its first question, without one at the menu. */
export function start(onderwerp: Onderwerp | undefined, peildatum: string, model: Regelmodel): Bewaard {
  return begin(onderwerp, peildatum, model).bewaard
}

/** A new conversation: its first state and what to show. */
export function nieuwGesprek(onderwerp: Onderwerp | undefined, peildatum: string, omgeving: FlowsOmgeving) {
  return begin(onderwerp, peildatum, omgeving.model)
}

function eventVoor(bewaard: Bewaard, verzoek: Verzoek): GesprekEvent {
  if (verzoek.type === 'terug') return { type: 'vraag.terug' }
  // Changing the open question is answering it.
  if (verzoek.type === 'wijzig' && verzoek.vraag !== openVraag(bewaard))
    return { type: 'antwoord.gewijzigd', vraag: verzoek.vraag, waarde: verzoek.waarde as Waarde }
  return { type: 'antwoord.gegeven', vraag: verzoek.vraag, waarde: verzoek.waarde as Waarde }
}

/** A request the machine takes no transition for: what it asked for is not there. */
const NIET_PASSEND: Readonly<Record<Verzoek['type'], Weigering>> = {
  antwoord: 'nietOpen',
  wijzig: 'nietBeantwoord',
  terug: 'geenTerug',
}

/**
 * Does the request fit, and if so the next state with the weighing made for it. The machine's guards
 * decide whether the request fits the dialogue (`snapshot.can()`); the value is then checked once
 * against its question, so a value for a question that is not open is a 409, not a 400.
 */
function stapMet(
  bewaard: Bewaard,
  verzoek: Verzoek,
  model: Regelmodel,
): { readonly bewaard: Bewaard; readonly afweging?: Afweging } | Extract<Uitslag, { soort: 'weigering' }> {
  const machine = machinesVoor(model)[bewaard.context.onderwerp]
  const snapshot = machine.resolveState({ value: bewaard.staat, context: bewaard.context })
  const event = eventVoor(bewaard, verzoek)
  if (!snapshot.can(event)) return { soort: 'weigering', weigering: NIET_PASSEND[verzoek.type] }
  if (event.type !== 'vraag.terug') {
    const vraag = vraagMetId(event.vraag)
    if (!vraag || !isGeldigAntwoord(vraag, event.waarde))
      return { soort: 'weigering', weigering: 'ongeldig', ...(vraag ? { vraag } : {}) }
  }
  const [volgende] = transition(machine, snapshot, event)
  return uitSnapshot(volgende)
}

/** Steps the conversation with the machine; undefined when the request does not fit the dialogue. */
export function stap(bewaard: Bewaard, verzoek: Verzoek, model: Regelmodel): Bewaard | undefined {
  const uit = stapMet(bewaard, verzoek, model)
  return 'soort' in uit ? undefined : uit.bewaard
}

/**
 * The one entry point for a request about a conversation: the stored state and what the resident
 * asks give the new state with what to show, or why it does not fit. The server loads before and
 * saves after; it decides nothing about the dialogue itself.
 */
export function verwerk(bewaard: Bewaard, verzoek: Verzoek, omgeving: FlowsOmgeving): Uitslag {
  const uit = stapMet(bewaard, verzoek, omgeving.model)
  if ('soort' in uit) return uit
  return { soort: 'stap', bewaard: uit.bewaard, stap: beschrijf(uit.bewaard, bewaard, omgeving, uit.afweging) }
}
