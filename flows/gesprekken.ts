/**
 * Stepping a conversation without keeping an actor: the state is a small JSON value that the
 * server stores, restored with `resolveState` and moved with the pure `initialTransition()` and
 * `transition()` of XState.
 */
import { createActor, initialTransition } from 'xstate'
import { type Bericht, type StapGegevens, WELKOM, WELKOM_WERKGEVER } from '../contract/beschrijving.js'
import {
  isGeldigAntwoord,
  type Onderwerp,
  type VraagDefinitie,
  voorzieningenVan,
  vraagMetId,
  type Waarde,
  WERKGEVER_VOORZIENINGEN,
} from '../contract/vragen.js'
import { begrensdGeheugen } from '../gedeeld/geheugen.js'
import type { Evaluatie, Lezer, Regelmodel } from '../rules/index.js'
import type { GesprekEvent, GesprekMachine } from './gesprek.js'
import { machinesVoor } from './machines.js'
import {
  aandachtVan,
  beantwoordeVragen,
  evaluatieVan,
  type FlowsOmgeving,
  feitenUit,
  type GesprekContext,
  geschat,
} from './strategie.js'

/** What the store keeps of a dialogue: the machine's state and context, nothing else. */
export interface Bewaard {
  /** `kiesOnderwerp` while the first menu is open; otherwise the machine's state. */
  readonly staat: 'kiesOnderwerp' | 'vraag' | 'uitkomst'
  readonly context: GesprekContext
}

/** What a resident asks of the dialogue; `waarde` is checked here, against the question. */
export type Verzoek =
  | { readonly type: 'antwoord'; readonly vraag: string; readonly waarde: unknown }
  | { readonly type: 'wijzig'; readonly vraag: string; readonly waarde: unknown }
  | { readonly type: 'terug' }

/** After this many "Weet ik niet" answers, or going back this often, the route to a person is offered once. */
export const ROUTE_NA_WEET_NIET = 3
export const ROUTE_NA_TERUG = 6

/** The description of a step lives in the contract: the server reads it without importing flows/. */
export { type Bericht, type StapGegevens, WELKOM, WELKOM_WERKGEVER }

export type { Lezer }

function uitSnapshot(snapshot: { value: unknown; context: GesprekContext }): Bewaard {
  const staat = snapshot.value === 'uitkomst' || snapshot.value === 'kiesOnderwerp' ? snapshot.value : 'vraag'
  return { staat, context: snapshot.context }
}

/** A machine started on given answers; it opens the menu, or the first question still missing. */
function begin(onderwerp: Onderwerp, peildatum: string, menu: boolean, model: Regelmodel): Bewaard {
  const [snapshot] = initialTransition(machinesVoor(model)[onderwerp], { peildatum, menu })
  return uitSnapshot(snapshot)
}

/** A frozen value: shared between conversations, so nothing may change it in place (it would throw). */
function bevroren(bewaard: Bewaard): Bewaard {
  Object.freeze(bewaard.context.antwoorden)
  Object.freeze(bewaard.context)
  return Object.freeze(bewaard)
}

/**
 * The state a new dialogue opens in. Every dialogue of an onderwerp opens the same way on the same
 * day, so it is made once (XState's initial transition and the rules on no facts were about half
 * the CPU of `POST /gesprekken`) and shared, frozen. A step never changes a state in place, it makes
 * a new one, so sharing is safe; the identical `antwoorden` array also lets `evaluatieVan` find the
 * evaluation again. One per rules model, onderwerp and day, and a few peildata from tests.
 */
const starts = new WeakMap<Regelmodel, ReturnType<typeof begrensdGeheugen<string, Bewaard>>>()

/** Starts a conversation: with an onderwerp at its first question, without one at the menu. */
export function start(onderwerp: Onderwerp | undefined, peildatum: string, model: Regelmodel): Bewaard {
  let perModel = starts.get(model)
  if (!perModel) {
    perModel = begrensdGeheugen<string, Bewaard>(64)
    starts.set(model, perModel)
  }
  const sleutel = `${onderwerp ?? ''}\u0000${peildatum}`
  return perModel.vind(sleutel, () => bevroren(begin(onderwerp ?? 'alles', peildatum, onderwerp === undefined, model)))
}

/** A new conversation: its first state and what to show. */
export function nieuwGesprek(onderwerp: Onderwerp | undefined, peildatum: string, omgeving: FlowsOmgeving) {
  const bewaard = start(onderwerp, peildatum, omgeving.model)
  return { bewaard, stap: beschrijf(bewaard, undefined, omgeving) }
}

