/**
 * The dialogue as an XState v5 machine. One machine per onderwerp is made by `maakGesprekMachine`;
 * all share one definition, and every choice reads `context.onderwerp`, so a conversation that
 * starts at the menu moves on with the onderwerp chosen there.
 * The machine holds answers and the open question; every choice of question goes through
 * `strategie.ts`, which asks `rules/`. The server keeps only the persisted snapshot and steps it
 * with XState's pure `transition()`: no actor lives between requests.
 *
 * The guards say whether a request fits the dialogue (the open question, a question answered
 * before, somewhere to go back to); `flows/gesprekken.ts` asks them once with `snapshot.can()`.
 * Whether a value fits its question is checked there too, once, before the machine moves.
 */
import { assign, setup } from 'xstate'
import { ONDERWERP_VRAAG, ONDERWERPEN, type Onderwerp, type Waarde } from '../contract/vragen.js'
import type { Regelmodel } from '../rules/index.js'
import { type Afweging, type Antwoord, type GesprekContext, weeg, zonderTegenstrijdig } from './strategie.js'

export type GesprekEvent =
  | { type: 'antwoord.gegeven'; vraag: string; waarde: Waarde }
  | { type: 'antwoord.gewijzigd'; vraag: string; waarde: Waarde }
  | { type: 'vraag.terug' }

export interface GesprekInput {
  readonly peildatum: string
  readonly antwoorden?: readonly Antwoord[]
  /** Start at the menu: the resident chooses the onderwerp first. */
  readonly menu?: boolean
}

const isOnderwerp = (waarde: unknown): waarde is Onderwerp => ONDERWERPEN.includes(waarde as Onderwerp)
const heeftMenuAntwoord = (context: GesprekContext) => context.antwoorden[0]?.vraag === ONDERWERP_VRAAG.id
const menuAntwoord = (onderwerp: Onderwerp): Antwoord => ({ vraag: ONDERWERP_VRAAG.id, waarde: onderwerp })

/**
 * The machine's context: what the store keeps, and while a step is taken the weighing made for its
 * next question (`flows/bewaard.ts` hands it along and never stores it).
 */
export interface MachineContext extends GesprekContext {
  readonly afweging?: Afweging
}

/** Without input (the throwaway actor of XState's `transition()`), the menu: it asks nothing of the rules. */
const ZONDER_INPUT: GesprekInput = { peildatum: '', menu: true }

/** Changing an earlier answer, and going back: the same at an open question and at the outcome. */
const WIJZIGEN_EN_TERUG = {
  'antwoord.gewijzigd': [
    { guard: 'isAnderOnderwerp', target: 'volgende', actions: 'wisselOnderwerp' },
    { guard: 'isEerderBeantwoord', target: 'volgende', actions: 'wijzigAntwoord' },
  ],
  'vraag.terug': [
    { guard: 'isTerugNaarMenu', target: 'kiesOnderwerp', actions: 'openMenu' },
    { guard: 'kanTerug', target: 'volgende', actions: 'stapTerug' },
  ],
} as const

