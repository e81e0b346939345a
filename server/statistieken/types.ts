/**
 * Anonymous use statistics: counts per day, onderwerp and language, never people.
 * A counter only ever stores a key from a fixed vocabulary (`isToegestaneSleutel`), so no id,
 * answer, note, IP or time finer than a day can end up in storage, even by mistake.
 */

import { ONDERWERPEN } from '../../contract/index.js'
import { VRAGEN, vraagMetId } from '../../contract/vragen.js'
import {
  ACTIES,
  BEGRIP_SOORTEN,
  VERWIJZINGEN as CONTRACT_VERWIJZINGEN,
  FEEDBACK_ANTWOORDEN as FEEDBACK,
  OORDELEN,
  FEEDBACK_REDENEN as REDENEN,
} from '../../contract/waarden.js'
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
  /** Deletes the figures of every day before `grens` (`YYYY-MM-DD`); returns how many days went. */
  ruimOp(grens: string): Promise<number>
  /**
   * The secret the noise of the published figures is drawn with (docs/statistieken.md): made once,
   * kept beside the figures (which it protects nothing from: they are exact), the same for every process.
   */
  geheim(): Promise<string>
  /** How many days figures are kept (STATISTIEKEN_BEWAAR_DAGEN). */
  readonly bewaarDagen: number
  close(): Promise<void>
}

/**
 * How long figures are kept by default: about 13 months, so a month can be compared with the same
 * month a year earlier, and nothing older is kept (`STATISTIEKEN_BEWAAR_DAGEN`).
 */
export const STANDAARD_BEWAAR_DAGEN = 396

/** The first day that is still kept on `vandaag` when figures live `dagen` days. */
export function bewaarGrens(vandaag: string, dagen: number): string {
  return new Date(Date.parse(`${vandaag}T00:00:00Z`) - dagen * 86_400_000).toISOString().slice(0, 10)
}

export type Logboek = (bericht: string, fout: unknown) => void

/** Logs a failed write by its kind only: the message of a driver never reaches the log with data in it. */
export const standaardLogboek: Logboek = (bericht, fout) => {
  const f = fout as { name?: string; code?: string }
  console.error(JSON.stringify({ level: 'error', msg: bericht, fout: f?.name ?? 'Error', code: f?.code }))
}

/** The same, through the app's logger (its level, its format, its destination). */
export function logboekVan(logger: { error(velden: object, bericht: string): void }): Logboek {
  return (bericht, fout) => {
    const f = fout as { name?: string; code?: string }
    logger.error({ fout: f?.name ?? 'Error', code: f?.code }, bericht)
  }
}

// The fixed lists a count may name are the contract's (what the API accepts); only 'geen' is the counter's own.
export { ACTIES, FEEDBACK, OORDELEN, REDENEN }
export type { Actie, FeedbackAntwoord as Feedback, FeedbackReden } from '../../contract/waarden.js'
export const VERWIJZINGEN = [...CONTRACT_VERWIJZINGEN, 'geen'] as const
/** The kinds of typed messages (`begrip.soort` of the contract) are counted; the text itself never is. */
export { BEGRIP_SOORTEN }
export type { BegripSoort } from '../../contract/waarden.js'
export const MENU = 'menu'

const VRAAG_IDS = new Set<string>(['onderwerp', ...Object.keys(VRAGEN)])
const VASTE = new Set(['gestart', 'gekozen', 'klaar', 'samenvatting', 'gewist'])
const TAAL = /^[a-z]{2,3}$/
const in_ = (lijst: readonly string[], waarde: string | undefined) => waarde !== undefined && lijst.includes(waarde)

/** True for the keys of the fixed vocabulary; anything else is refused before it reaches storage. */
export function isToegestaneSleutel(sleutel: string): boolean {
  if (VASTE.has(sleutel)) return true
  const [soort, a, b, c, ...rest] = sleutel.split(':')
  if (rest.length > 0) return false
  const een = b === undefined && c === undefined
  switch (soort) {
    case 'bereikt':
    case 'beantwoord':
    case 'weetNiet':
      return een && a !== undefined && VRAAG_IDS.has(a) && vraagMetId(a) !== undefined
    case 'uitkomst':
      return c === undefined && in_(VOORZIENINGEN, a) && in_(OORDELEN, b)
    case 'doelgroepNee':
      return een && in_(VERWIJZINGEN, a)
    case 'feedback':
      // `feedback:nee` for the conversation, `feedback:nee:werkstage:mogelijk` per outcome it judged.
      return in_(FEEDBACK, a) && (b === undefined ? c === undefined : in_(VOORZIENINGEN, b) && in_(OORDELEN, c))
    case 'feedbackReden':
      return een && in_(REDENEN, a)
    case 'actie':
      return een && in_(ACTIES, a)
    case 'bericht':
      return een && in_(BEGRIP_SOORTEN, a)
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