/** The open question, if any. */
export function openVraag(bewaard: Bewaard): string | undefined {
  return bewaard.staat === 'uitkomst' ? undefined : bewaard.context.vraag
}

/** Can the resident go one question back? */
export function kanTerug(bewaard: Bewaard): boolean {
  return bewaard.staat !== 'kiesOnderwerp' && bewaard.context.antwoorden.length > 0
}

function eventVoor(bewaard: Bewaard, verzoek: Verzoek): GesprekEvent {
  if (verzoek.type === 'terug') return { type: 'vraag.terug' }
  // Changing the open question is answering it.
  if (verzoek.type === 'wijzig' && verzoek.vraag !== openVraag(bewaard))
    return { type: 'antwoord.gewijzigd', vraag: verzoek.vraag, waarde: verzoek.waarde as Waarde }
  return { type: 'antwoord.gegeven', vraag: verzoek.vraag, waarde: verzoek.waarde as Waarde }
}

type Scope = Parameters<GesprekMachine['transition']>[2]

/**
 * What a machine's `transition` needs besides the state and the event, made once per machine.
 * XState's pure `transition()` makes a throwaway actor for it on every call, and that actor computes
 * the machine's initial state (a tenth of a step's CPU). Our machines only assign context: they run
 * no actions, spawn nothing and send nothing, so a scope that ignores all of that can be shared.
 */
const scopes = new WeakMap<GesprekMachine, Scope>()

function scopeVan(machine: GesprekMachine, peildatum: string): Scope {
  let scope = scopes.get(machine)
  if (!scope) {
    // Opened at the menu, so making this actor asks nothing of the rules.
    const self = createActor(machine, { input: { peildatum, menu: true } })
    scope = {
      self,
      id: '',
      sessionId: '',
      logger: () => {},
      defer: () => {},
      emit: () => {},
      system: self.system,
      stopChild: () => {},
      actionExecutor: () => {},
    }
    scopes.set(machine, scope)
  }
  return scope
}

/**
 * Steps the conversation with the machine. Returns undefined when the machine takes no transition:
 * the request does not fit the dialogue (not the open question, a question never answered,
 * nothing to go back to, a value the question does not accept).
 */
export function stap(bewaard: Bewaard, verzoek: Verzoek, model: Regelmodel): Bewaard | undefined {
  const machine = machinesVoor(model)[bewaard.context.onderwerp]
  const snapshot = machine.resolveState({ value: bewaard.staat, context: bewaard.context })
  const volgende = machine.transition(
    snapshot,
    eventVoor(bewaard, verzoek),
    scopeVan(machine, bewaard.context.peildatum),
  )
  if (volgende.context === snapshot.context) return undefined
  return uitSnapshot(volgende)
}

/** Why a request does not fit; the route answers 409 (or 400 for `ongeldig`) with the matching text. */
export type Weigering = 'nietOpen' | 'nietBeantwoord' | 'geenTerug' | 'ongeldig'

export type Uitslag =
  | { readonly soort: 'stap'; readonly bewaard: Bewaard; readonly stap: StapGegevens }
  | { readonly soort: 'weigering'; readonly weigering: Weigering; readonly vraag?: VraagDefinitie }

/** Does the request name a question it may name (open, or answered before for a change)? */
function pastVerzoek(bewaard: Bewaard, verzoek: Verzoek): Weigering | undefined {
  if (verzoek.type === 'terug') return kanTerug(bewaard) ? undefined : 'geenTerug'
  const open = openVraag(bewaard)
  if (verzoek.type === 'antwoord') return verzoek.vraag === open ? undefined : 'nietOpen'
  const gegeven = bewaard.context.antwoorden.some((a) => a.vraag === verzoek.vraag) || verzoek.vraag === open
  return gegeven ? undefined : 'nietBeantwoord'
}

/**
 * The one entry point for a request about a conversation: the stored state and what the resident
 * asks give the new state with what to show, or why it does not fit. The route loads before and
 * saves after; it decides nothing about the dialogue itself.
 */
