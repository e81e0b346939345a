/**
 * Facts that cannot both be true (domain.md D2, interpretation 19): nobody younger than the AOW
 * band has reached the AOW age. Such a Situatie is refused, never evaluated; a dialogue drops the
 * older of the two answers instead.
 */
import { aowBand } from './parameters.js'
import type { Feit, Situatie } from './situatie.js'

/** The groups of facts that contradict each other in this Situatie on this peildatum (empty: none). */
export function tegenstrijdigeFeiten(s: Situatie, peildatum: string): readonly (readonly Feit[])[] {
  const uit: Feit[][] = []
  if (s.aowLeeftijdBereikt === true && s.leeftijd !== undefined && s.leeftijd < aowBand(peildatum).onder) {
    uit.push(['leeftijd', 'aowLeeftijdBereikt'])
  }
  return uit
}
