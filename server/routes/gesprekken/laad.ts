import type { Context } from 'hono'
import type { AppEnv, Omgeving } from '../../context.js'
import { probleemUit, stuurProbleem } from '../../problem.js'
import type { GesprekRecord } from '../../store/types.js'

/** Conversation ids are UUIDs; anything else cannot exist, so it is a 404 without asking the store. */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export const isGesprekId = (id: string) => ID.test(id)

/**
 * 404 problem+json for an unknown or expired conversation, with the way to start again.
 * Typed `never`: the typed routes know only their success body (the OpenAPI document declares the 404).
 */
export function gesprekNietGevonden(c: Context<AppEnv>, omgeving: Omgeving): never {
  const start = `${omgeving.basisUrl}/api/v1/gesprekken`
  return stuurProbleem(c, probleemUit(c.get('fouten'), 404, 'gesprekNietGevonden', { start })) as never
}

/** The conversation with this id, or the 404 to send. */
export async function laadGesprek(
  c: Context<AppEnv>,
  omgeving: Omgeving,
  id: string,
): Promise<GesprekRecord | Response> {
  if (!isGesprekId(id)) return gesprekNietGevonden(c, omgeving)
  return (await omgeving.store.get(id)) ?? gesprekNietGevonden(c, omgeving)
}