export function verwerk(bewaard: Bewaard, verzoek: Verzoek, omgeving: FlowsOmgeving): Uitslag {
  const past = pastVerzoek(bewaard, verzoek)
  if (past) return { soort: 'weigering', weigering: past }
  if (verzoek.type !== 'terug') {
    const vraag = vraagMetId(verzoek.vraag)
    if (!vraag || !isGeldigAntwoord(vraag, verzoek.waarde)) {
      return { soort: 'weigering', weigering: 'ongeldig', ...(vraag ? { vraag } : {}) }
    }
  }
  const volgende = stap(bewaard, verzoek, omgeving.model)
  if (!volgende) return { soort: 'weigering', weigering: verzoek.type === 'terug' ? 'geenTerug' : 'nietOpen' }
  return { soort: 'stap', bewaard: volgende, stap: beschrijf(volgende, bewaard, omgeving) }
}

/** The facts collected so far. */
export function feiten(bewaard: Bewaard) {
  return feitenUit(bewaard.context.antwoorden)
}

function introVan(onderwerp: Onderwerp): Bericht {
  const soort = onderwerp === 'alles' || onderwerp === 'werkgever' ? onderwerp : 'voorziening'
  return { sleutel: `berichten.intro.${soort}`, soort: 'info', waarden: { onderwerp } }
}

/**
 * Outside the doelgroep (art. 2): the resident is told so, and sent on. An employer asks about a
 * candidate, not about themselves, so their dialogue says nothing of it.
 */
export function buitenDoelgroep(bewaard: Bewaard, evaluatie: Evaluatie): boolean {
  return evaluatie.doelgroep.oordeel === 'nee' && bewaard.context.onderwerp !== 'werkgever'
}

/** "Dit is wat misschien bij je past" above nothing of this dialogue that fits would say what is not there. */
function klaarSleutel(bewaard: Bewaard, evaluatie: Evaluatie): string {
  const getoond = new Set<string>(voorzieningenVan(bewaard.context.onderwerp))
  const pastIets = evaluatie.uitkomsten.some((u) => u.oordeel === 'mogelijk' && getoond.has(u.voorziening))
  return pastIets ? 'berichten.klaar' : 'berichten.klaarNietsPast'
}

function berichtenVoor(
  bewaard: Bewaard,
  evaluatie: Evaluatie,
  vorige?: { bewaard: Bewaard; evaluatie: () => Evaluatie },
): Bericht[] {
  const { context } = bewaard
  const gekozen = bewaard.staat !== 'kiesOnderwerp'
  const uit: Bericht[] = []
  // A dialogue that starts as an employer's says "u" from its first word.
  if (!vorige)
    uit.push({ sleutel: context.onderwerp === 'werkgever' && gekozen ? WELKOM_WERKGEVER : WELKOM, soort: 'welkom' })
  if (gekozen && (!vorige || vorige.bewaard.staat === 'kiesOnderwerp')) uit.push(introVan(context.onderwerp))
  const werdNee = buitenDoelgroep(bewaard, evaluatie) && vorige?.evaluatie().doelgroep.oordeel !== 'nee'
  if (gekozen && werdNee) {
    // A UWV client who may get beschut werk (Pw art. 10b from 2017) is not told the gemeente cannot help.
    const beschutWerk =
      evaluatie.doelgroep.verwijzing === 'uwv' &&
      evaluatie.uitkomsten.some((u) => u.voorziening === 'beschut-werk' && u.oordeel !== 'niet')
    uit.push(
      {
        sleutel: beschutWerk ? 'berichten.doelgroepNeeBeschutWerk' : 'berichten.doelgroepNee',
        soort: 'verwijzing',
      },
      {
        sleutel: beschutWerk
          ? 'berichten.verwijzing.uwvBeschutWerk'
          : `berichten.verwijzing.${evaluatie.doelgroep.verwijzing ?? 'andere-gemeente'}`,
        soort: 'verwijzing',
      },
    )
  }
  // Rules unknown (young people under 27 from 2026): said once, when it first decides the doelgroep.
  const werdRegelsOnbekend =
    evaluatie.doelgroep.regelsOnbekend &&
    !vorige?.evaluatie().doelgroep.regelsOnbekend &&
    context.onderwerp !== 'werkgever'
  if (gekozen && werdRegelsOnbekend) uit.push({ sleutel: 'berichten.regelsOnbekend', soort: 'verwijzing' })
  const was = vorige?.bewaard.context
  if (
    was &&
    ((context.weetNiet >= ROUTE_NA_WEET_NIET && was.weetNiet < ROUTE_NA_WEET_NIET) ||
      (context.terug >= ROUTE_NA_TERUG && was.terug < ROUTE_NA_TERUG))
  ) {
    uit.push({ sleutel: 'berichten.routeNaarMens', soort: 'mens' })
  }
  if (bewaard.staat === 'uitkomst' && vorige?.bewaard.staat !== 'uitkomst') {
    uit.push({
      sleutel: context.onderwerp === 'werkgever' ? 'berichten.klaarWerkgever' : klaarSleutel(bewaard, evaluatie),
      soort: 'klaar',
    })
  }
  return uit
}

