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

/** A conversation as read, with the version a write must name to replace it. */
export interface Geladen {
  readonly record: GesprekRecord
  /** Starts at 1 and goes up by one with every write that won. */
  readonly versie: number
}

/**
 * What a write did. `ok`: it won. `conflict`: another write came first (the version moved on).
 * `weg`: the conversation no longer exists (deleted, idle too long or past its lifetime); nothing
 * was written, so a deleted conversation never comes back.
 */
export type Schrijfuitslag = 'ok' | 'conflict' | 'weg'

export class OpslagFout extends Error {}

export interface StoreOpties {
  /** Idle time after which a conversation is forgotten (GESPREK_TTL_MINUTES). */
  readonly ttlMs: number
  /** Absolute lifetime from `aangemaakt`, however active the conversation is (GESPREK_MAX_UUR). */
  readonly maxLevensduurMs?: number
}

/**
 * Where conversations live. Every write is atomic per conversation: it names the version it read
 * and wins only if that is still the current one. Every method may throw `OpslagFout` when the
 * store cannot be reached.
 */
export interface GesprekStore {
  /** The conversation and its version; reading extends the idle time (never the lifetime). */
  laad(id: string): Promise<Geladen | undefined>
  /** The record only, for a read that will not write. */
  get(id: string): Promise<GesprekRecord | undefined>
  /** Stores a new conversation with version 1. An id that exists already is refused (`conflict`). */
  maak(record: GesprekRecord): Promise<'ok' | 'conflict'>
  /** Replaces the conversation if it still has version `versie`; never creates one. */
  bewaar(record: GesprekRecord, versie: number): Promise<Schrijfuitslag>
  /** Forgets the conversation at once; returns what was stored, so only the one delete that won counts. */
  delete(id: string): Promise<GesprekRecord | undefined>
  /**
   * Marks something that counts once per conversation (a summary opened, a kind of action): true the
   * first time, false after that, undefined when the conversation does not live. Atomic, and apart
   * from the record's version: it never makes a resident's own write lose. The marks go with the
   * conversation.
   */
  eenKeer(id: string, merk: string): Promise<boolean | undefined>
  /** True when the store can be used now. */
  gereed(): Promise<boolean>
  readonly soort: 'geheugen' | 'redis'
  close(): Promise<void>
}

/** Default absolute lifetime of a conversation (GESPREK_MAX_UUR's default). */
export const STANDAARD_MAX_UUR = 24

/** Milliseconds left before the conversation must go: the idle TTL, capped by its lifetime. */
export function resterend(aangemaakt: number, nu: number, { ttlMs, maxLevensduurMs }: StoreOpties): number {
  const max = maxLevensduurMs ?? STANDAARD_MAX_UUR * 3_600_000
  return Math.min(ttlMs, aangemaakt + max - nu)
}
