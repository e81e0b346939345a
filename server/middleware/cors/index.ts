/** CORS: only the gemeente's own sites may call the API from a browser; the public files from anywhere. */
import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import type { AppEnv } from '../../context.js'
import { zetKop } from '../../koppen.js'
import { isOpenBron } from '../koppen/index.js'

/** CORS: allowed origins get their own origin back; unknown origins get no CORS headers; never credentials. */
export function corsBeleid(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  const toegestaan = new Set(origins.map((o) => o.replace(/\/$/, '')))
  const metCors = cors({
    origin: (origin, c) => (isOpenBron(c.req.path) ? '*' : toegestaan.has(origin) ? origin : null),
    allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['Content-Type', 'Accept', 'Accept-Language', 'X-Request-Id'],
    exposeHeaders: ['API-Version', 'Location', 'Retry-After', 'X-Request-Id', 'Content-Language'],
    maxAge: 600,
    credentials: false,
  })
  return async (c, next) => {
    const origin = c.req.header('Origin')
    if (origin && (isOpenBron(c.req.path) || toegestaan.has(origin))) return metCors(c, next)
    await next()
    // The answer differs per origin, so caches must keep them apart.
    if (!isOpenBron(c.req.path)) zetKop(c, 'Vary', 'Origin', { append: true })
  }
}
