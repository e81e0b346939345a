/**
 * The dialogue as an XState v5 machine. One machine per onderwerp is made by `maakGesprekMachine`.
 * The machine holds answers and the open question; every choice of question goes through
 * `strategie.ts`, which asks `rules/`. The server keeps only the persisted snapshot and steps it
 * with the pure `transition()`: no actor lives between requests.
 */
import { assign, setup } from 'xstate'
import { type Antwoord, type GesprekContext, volgendeVraag, zonderTegenstrijdig } from './strategie.js'
import type { Onderwerp, Waarde } from './vragen.js'

export type GesprekEvent =
  | { type: 'antwoord.gegeven'; vraag: string; waarde: Waarde }
  | { type: 'antwoord.gewijzigd'; vraag: string; waarde: Waarde }
  | { type: 'vraag.terug' }

export interface GesprekInput {
  readonly peildatum: string
  readonly antwoorden?: readonly Antwoord[]
}

export function maakGesprekMachine(onderwerp: Onderwerp) {
  return setup({
    types: {
      context: {} as GesprekContext,
      events: {} as GesprekEvent,
      input: {} as GesprekInput,
    },
    guards: {
      isKlaar: ({ context }) => context.vraag === undefined,
      isOpenVraag: ({ context, event }) => event.type === 'antwoord.gegeven' && event.vraag === context.vraag,
      isEerderBeantwoord: ({ context, event }) =>
        event.type === 'antwoord.gewijzigd' && context.antwoorden.some((a) => a.vraag === event.vraag),
      kanTerug: ({ context }) => context.antwoorden.length > 0,
    },
    actions: {
      /** Asks the rules (through the strategy) which fact is still missing. */
      kiesVolgendeVraag: assign(({ context }) => ({ vraag: volgendeVraag(context) })),
      legAntwoordVast: assign(({ context, event }) => {
        if (event.type !== 'antwoord.gegeven') return {}
        const antwoorden = [...context.antwoorden, { vraag: event.vraag, waarde: event.waarde }]
        return {
          antwoorden: zonderTegenstrijdig(antwoorden, event.vraag, context.peildatum),
          weetNiet: context.weetNiet + (event.waarde === null ? 1 : 0),
        }
      }),
      wijzigAntwoord: assign(({ context, event }) => {
        if (event.type !== 'antwoord.gewijzigd') return {}
        const antwoorden = context.antwoorden.map((a) =>
          a.vraag === event.vraag ? { vraag: a.vraag, waarde: event.waarde } : a,
        )
        return { antwoorden: zonderTegenstrijdig(antwoorden, event.vraag, context.peildatum) }
      }),
      stapTerug: assign(({ context }) => ({ antwoorden: context.antwoorden.slice(0, -1), terug: context.terug + 1 })),
    },
  }).createMachine({
    id: `gesprek.${onderwerp}`,
    context: ({ input }) => ({
      onderwerp,
      peildatum: input.peildatum,
      antwoorden: input.antwoorden ?? [],
      terug: 0,
      weetNiet: 0,
    }),
    initial: 'volgende',
    states: {
      /** Chooses the next question; with none left, the outcome. */
      volgende: {
        entry: 'kiesVolgendeVraag',
        always: [{ guard: 'isKlaar', target: 'uitkomst' }, { target: 'vraag' }],
      },
      vraag: {
        on: {
          'antwoord.gegeven': { guard: 'isOpenVraag', target: 'volgende', actions: 'legAntwoordVast' },
          'antwoord.gewijzigd': { guard: 'isEerderBeantwoord', target: 'volgende', actions: 'wijzigAntwoord' },
          'vraag.terug': { guard: 'kanTerug', target: 'volgende', actions: 'stapTerug' },
        },
      },
      uitkomst: {
        on: {
          'antwoord.gewijzigd': { guard: 'isEerderBeantwoord', target: 'volgende', actions: 'wijzigAntwoord' },
          'vraag.terug': { guard: 'kanTerug', target: 'volgende', actions: 'stapTerug' },
        },
      },
    },
  })
}

export type GesprekMachine = ReturnType<typeof maakGesprekMachine>
