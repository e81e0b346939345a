/**
 * Access to the figures: a Bearer token from the environment per gemeente (`BEHEER_TOKEN`, or
 * `BEHEER_TOKEN_<ID>` for each gemeente of an installation with several).
 * Both sides are hashed to the same length first, so `timingSafeEqual` compares in constant time
 * and the length of the token does not leak either.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { Context } from 'hono'
import type { Omgeving } from '../../context.js'
import { probleemUit, stuurProbleem } from '../../problem.js'
import { regioVan } from '../../regio.js'

const hash = (tekst: string) => createHash('sha256').update(tekst, 'utf8').digest()

/** True when `gegeven` is the configured token. */
export function tokenKlopt(verwacht: string, gegeven: string | undefined): boolean {
  if (gegeven === undefined || gegeven === '') return false
  return timingSafeEqual(hash(verwacht), hash(gegeven))
}

/**
 * The gemeente whose dashboard token this is: each gemeente has its own (BEHEER_TOKEN_<ID>), and a
 * token shows only its own gemeente's figures. With `naam` (`?gemeente=`), only that gemeente's token
 * counts. Every token is compared, so the time taken does not say which one matched.
 */
export function gemeenteVanToken(omgeving: Omgeving, gegeven: string | undefined, naam?: string) {
  let gevonden: Omgeving | undefined
  for (const eigen of regioVan(omgeving).lijst) {
    const klopt = eigen.beheerToken !== undefined && tokenKlopt(eigen.beheerToken, gegeven)
    if (klopt && !gevonden && (!naam || eigen.gemeente.id === naam)) gevonden = eigen
  }
  return gevonden
}

/** True when some gemeente of the installation has a dashboard token (else the figures are off: 404). */
export const beheerAan = (omgeving: Omgeving) => regioVan(omgeving).lijst.some((eigen) => eigen.beheerToken)

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
