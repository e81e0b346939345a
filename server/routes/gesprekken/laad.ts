/**
 * The HTTP side of the conversation service (`server/gesprekdienst.ts`) that every conversation
 * route shares: a conversation it could not reach is a 404 (or the 400 of an unknown gemeente), a
 * write another request won is a 409 that carries the conversation as it is now.
 */
import type { Context } from 'hono'
import type { Stap } from '../../../contract/index.js'
import type { AppEnv, Omgeving } from '../../context.js'
import type { NietBereikt, Uitkomst } from '../../gesprekdienst.js'
import { probleemAntwoord } from '../../problem.js'
import { type EenKeer, tel } from '../../statistieken/meten.js'

/** 404 problem+json for an unknown or expired conversation, with the way to start again. */
export function gesprekNietGevonden(c: Context<AppEnv>, omgeving: Omgeving) {
  const start = `${omgeving.basisUrl}/api/v1/gesprekken`
  return probleemAntwoord(c, 404, c.get('fouten'), 'gesprekNietGevonden', { start })
}

/**
 * 409 problem+json that carries the conversation as it is now (`stap`), so the widget can show
 * where the resident really is instead of an error: a double tap, or a second tab or server that
 * changed the conversation first.
 */
export function conflictMetStap(c: Context<AppEnv>, sleutel: string, stap: Stap) {
  return probleemAntwoord(c, 409, c.get('fouten'), sleutel, {}, { stap })
}

/** A request that did not reach the conversation: 404, or the 400 of a gemeente that is not there. */
export function nietBereikt(c: Context<AppEnv>, omgeving: Omgeving, uit: NietBereikt) {
  return uit.soort === 'weg' ? gesprekNietGevonden(c, omgeving) : uit.antwoord
}

/**
 * The answer every conversation route gives alike: not reached (404, or the 400 the request's gemeente
 * got), or lost to another write (409 `gelijktijdig`). `undefined` for what the route answers itself.
 */
export function gedeeldAntwoord(c: Context<AppEnv>, omgeving: Omgeving, uit: Uitkomst | NietBereikt) {
  if (uit.soort === 'weg' || uit.soort === 'antwoord') return nietBereikt(c, omgeving, uit)
  if (uit.soort === 'gelijktijdig') return conflictMetStap(c, 'gelijktijdig', uit.stap)
  return undefined
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
