/**
 * Access to the figures: one Bearer token from the environment (`BEHEER_TOKEN`).
 * Both sides are hashed to the same length first, so `timingSafeEqual` compares in constant time
 * and the length of the token does not leak either.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { Context } from 'hono'
import type { Omgeving } from '../../context.js'
import { probleemUit, stuurProbleem } from '../../problem.js'

const hash = (tekst: string) => createHash('sha256').update(tekst, 'utf8').digest()

/** True when `gegeven` is the configured token. */
export function tokenKlopt(verwacht: string, gegeven: string | undefined): boolean {
  if (gegeven === undefined || gegeven === '') return false
  return timingSafeEqual(hash(verwacht), hash(gegeven))
}

/** The token from `Authorization: Bearer <token>`, if any. */
export function bearerUit(c: Context): string | undefined {
  const kop = c.req.header('Authorization') ?? ''
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(kop)
  return match?.[1]
}

/**
 * Problems of the management routes, always in Dutch (staff read them).
 * Disabled (no token configured): 404, because on this server the figures simply do not exist;
 * a 503 would tell monitors and clients to retry, and no retry will help.
 */
export function beheerProblemen(omgeving: Omgeving) {
  const t = omgeving.teksten.t('nl', 'beheer')
  return {
    t,
    uit: (c: Context) => stuurProbleem(c, probleemUit(t, 404, 'beheerUit'), { 'Cache-Control': 'no-store' }),
    geenToegang: (c: Context) =>
      stuurProbleem(c, probleemUit(t, 401, 'geenToegang'), {
        'WWW-Authenticate': 'Bearer realm="werkwijzer-beheer"',
        'Cache-Control': 'no-store',
      }),
  }
}
