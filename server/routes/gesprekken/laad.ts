import type { Context } from 'hono'
import type { AppEnv, Omgeving } from '../../context.js'
import { probleemAntwoord } from '../../problem.js'

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