/**
 * At an employer's outcome: the package of the gemeente and UWV, one line per voorziening that
 * may fit the candidate (shown again on a resume, as the outcome is).
 */
function aanbodVoorWerkgever(evaluatie: Evaluatie): Bericht[] {
  const open = new Set(evaluatie.uitkomsten.filter((u) => u.oordeel !== 'niet').map((u) => u.voorziening))
  const aanbod = WERKGEVER_VOORZIENINGEN.filter((v) => open.has(v))
  return aanbod.length === 0
    ? []
    : [
        { sleutel: 'werkgever.aanbod', soort: 'info' },
        ...aanbod.map((v): Bericht => ({ sleutel: `werkgever.${v}`, soort: 'info' })),
      ]
}

/**
 * Describes a step without words: the open question, the answers, progress, the outcome and
 * message keys. With `vorige`, the messages are those of this step; without, those for a resume.
 */
export function beschrijf(bewaard: Bewaard, vorige: Bewaard | undefined, omgeving: FlowsOmgeving): StapGegevens {
  if (vorige) return beschrijving(bewaard, omgeving, vorige)
  const { model } = omgeving
  const bekend = beschreven.kijk(bewaard)
  if (bekend && bekend.model === model) return bekend.gegevens
  const gegevens = beschrijving(bewaard, omgeving)
  beschreven.bewaar(bewaard, { model, gegevens })
  return gegevens
}

/** The wording of a question for the facts so far, when it has another than the usual one. */
function variantVan(vraag: VraagDefinitie, context: GesprekContext): { vraagVariant?: string } {
  const variant = vraag.variant?.(feitenUit(context.antwoorden))
  return variant ? { vraagVariant: variant } : {}
}

/**
 * A state described without a previous one, found again by the state's identity (a state is never
 * changed in place). Every new dialogue of an onderwerp shares its start state, so a start, and
 * reading a conversation again from the memory store, is described once.
 */
const beschreven = begrensdGeheugen<Bewaard, { model: Regelmodel; gegevens: StapGegevens }>(256)

function beschrijving(bewaard: Bewaard, omgeving: FlowsOmgeving, vorige?: Bewaard): StapGegevens {
  const { context } = bewaard
  const { model } = omgeving
  const evaluatie = evaluatieVan(context, model)
  const open = openVraag(bewaard)
  // The previous evaluation only matters when the doelgroep is now "nee": evaluated only then.
  const vorigeGegevens = vorige && { bewaard: vorige, evaluatie: () => evaluatieVan(vorige.context, model) }
  const vraag = open ? vraagMetId(open) : undefined
  const geschatAantal = bewaard.staat === 'kiesOnderwerp' ? 1 : geschat(context, model, evaluatie)
  const beantwoord = beantwoordeVragen(context)
  const lezer: Lezer = context.onderwerp === 'werkgever' ? 'werkgever' : 'inwoner'
  // The notes for this reader: the model says which are written for an employer (`lezers`).
  const aandachtspunten = aandachtVan(context, evaluatie, model).aandachtspunten
  return {
    ...(vraag ? { vraag } : {}),
    antwoorden: context.antwoorden,
    voortgang: {
      beantwoord,
      geschat: Math.max(geschatAantal, beantwoord + (open ? 1 : 0)),
    },
    kanTerug: kanTerug(bewaard),
    klaar: bewaard.staat === 'uitkomst',
    evaluatie,
    aandachtspunten,
    rechten: lezer === 'werkgever' ? [] : evaluatie.rechten,
    ...(vraag?.variant ? variantVan(vraag, context) : {}),
    lezer,
    buitenDoelgroep: buitenDoelgroep(bewaard, evaluatie),
    berichten: [
      ...berichtenVoor(bewaard, evaluatie, vorigeGegevens),
      ...(bewaard.staat === 'uitkomst' && lezer === 'werkgever' ? aanbodVoorWerkgever(evaluatie) : []),
    ],
  }
}
