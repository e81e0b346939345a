/**
 * Facts that cannot both be true of one person (domain.md D2, interpretation 19). They are invalid
 * input, refused before `evaluate`: evaluating them let one added fact turn a decided outcome back
 * into `onbekend`, and told someone who said they had reached the AOW age "you are not that old yet".
 */
import type { Regelmodel } from './model.js'
import type { Feit, Situatie } from './situatie.js'

export interface Tegenstrijdigheid {
  /** The fact to point at (`/situatie/<feit>`): the one that cannot be true beside the others. */
  readonly feit: Feit
  /** Every fact of the contradiction: a dialogue keeps the one just given and drops the others. */
  readonly feiten: readonly Feit[]
  /** The text key under `tegenstrijdig.` in locales (`fouten`). */
  readonly sleutel: string
  readonly params: Readonly<Record<string, number>>
}

/**
 * The contradictions in a Situatie on a peildatum; empty when the facts fit together.
 * Only `leeftijd` below the AOW band with `aowLeeftijdBereikt: true` is one: nobody that young has
 * reached it. The other way round (old enough, `aowLeeftijdBereikt: false`) is not: the age decides.
 */
export function tegenstrijdigheden(s: Situatie, peildatum: string, model: Regelmodel): Tegenstrijdigheid[] {
  if (s.aowLeeftijdBereikt !== true || s.leeftijd === undefined) return []
  const { onder } = model.opDatum(peildatum).aowBand
  if (s.leeftijd >= onder) return []
  return [
    {
      feit: 'aowLeeftijdBereikt',
      feiten: ['leeftijd', 'aowLeeftijdBereikt'],
      sleutel: 'aowLeeftijdBereikt',
      params: { leeftijd: s.leeftijd, onder },
    },
  ]
}
