import type { Context } from 'hono'
import { beschrijf } from '../../../flows/index.js'
import type { AppEnv, Omgeving } from '../../context.js'
import { probleemUit, stuurProbleem } from '../../problem.js'
import { maakStapWeergave } from '../../stap.js'
import type { Geladen, GesprekRecord, Schrijfuitslag } from '../../store/types.js'

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

/** The conversation with this id, or the 404 to send. For reads that do not write. */
export async function laadGesprek(
  c: Context<AppEnv>,
  omgeving: Omgeving,
  id: string,
): Promise<GesprekRecord | Response> {
  if (!isGesprekId(id)) return gesprekNietGevonden(c, omgeving)
  return (await omgeving.store.get(id)) ?? gesprekNietGevonden(c, omgeving)
}

/** The conversation with the version a write must name, or the 404 to send. */
export async function laadVoorSchrijven(
  c: Context<AppEnv>,
  omgeving: Omgeving,
  id: string,
): Promise<Geladen | Response> {
  if (!isGesprekId(id)) return gesprekNietGevonden(c, omgeving)
  return (await omgeving.store.laad(id)) ?? gesprekNietGevonden(c, omgeving)
}

const weergaven = new WeakMap<Omgeving, ReturnType<typeof maakStapWeergave>>()

/**
 * 409 problem+json that carries the conversation as it is now (`stap`), so the widget can show
 * where the resident really is instead of an error: a double tap, or a second tab or server that
 * changed the conversation first.
 */
export function conflictMetStap(c: Context<AppEnv>, omgeving: Omgeving, record: GesprekRecord, sleutel: string): never {
  let weergave = weergaven.get(omgeving)
  if (!weergave) {
    weergave = maakStapWeergave(omgeving)
    weergaven.set(omgeving, weergave)
  }
  const stap = weergave(record, beschrijf(record.bewaard))
  return stuurProbleem(c, { ...probleemUit(c.get('fouten'), 409, sleutel), stap }) as never
}

/**
 * The answer for a write that did not win: `conflict` is a 409 with the current Stap (read again,
 * as the winner left it); `weg` (deleted meanwhile, or expired) is the 404. `undefined` when it won.
 */
export async function nietGewonnen(
  c: Context<AppEnv>,
  omgeving: Omgeving,
  id: string,
  uitslag: Schrijfuitslag,
): Promise<Response | undefined> {
  if (uitslag === 'ok') return undefined
  const nu = uitslag === 'conflict' ? await omgeving.store.get(id) : undefined
  return nu ? conflictMetStap(c, omgeving, nu, 'gelijktijdig') : gesprekNietGevonden(c, omgeving)
}
