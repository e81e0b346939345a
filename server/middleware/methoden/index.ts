/**
 * 405 with `Allow` for a known path asked with a method it does not have (RFC 9110 15.5.6), instead
 * of a 404 that says the path does not exist. The methods come from the app's own routes.
 */
import type { Context, Hono } from 'hono'
import type { AppEnv } from '../../verzoek.js'

interface Patroon {
  readonly regex: RegExp
  readonly methode: string
}

/**
 * `/api/v1/gesprekken/:id` → a regex for one path; `*` stands for the rest. A parameter with its own
 * pattern (`/:naam{widget-[0-9a-f]{16}\.js}`) keeps that pattern: read as "any segment", it made every
 * unknown path such as `/readz` look like a GET route, answered 405 with a false `Allow`.
 */
function alsRegex(pad: string): RegExp {
  const delen = pad.split('/').map((deel) => {
    if (deel === '*') return '.*'
    if (deel.startsWith(':')) {
      const open = deel.indexOf('{')
      return open > 0 && deel.endsWith('}') ? `(?:${deel.slice(open + 1, -1)})` : '[^/]+'
    }
    return deel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  })
  return new RegExp(`^${delen.join('/')}$`)
}

/**
 * The methods a path allows, from the routes of `app` (read once, on first use: every route is
 * registered by then). Middleware (`ALL`) is no route; `HEAD` comes with `GET`.
 */
export function toegestaneMethoden(app: Hono<AppEnv>): (c: Context<AppEnv>) => string[] {
  let patronen: Patroon[] | undefined
  return (c) => {
    patronen ??= app.routes
      .filter((r) => r.method !== 'ALL' && !r.path.endsWith('*'))
      .map((r) => ({ regex: alsRegex(r.path), methode: r.method.toUpperCase() }))
    const methoden = new Set<string>()
    for (const p of patronen) if (p.regex.test(c.req.path)) methoden.add(p.methode)
    if (methoden.has('GET')) methoden.add('HEAD')
    return [...methoden]
  }
}
