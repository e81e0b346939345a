import type { Conditie, Context } from '../logica.js'

/** The voorziening ids, in contract order. */
export const VOORZIENINGEN = [
  'werkstage',
  'sociale-activering',
  'detacheringsbaan',
  'scholing',
  'participatieplaats',
  'beschut-werk',
  'leerwerktraject',
  'persoonlijke-ondersteuning',
  'no-riskpolis',
  'loonkostensubsidie',
  'loonkostensubsidie-loonwaarde',
  'bemiddeling',
] as const
export type VoorzieningId = (typeof VOORZIENINGEN)[number]

export interface Voorziening {
  readonly id: VoorzieningId
  /** The article that describes it, for lists and summaries. */
  readonly artikel: string
  /** The rule on a peildatum (beschut werk changed in 2017). */
  readonly conditie: (ctx: Context) => Conditie
}
