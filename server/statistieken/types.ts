/**
 * Anonymous use statistics: counts per day, onderwerp and language, never people.
 * A counter only ever stores a key from a fixed vocabulary (`isToegestaneSleutel`), so no id,
 * answer, note, IP or time finer than a day can end up in storage, even by mistake.
 */
import { ONDERWERPEN, VRAGEN, vraagMetId } from '../../flows/index.js'
import { VOORZIENINGEN } from '../../rules/index.js'

/** One increment: what happened, in which onderwerp and language. */
export interface Telling {
  /** An onderwerp, or `menu` while none is chosen yet. */
  readonly onderwerp: string
  readonly taal: string
  readonly sleutel: string
}

/** One stored figure. */
export interface Rij extends Telling {
  /** `YYYY-MM-DD` in Europe/Amsterdam. */
  readonly dag: string
  readonly aantal: number
}

/** Where the figures live: SQLite in one process, Redis when several processes share them. */
export interface Teller {
  readonly soort: 'sqlite' | 'redis'
  /** Adds the counts for one day. Returns at once and never throws: errors are logged and dropped. */
  tel(dag: string, tellingen: readonly Telling[]): void
  /** Waits until every count handed to `tel` so far is written (or has failed). For tests and shutdown. */
  leeg(): Promise<void>
  /** Every figure from `van` up to and including `tot` (`YYYY-MM-DD`). */
  lees(van: string, tot: string): Promise<Rij[]>
  close(): Promise<void>
}

export type Logboek = (bericht: string, fout: unknown) => void

/** Logs a failed write by its kind only: the message of a driver never reaches the log with data in it. */
export const standaardLogboek: Logboek = (bericht, fout) => {
  const f = fout as { name?: string; code?: string }
  console.error(JSON.stringify({ niveau: 'error', bericht, fout: f?.name ?? 'Error', code: f?.code }))
}

export const FEEDBACK = ['ja', 'een-beetje', 'nee'] as const
export type Feedback = (typeof FEEDBACK)[number]
export const OORDELEN = ['mogelijk', 'onbekend', 'niet'] as const
export const VERWIJZINGEN = ['uwv', 'andere-gemeente', 'onderwijs', 'aow', 'geen'] as const
export const MENU = 'menu'

const VRAAG_IDS = new Set<string>(['onderwerp', ...Object.keys(VRAGEN)])
const VASTE = new Set(['gestart', 'gekozen', 'klaar', 'samenvatting', 'gewist'])
const TAAL = /^[a-z]{2,3}$/

/** True for the keys of the fixed vocabulary; anything else is refused before it reaches storage. */
export function isToegestaneSleutel(sleutel: string): boolean {
  if (VASTE.has(sleutel)) return true
  const [soort, a, b, ...rest] = sleutel.split(':')
  if (rest.length > 0) return false
  switch (soort) {
    case 'bereikt':
    case 'beantwoord':
    case 'weetNiet':
      return b === undefined && a !== undefined && VRAAG_IDS.has(a) && vraagMetId(a) !== undefined
    case 'uitkomst':
      return (VOORZIENINGEN as readonly string[]).includes(a ?? '') && (OORDELEN as readonly string[]).includes(b ?? '')
    case 'doelgroepNee':
      return b === undefined && (VERWIJZINGEN as readonly string[]).includes(a ?? '')
    case 'feedback':
      return b === undefined && (FEEDBACK as readonly string[]).includes(a ?? '')
    default:
      return false
  }
}

/** True when the whole increment uses only the fixed vocabulary. */
export function isToegestaan(telling: Telling): boolean {
  return (
    (telling.onderwerp === MENU || (ONDERWERPEN as readonly string[]).includes(telling.onderwerp)) &&
    TAAL.test(telling.taal) &&
    isToegestaneSleutel(telling.sleutel)
  )
}

export const DAG = /^\d{4}-\d{2}-\d{2}$/
