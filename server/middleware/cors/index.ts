/** CORS: only the gemeente's own sites may call the API from a browser; the public files from anywhere. */
import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import { zetKop } from '../../koppen.js'
import type { Logger } from '../../logging.js'
import { probleemUit, stuurProbleem } from '../../problem.js'
import type { AppEnv } from '../../verzoek.js'
import { isOpenBron } from '../koppen/index.js'

export interface CorsOpties {
  /** The server's own origin (PUBLIC_URL): its own pages may always call it. */
  readonly eigen?: string
  readonly logger?: Logger
}

/** How many refused origins are remembered for "log once": enough for any real mistake, bounded for abuse. */
const MAX_GEMELD = 1000

/**
 * CORS: allowed origins get their own origin back; never credentials, never `null` (a sandboxed frame,
 * a `file:` page or a `data:` URL all send `Origin: null`, so allowing it would allow anyone).
 *
 * A preflight from an origin that is not allowed gets 403 problem+json, and the origin is logged once
 * (per process), so "the widget has no connection" on a new site shows up as a log line that names the
 * site to add to ALLOWED_ORIGINS. A simple cross-site GET from such a site is answered without CORS
 * headers (the browser keeps the answer from the page) and logged the same way.
 */
export function corsBeleid(origins: readonly string[], opties: CorsOpties = {}): MiddlewareHandler<AppEnv> {
  const toegestaan = new Set(origins.map((o) => o.replace(/\/$/, '')).filter((o) => o !== 'null'))
  const eigen = opties.eigen === 'null' ? undefined : opties.eigen
  const gemeld = new Set<string>()
  const meld = (origin: string) => {
    if (gemeld.has(origin) || gemeld.size >= MAX_GEMELD) return
    gemeld.add(origin)
    // Only something shaped like an origin reaches the log; anything else is named by its length.
    const alsOrigin = /^[a-z][a-z0-9+.-]*:\/\/[^\s/?#]{1,200}$/i.test(origin) || origin === 'null'
    opties.logger?.warn(
      { origin: alsOrigin ? origin : `(geen origin, ${origin.length} tekens)` },
      'origin niet toegestaan: zet deze website in ALLOWED_ORIGINS als de widget daar hoort',
    )
  }
  const metCors = cors({
    origin: (origin, c) => (isOpenBron(c.req.path) ? '*' : toegestaan.has(origin) ? origin : null),
    allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['Content-Type', 'Accept', 'Accept-Language', 'X-Request-Id', 'traceparent'],
    exposeHeaders: ['API-Version', 'Location', 'Retry-After', 'X-Request-Id', 'Content-Language'],
    maxAge: 600,
    credentials: false,
  })
  return async (c, next) => {
    const origin = c.req.header('Origin')
    if (origin !== undefined && (isOpenBron(c.req.path) || toegestaan.has(origin))) return metCors(c, next)
    if (origin !== undefined && origin !== eigen) {
      const preflight = c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method') !== undefined
      if (preflight) {
        meld(origin)
        return stuurProbleem(c, probleemUit(c.get('fouten'), 403, 'herkomstGeweigerd', { origin }), {
          Vary: 'Origin',
          'Cache-Control': 'no-store',
        })
      }
      // A page of the server itself (the demo, the summary) may send its Origin on a same-origin call.
      if (c.req.header('Sec-Fetch-Site') !== 'same-origin') meld(origin)
    }
    await next()
    // The answer differs per origin, so caches must keep them apart.
    if (!isOpenBron(c.req.path)) zetKop(c, 'Vary', 'Origin', { append: true })
  }
}
