import type { Context } from 'hono'
import { beschrijf } from '../../../flows/index.js'
import type { AppEnv, Omgeving } from '../../context.js'
import { probleemAntwoord } from '../../problem.js'
import { maakStapWeergave } from '../../stap.js'
import { type EenKeer, tel } from '../../statistieken/meten.js'
import type { GesprekRecord, Schrijfuitslag } from '../../store/types.js'

/** Conversation ids are UUIDs; anything else cannot exist, so it is a 404 without asking the store. */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export const isGesprekId = (id: string) => ID.test(id)

/** 404 problem+json for an unknown or expired conversation, with the way to start again. */
export function gesprekNietGevonden(c: Context<AppEnv>, omgeving: Omgeving) {
  const start = `${omgeving.basisUrl}/api/v1/gesprekken`
  return probleemAntwoord(c, 404, c.get('fouten'), 'gesprekNietGevonden', { start })
}

/** The conversation with this id (one read of the store), or the 404 to send. */
export async function laadGesprek(c: Context<AppEnv>, omgeving: Omgeving, id: string) {
  if (!isGesprekId(id)) return gesprekNietGevonden(c, omgeving)
  return (await omgeving.store.get(id)) ?? gesprekNietGevonden(c, omgeving)
}

/** The conversation with the version a write must name, or the 404 to send. */
export async function laadVoorSchrijven(c: Context<AppEnv>, omgeving: Omgeving, id: string) {
  if (!isGesprekId(id)) return gesprekNietGevonden(c, omgeving)
  return (await omgeving.store.laad(id)) ?? gesprekNietGevonden(c, omgeving)
}

const weergaven = new WeakMap<Omgeving, ReturnType<typeof maakStapWeergave>>()

/**
 * 409 problem+json that carries the conversation as it is now (`stap`), so the widget can show
 * where the resident really is instead of an error: a double tap, or a second tab or server that
 * changed the conversation first.
 */
export function conflictMetStap(c: Context<AppEnv>, omgeving: Omgeving, record: GesprekRecord, sleutel: string) {
  let weergave = weergaven.get(omgeving)
  if (!weergave) {
    weergave = maakStapWeergave(omgeving)
    weergaven.set(omgeving, weergave)
  }
  const stap = weergave(record, beschrijf(record.bewaard, undefined, { model: omgeving.gemeente.regelmodel }))
  return probleemAntwoord(c, 409, c.get('fouten'), sleutel, {}, { stap })
}

/**
 * The answer for a write that did not win: `conflict` is a 409 with the current Stap (read again,
 * as the winner left it); `weg` (deleted meanwhile, or expired) is the 404. `undefined` when it won.
 */
export async function nietGewonnen(c: Context<AppEnv>, omgeving: Omgeving, id: string, uitslag: Schrijfuitslag) {
  if (uitslag === 'ok') return undefined
  const nu = uitslag === 'conflict' ? await omgeving.store.get(id) : undefined
  return nu ? conflictMetStap(c, omgeving, nu, 'gelijktijdig') : gesprekNietGevonden(c, omgeving)
}

/**
 * Counts something that counts once per conversation (a summary opened, a kind of action or typed
 * message) when the store's mark for it is new. The mark is apart from the record's version, so it
 * never makes the resident's own step lose; a store that fails counts nothing and fails nothing.
 */
export async function telEenKeer(omgeving: Omgeving, id: string, uit: EenKeer): Promise<void> {
  if (!omgeving.teller) return
  try {
    if (await omgeving.store.eenKeer(id, uit.merk)) tel(omgeving, uit.tellingen)
  } catch {
    // The store is down: the count is the least of it.
  }
}
