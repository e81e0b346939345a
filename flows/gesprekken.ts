/**
 * Stepping a conversation without keeping an actor: the state is a small JSON value that the
 * server stores, restored with `resolveState` and moved with the pure `initialTransition()` and
 * `transition()` of XState.
 */
import { initialTransition, transition } from 'xstate'
import type { Aandachtspunt, Evaluatie } from '../rules/index.js'
import type { GesprekEvent } from './gesprek.js'
import { MACHINES } from './machines.js'
import { type Antwoord, aandachtVan, evaluatieVan, feitenUit, type GesprekContext, geschat } from './strategie.js'
import { ONDERWERP_VRAAG, type Onderwerp, type VraagDefinitie, vraagMetId, type Waarde } from './vragen.js'

/** What the store keeps of a dialogue: the machine's state and context, nothing else. */
export interface Bewaard {
  /** `kiesOnderwerp` while the first menu is open; otherwise the machine's state. */
  readonly staat: 'kiesOnderwerp' | 'vraag' | 'uitkomst'
  readonly context: GesprekContext
}

export type Verzoek =
  | { readonly type: 'antwoord'; readonly vraag: string; readonly waarde: Waarde }
  | { readonly type: 'wijzig'; readonly vraag: string; readonly waarde: Waarde }
  | { readonly type: 'terug' }

/** After this many "Weet ik niet" answers, or going back this often, the route to a person is offered once. */
export const ROUTE_NA_WEET_NIET = 3
export const ROUTE_NA_TERUG = 6

/** A message key (under `berichten.` in gesprek.json) with the values it needs. */
export interface Bericht {
  readonly sleutel: string
  readonly waarden?: Readonly<Record<string, string>>
}

export interface StapGegevens {
  readonly vraag?: VraagDefinitie
  readonly antwoorden: readonly Antwoord[]
  readonly voortgang: { readonly beantwoord: number; readonly geschat: number }
  readonly kanTerug: boolean
  readonly klaar: boolean
  readonly evaluatie: Evaluatie
  /** The notes of this dialogue: its own voorzieningen's and the person's, for its reader. */
  readonly aandachtspunten: readonly Aandachtspunt[]
  /** Who reads the texts: the resident ("je") or an employer ("u"). */
  readonly lezer: Lezer
  readonly berichten: readonly Bericht[]
}

export type Lezer = 'inwoner' | 'werkgever'

/**
 * The notes written for employers too (texts under `aandachtspuntenWerkgever.`). The other notes
 * speak to the resident about their own life (a child, a benefit, the old rules), so the
 * werkgever dialogue leaves them out.
 */
export const AANDACHTSPUNTEN_WERKGEVER: readonly string[] = ['landelijkeRegelsNoRiskJobcoach']

function uitSnapshot(snapshot: { value: unknown; context: GesprekContext }): Bewaard {
  return { staat: snapshot.value === 'uitkomst' ? 'uitkomst' : 'vraag', context: snapshot.context }
}

/** A machine started on given answers; it opens the first question still missing. */
function begin(onderwerp: Onderwerp, peildatum: string, antwoorden: readonly Antwoord[]): Bewaard {
  const [snapshot] = initialTransition(MACHINES[onderwerp], { peildatum, antwoorden })
  return uitSnapshot(snapshot)
}

/** A frozen value: shared between conversations, so nothing may change it in place (it would throw). */
function bevroren(bewaard: Bewaard): Bewaard {
  Object.freeze(bewaard.context.antwoorden)
  Object.freeze(bewaard.context)
  return Object.freeze(bewaard)
}

/** How many start states `start` keeps: one per onderwerp and day (and a few peildata from tests). */
const STARTS = 64
const starts = new Map<string, Bewaard>()

/**
 * The state a new dialogue opens in. Every dialogue of an onderwerp opens the same way on the same
 * day, so it is made once (XState's initial transition and the rules on no facts were about half the
 * CPU of `POST /gesprekken`; issue 9) and shared, frozen. A step never changes a state in place, it
 * makes a new one, so sharing is safe; the identical `antwoorden` array also lets `evaluatieVan` find
 * the evaluation again.
 */