export function maakGesprekMachine(onderwerp: Onderwerp, model: Regelmodel) {
  return setup({
    types: {
      context: {} as MachineContext,
      events: {} as GesprekEvent,
      input: {} as GesprekInput | undefined,
    },
    guards: {
      isMenu: ({ context }) => context.vraag === ONDERWERP_VRAAG.id && context.antwoorden.length === 0,
      isKlaar: ({ context }) => context.vraag === undefined,
      isMenuKeuze: ({ event }) => event.type === 'antwoord.gegeven' && event.vraag === ONDERWERP_VRAAG.id,
      isOpenVraag: ({ context, event }) => event.type === 'antwoord.gegeven' && event.vraag === context.vraag,
      isAnderOnderwerp: ({ context, event }) =>
        event.type === 'antwoord.gewijzigd' && event.vraag === ONDERWERP_VRAAG.id && heeftMenuAntwoord(context),
      isEerderBeantwoord: ({ context, event }) =>
        event.type === 'antwoord.gewijzigd' &&
        event.vraag !== ONDERWERP_VRAAG.id &&
        context.antwoorden.some((a) => a.vraag === event.vraag),
      /** Back from the first question after the menu: the menu opens again. */
      isTerugNaarMenu: ({ context }) => heeftMenuAntwoord(context) && context.antwoorden.length === 1,
      kanTerug: ({ context }) => context.antwoorden.length > 0,
    },
    actions: {
      /** Asks the rules (through the strategy) which fact is still missing; the weighing goes along with the step. */
      kiesVolgendeVraag: assign(({ context }) => {
        const afweging = weeg(context, model)
        return { vraag: afweging.volgende, afweging }
      }),
      kiesOnderwerp: assign(({ context, event }) => {
        if (event.type !== 'antwoord.gegeven' || !isOnderwerp(event.waarde)) return {}
        return { onderwerp: event.waarde, antwoorden: [menuAntwoord(event.waarde), ...context.antwoorden] }
      }),
      /** A new onderwerp keeps every answer: those the new dialogue needs are not asked again. */
      wisselOnderwerp: assign(({ context, event }) => {
        if (event.type !== 'antwoord.gewijzigd' || !isOnderwerp(event.waarde)) return {}
        return { onderwerp: event.waarde, antwoorden: [menuAntwoord(event.waarde), ...context.antwoorden.slice(1)] }
      }),
      openMenu: assign(({ context }) => ({
        onderwerp: 'alles' as const,
        antwoorden: [],
        vraag: ONDERWERP_VRAAG.id,
        terug: context.terug + 1,
        afweging: undefined,
      })),
      legAntwoordVast: assign(({ context, event }) => {
        if (event.type !== 'antwoord.gegeven') return {}
        const antwoorden = [...context.antwoorden, { vraag: event.vraag, waarde: event.waarde }]
        return {
          antwoorden: zonderTegenstrijdig(antwoorden, event.vraag, context.peildatum, model),
          weetNiet: context.weetNiet + (event.waarde === null ? 1 : 0),
        }
      }),
      wijzigAntwoord: assign(({ context, event }) => {
        if (event.type !== 'antwoord.gewijzigd') return {}
        const antwoorden = context.antwoorden.map((a) =>
          a.vraag === event.vraag ? { vraag: a.vraag, waarde: event.waarde } : a,
        )
        return { antwoorden: zonderTegenstrijdig(antwoorden, event.vraag, context.peildatum, model) }
      }),
      stapTerug: assign(({ context }) => ({ antwoorden: context.antwoorden.slice(0, -1), terug: context.terug + 1 })),
    },
  }).createMachine({
    id: `gesprek.${onderwerp}`,
    context: ({ input = ZONDER_INPUT }) => ({
      onderwerp,
      peildatum: input.peildatum,
      antwoorden: input.antwoorden ?? [],
      ...(input.menu ? { vraag: ONDERWERP_VRAAG.id } : {}),
      terug: 0,
      weetNiet: 0,
    }),
    initial: 'begin',
    states: {
      begin: { always: [{ guard: 'isMenu', target: 'kiesOnderwerp' }, { target: 'volgende' }] },
      /** The first menu: which support the resident asks about. It fills no fact. */
      kiesOnderwerp: {
        on: {
          'antwoord.gegeven': { guard: 'isMenuKeuze', target: 'volgende', actions: 'kiesOnderwerp' },
        },
      },
      /** Chooses the next question; with none left, the outcome. */
      volgende: {
        entry: 'kiesVolgendeVraag',
        always: [{ guard: 'isKlaar', target: 'uitkomst' }, { target: 'vraag' }],
      },
      vraag: {
        on: {
          'antwoord.gegeven': { guard: 'isOpenVraag', target: 'volgende', actions: 'legAntwoordVast' },
          ...WIJZIGEN_EN_TERUG,
        },
      },
      /** At the outcome an answer can still be changed, or the resident can go back. */
      uitkomst: { on: WIJZIGEN_EN_TERUG },
    },
  })
}

export type GesprekMachine = ReturnType<typeof maakGesprekMachine>
