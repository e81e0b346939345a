/**
 * The widget for the gemeente's site: `GET /widget.js` (one file, ETag, cached a day),
 * `GET /widget-<hash>.js` (the same file, cached for a year), and the demo page `GET /`
 * under a strict Content-Security-Policy, so what works here works on a strict host page.
 */
import { type Context, Hono } from 'hono'
import type { AppEnv, Omgeving } from '../../context.js'
import { wilGzip } from '../../etag.js'
import { STANDAARD_TAAL } from '../../i18n.js'
import { probleemUit, stuurProbleem } from '../../problem.js'
import { gemeenteVoor } from '../../regio.js'
import { type WidgetBestand, widgetLader } from './bestand.js'
import { demoCss, demoPagina, favicon } from './pagina.js'

/** The host page's policy: only our own scripts, styles and API; nothing inline, no eval. */
export const DEMO_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const JS = 'application/javascript; charset=utf-8'

/**
 * Search engines may read the privacy statement, nothing else: the API, the summaries (personal) and
 * `/beheer` do not belong in an index. `/favicon.ico` has no route: it is a 404 like any unknown path
 * (the pages name `/favicon.svg` themselves).
 */
export const ROBOTS = ['User-agent: *', 'Allow: /privacy', 'Disallow: /', ''].join('\n')

export function widgetRoutes(omgeving: Omgeving, laad: () => WidgetBestand | undefined = widgetLader()) {
  const router = new Hono<AppEnv>()
  const t = omgeving.teksten.t(STANDAARD_TAAL, 'widget')
  const fouten = (c: Context<AppEnv>) => c.get('fouten') ?? omgeving.teksten.t(STANDAARD_TAAL, 'fouten')

  const nietGebouwd = (c: Context<AppEnv>) => {
    omgeving.logger?.error({ bestand: 'dist/widget.js' }, 'widget.js ontbreekt; voer npm run build uit')
    return stuurProbleem(c, probleemUit(fouten(c), 503, 'serverfout'), { 'Retry-After': '30' })
  }

  function stuur(c: Context<AppEnv>, bestand: WidgetBestand, cache: string) {
    const etag = `"${bestand.hash}"`
    const kop: Record<string, string> = {
      'Content-Type': JS,
      ETag: etag,
      'Cache-Control': cache,
      Vary: 'Accept-Encoding',
      // Any site of the gemeente may load the script (the contract: widget.js is readable from anywhere).
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'X-Content-Type-Options': 'nosniff',
    }
    const bekend = c.req.header('If-None-Match')
    if (bekend?.split(',').some((e) => e.trim().replace(/^W\//, '') === etag)) return c.body(null, 304, kop)
    if (bestand.gzip && wilGzip(c.req.header('Accept-Encoding'))) {
      return c.body(new Uint8Array(bestand.gzip), 200, { ...kop, 'Content-Encoding': 'gzip' })
    }
    return c.body(new Uint8Array(bestand.inhoud), 200, kop)
  }

  router.get('/widget.js', (c) => {
    const bestand = laad()
    if (!bestand) return nietGebouwd(c)
    return stuur(c, bestand, 'public, max-age=86400, stale-while-revalidate=604800')
  })

  router.get('/:naam{widget-[0-9a-f]{16}\\.js}', (c) => {
    const bestand = laad()
    if (!bestand) return nietGebouwd(c)
    if (c.req.param('naam') !== `widget-${bestand.hash}.js`) {
      return stuurProbleem(c, probleemUit(fouten(c), 404, 'nietGevonden', { start: `${omgeving.basisUrl}/` }))
    }
    return stuur(c, bestand, 'public, max-age=31536000, immutable')
  })

  const { thema } = omgeving.gemeente
  const css = demoCss(thema)
  const icoon = favicon(thema.kleurPrimair)
  router.get('/demo.css', (c) =>
    c.body(css, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
    }),
  )

  router.get('/robots.txt', (c) =>
    c.body(ROBOTS, 200, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=86400' }),
  )

  router.get('/favicon.svg', (c) =>
    c.body(icoon, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' }),
  )

  router.get('/', (c) => {
    const bestand = laad()
    const script = bestand ? `/widget-${bestand.hash}.js` : '/widget.js'
    const eigen = gemeenteVoor(c, omgeving)
    if (eigen instanceof Response) return eigen
    const id = c.req.query('gemeente') ? eigen.gemeente.id : undefined
    return c.html(demoPagina(t, eigen.gemeente.naam, script, id), 200, {
      'Content-Security-Policy': DEMO_CSP,
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    })
  })

  return router
}