function beginLeeg(onderwerp: Onderwerp, peildatum: string): Bewaard {
  const sleutel = `${onderwerp}\u0000${peildatum}`
  let bewaard = starts.get(sleutel)
  if (!bewaard) {
    bewaard = bevroren(begin(onderwerp, peildatum, []))
    if (starts.size >= STARTS) starts.clear()
    starts.set(sleutel, bewaard)
  }
  return bewaard
}

/** Starts a conversation: with an onderwerp at its first question, without one at the menu. */
export function start(onderwerp: Onderwerp | undefined, peildatum: string): Bewaard {
  if (onderwerp) return beginLeeg(onderwerp, peildatum)
  return {
    staat: 'kiesOnderwerp',
    context: { onderwerp: 'alles', peildatum, antwoorden: [], vraag: ONDERWERP_VRAAG.id, terug: 0, weetNiet: 0 },
  }
}

/** The open question, if any. */
export function openVraag(bewaard: Bewaard): string | undefined {
  return bewaard.staat === 'uitkomst' ? undefined : bewaard.context.vraag
}

const heeftMenuAntwoord = (context: GesprekContext) => context.antwoorden[0]?.vraag === ONDERWERP_VRAAG.id

/** Can the resident go one question back? */
export function kanTerug(bewaard: Bewaard): boolean {
  return bewaard.staat !== 'kiesOnderwerp' && bewaard.context.antwoorden.length > 0
}

/**
 * Steps the conversation. Returns undefined when the request does not fit the dialogue
 * (not the open question, a question never answered, nothing to go back to).
 */
export function stap(bewaard: Bewaard, verzoek: Verzoek): Bewaard | undefined {
  const { context } = bewaard
  const isMenu = verzoek.type !== 'terug' && verzoek.vraag === ONDERWERP_VRAAG.id
  if (bewaard.staat === 'kiesOnderwerp') {
    if (!isMenu) return undefined
    const gekozen = verzoek.waarde as Onderwerp
    return begin(gekozen, context.peildatum, [{ vraag: ONDERWERP_VRAAG.id, waarde: gekozen }])
  }
  if (verzoek.type === 'terug' && heeftMenuAntwoord(context) && context.antwoorden.length === 1) {
    const menu = start(undefined, context.peildatum)
    return { ...menu, context: { ...menu.context, terug: context.terug + 1, weetNiet: context.weetNiet } }
  }
  if (isMenu) {
    // A new onderwerp keeps every answer: those the new dialogue needs are not asked again.
    if (verzoek.type !== 'wijzig' || !heeftMenuAntwoord(context)) return undefined
    const gekozen = verzoek.waarde as Onderwerp
    return begin(gekozen, context.peildatum, [
      { vraag: ONDERWERP_VRAAG.id, waarde: gekozen },
      ...context.antwoorden.slice(1),
    ])
  }
  const event: GesprekEvent =
    verzoek.type === 'terug'
      ? { type: 'vraag.terug' }
      : verzoek.type === 'wijzig' && verzoek.vraag !== openVraag(bewaard)
        ? { type: 'antwoord.gewijzigd', vraag: verzoek.vraag, waarde: verzoek.waarde }
        : { type: 'antwoord.gegeven', vraag: verzoek.vraag, waarde: verzoek.waarde }
  const machine = MACHINES[context.onderwerp]
  const snapshot = machine.resolveState({ value: bewaard.staat, context })
  const [volgende] = transition(machine, snapshot, event)
  if (volgende.context === snapshot.context) return undefined
  return uitSnapshot(volgende)
}

/** The facts collected so far. */
export function feiten(bewaard: Bewaard) {
  return feitenUit(bewaard.context.antwoorden)
}

function introVan(onderwerp: Onderwerp): Bericht {
  const soort = onderwerp === 'alles' || onderwerp === 'werkgever' ? onderwerp : 'voorziening'
  return { sleutel: `intro.${soort}`, waarden: { onderwerp } }
}

