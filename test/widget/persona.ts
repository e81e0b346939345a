/**
 * Walking a persona through the widget: the test reads the open question from the API (the oracle)
 * and answers it the way a resident would, by the label on the screen.
 */
import { readFileSync } from 'node:fs'
import { URL as NodeURL } from 'node:url'
import type { Stap } from '../../contract/index.js'

type Situatie = Record<string, unknown>

interface Persona {
  naam: string
  situatie: Situatie
  verwacht: { oordelen: Record<string, string> }
}

const personas: Persona[] = JSON.parse(
  // Node's URL: the component tests run under happy-dom, which has its own.
  readFileSync(new NodeURL('../cases/personas.json', import.meta.url), 'utf8'),
)

export const SAMIRA = personas.find((p) => p.naam.startsWith('Samira')) as Persona

/** What to do for the open question: press a button (by its label) or type a number. */
export type Zet = { soort: 'knop'; label: string } | { soort: 'getal'; waarde: number }

export function zetVoor(vraag: NonNullable<Stap['vraag']>, situatie: Situatie): Zet {
  const waarde = vraag.feit !== undefined && vraag.feit in situatie ? situatie[vraag.feit] : null
  if (vraag.id === 'onderwerp') return { soort: 'knop', label: vraag.keuzes[0]?.label ?? '' }
  const keuze = vraag.keuzes.find((k) => k.waarde === waarde)
  if (keuze) return { soort: 'knop', label: keuze.label }
  if (vraag.soort === 'getal' && typeof waarde === 'number') return { soort: 'getal', waarde }
  // A fact the persona does not know: "Weet ik niet".
  const weetNiet = vraag.keuzes.filter((k) => k.waarde === null).at(-1)
  return { soort: 'knop', label: weetNiet?.label ?? '' }
}
