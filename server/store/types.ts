import type { Bewaard } from '../../flows/index.js'

/**
 * One conversation as stored: the dialogue's state, the language, timestamps, and the resident's
 * own notes if they wrote any. No IP, no user agent, nothing else.
 */
export interface GesprekRecord {
  readonly id: string
  readonly taal: string
  /** Epoch milliseconds. */
  readonly aangemaakt: number
  readonly bijgewerkt: number
  readonly bewaard: Bewaard
  readonly notities?: string
}

export class OpslagFout extends Error {}

/** Where conversations live. Every method may throw `OpslagFout` when the store cannot be reached. */
export interface GesprekStore {
  get(id: string): Promise<GesprekRecord | undefined>
  set(record: GesprekRecord): Promise<void>
  delete(id: string): Promise<boolean>
  /** True when the store can be used now. */
  gereed(): Promise<boolean>
  readonly soort: 'geheugen' | 'redis'
  close(): Promise<void>
}