function berichtenVoor(
  bewaard: Bewaard,
  evaluatie: Evaluatie,
  vorige?: { bewaard: Bewaard; evaluatie: () => Evaluatie },
): Bericht[] {
  const { context } = bewaard
  const gekozen = bewaard.staat !== 'kiesOnderwerp'
  const uit: Bericht[] = []
  if (!vorige) uit.push({ sleutel: 'welkom' })
  if (gekozen && (!vorige || vorige.bewaard.staat === 'kiesOnderwerp')) uit.push(introVan(context.onderwerp))
  const werdNee = evaluatie.doelgroep.oordeel === 'nee' && vorige?.evaluatie().doelgroep.oordeel !== 'nee'
  if (gekozen && werdNee && context.onderwerp !== 'werkgever') {
    uit.push(
      { sleutel: 'doelgroepNee' },
      { sleutel: `verwijzing.${evaluatie.doelgroep.verwijzing ?? 'andere-gemeente'}` },
    )
  }
  const was = vorige?.bewaard.context
  if (
    was &&
    ((context.weetNiet >= ROUTE_NA_WEET_NIET && was.weetNiet < ROUTE_NA_WEET_NIET) ||
      (context.terug >= ROUTE_NA_TERUG && was.terug < ROUTE_NA_TERUG))
  ) {
    uit.push({ sleutel: 'routeNaarMens' })
  }
  if (bewaard.staat === 'uitkomst' && vorige?.bewaard.staat !== 'uitkomst') {
    uit.push({ sleutel: context.onderwerp === 'werkgever' ? 'klaarWerkgever' : 'klaar' })
  }
  return uit
}

/**
 * Describes a step without words: the open question, the answers, progress, the outcome and
 * message keys. With `vorige`, the messages are those of this step; without, those for a resume.
 */
export function beschrijf(bewaard: Bewaard, vorige?: Bewaard): StapGegevens {
  if (vorige) return beschrijving(bewaard, vorige)
  let gegevens = beschreven.get(bewaard)
  if (!gegevens) {
    gegevens = beschrijving(bewaard)
    beschreven.set(bewaard, gegevens)
  }
  return gegevens
}

/**
 * A state described without a previous one, found again by the state's identity (a state is never
 * changed in place). Every new dialogue of an onderwerp shares its start state, so a start, and
 * reading a conversation again from the memory store, is described once (issue 9).
 */
const beschreven = new WeakMap<Bewaard, StapGegevens>()

function beschrijving(bewaard: Bewaard, vorige?: Bewaard): StapGegevens {
  const { context } = bewaard
  const evaluatie = evaluatieVan(context)
  const open = openVraag(bewaard)
  // The previous evaluation only matters when the doelgroep is now "nee": evaluated only then.
  const vorigeGegevens = vorige && { bewaard: vorige, evaluatie: () => evaluatieVan(vorige.context) }
  const vraag = open ? vraagMetId(open) : undefined
  const geschatAantal = bewaard.staat === 'kiesOnderwerp' ? 1 : geschat(context, evaluatie)
  const lezer: Lezer = context.onderwerp === 'werkgever' ? 'werkgever' : 'inwoner'
  const eigen = aandachtVan(context, evaluatie).aandachtspunten
  const aandachtspunten =
    lezer === 'werkgever' ? eigen.filter((a) => AANDACHTSPUNTEN_WERKGEVER.includes(a.sleutel)) : eigen
  return {
    ...(vraag ? { vraag } : {}),
    antwoorden: context.antwoorden,
    voortgang: {
      beantwoord: context.antwoorden.length,
      geschat: Math.max(geschatAantal, context.antwoorden.length + (open ? 1 : 0)),
    },
    kanTerug: kanTerug(bewaard),
    klaar: bewaard.staat === 'uitkomst',
    evaluatie,
    aandachtspunten,
    lezer,
    berichten: berichtenVoor(bewaard, evaluatie, vorigeGegevens),
  }
}
