/**
 * Builds the Hono app. Tests call `createApp(...).request()` without a port; `index.ts` listens.
 */
import { OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { nieuweRouter } from './app-router.js'
import { beveiligingsKoppen, corsBeleid, heeftLichaam, snelheidsLimiet, strikteJson } from './beveiliging.js'
import type { AppEnv, Omgeving } from './context.js'
import type { Teksten } from './i18n.js'
import { zetKop } from './koppen.js'
import { logFout, logVerzoeken, stilleLogger } from './logging.js'
import { probleemUit, stuurProbleem } from './problem.js'
import { apiRoutes } from './routes/api/index.js'
import { beheerRoutes } from './routes/beheer/index.js'
import { checksRoutes } from './routes/checks/index.js'
import { gemeenteRoutes } from './routes/gemeente/index.js'
import { berichtenRoutes } from './routes/gesprekken/berichten.js'
import { gesprekkenRoutes } from './routes/gesprekken/index.js'
import { gesprekTaalRoutes } from './routes/gesprekken/taal.js'
import { privacyRoutes } from './routes/privacy/index.js'
import { samenvattingRoutes } from './routes/samenvatting/index.js'
import { statistiekenRoutes } from './routes/statistieken/index.js'
import { tekstenRoutes } from './routes/teksten/index.js'
import { voorzieningenRoutes } from './routes/voorzieningen/index.js'
import { widgetRoutes } from './routes/widget/index.js'
import { API_VERSIE } from './schemas.js'
import { OpslagFout } from './store/types.js'

export const MAX_BODY_BYTES = 64 * 1024

/** The language a request asks for: `?taal=`, then `Accept-Language`, else Dutch. */
export function kiesTaal(teksten: Teksten, c: Context): string {
  const gevraagd = c.req.query('taal')
  if (gevraagd && teksten.talen.some((t) => t.code === gevraagd)) return gevraagd
  const header = c.req.header('Accept-Language') ?? ''
  const voorkeuren = header
    .split(',')
    .map((deel) => {
      const [code = '', ...rest] = deel.trim().split(';')
      const q = Number(
        rest
          .find((r) => r.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? '1',
      )
      return { code: code.toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0 }
    })
    .filter((v) => v.code && v.q > 0)
    .sort((a, b) => b.q - a.q)
  return voorkeuren.find((v) => teksten.talen.some((t) => t.code === v.code))?.code ?? 'nl'
}

export function createApp(omgeving: Omgeving) {
  const { teksten } = omgeving
  const app = new OpenAPIHono<AppEnv>()
  const startLink = `${omgeving.basisUrl}/api/v1`
  const logger = omgeving.logger ?? stilleLogger
  const beveiliging = omgeving.beveiliging ?? {}

  // Issue 8: one log line per request (id and timing only), outermost so it times everything.
  app.use(logVerzoeken(logger))

  app.use(async (c, next) => {
    const taal = teksten.taal(kiesTaal(teksten, c))
    c.set('taal', taal)
    c.set('fouten', teksten.t(taal.code, 'fouten'))
    await next()
    zetKop(c, 'API-Version', API_VERSIE)
  })

  // Issue 8: security headers (routes may set their own), CORS, rate limit per client IP.
  app.use(beveiligingsKoppen())
  app.use(corsBeleid(beveiliging.origins ?? [new URL(omgeving.basisUrl).origin]))
  if (beveiliging.perMinuut) app.use(snelheidsLimiet({ ...beveiliging, perMinuut: beveiliging.perMinuut }))

  const teGroot = (c: Context<AppEnv>) =>
    stuurProbleem(c, probleemUit(c.get('fouten'), 413, 'teGroot', { kb: MAX_BODY_BYTES / 1024 }), {
      Connection: 'close',
    })
  const lichaamsGrens = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: teGroot })
  // Hono's bodyLimit, with its Content-Length check done first from the headers: it reads
  // `c.req.raw.body`, which makes @hono/node-server build a web stream for every POST (issue 9).
  app.use('/api/*', async (c, next) => {
    if (!heeftLichaam(c)) return next()
    const lengte = c.req.header('Content-Length')
    if (lengte === undefined || c.req.header('Transfer-Encoding') !== undefined) return lichaamsGrens(c, next)
    return Number.parseInt(lengte || '0', 10) > MAX_BODY_BYTES ? teGroot(c) : next()
  })

  // A body must be JSON: say so clearly instead of guessing (NL API Design Rules; hardening).
  app.use('/api/*', async (c, next) => {
    const methode = c.req.method
    if (methode === 'POST' || methode === 'PUT' || methode === 'PATCH') {
      const soort = c.req.header('Content-Type')
      const lengte = c.req.header('Content-Length')
      const heeftInhoud = (lengte !== undefined && lengte !== '0') || c.req.header('Transfer-Encoding') !== undefined
      const isJson = soort !== undefined && /^application\/(?:[\w.+-]+\+)?json(?:\s*;|$)/i.test(soort)
      if ((soort !== undefined && !isJson) || (soort === undefined && heeftInhoud)) {
        return stuurProbleem(c, probleemUit(c.get('fouten'), 400, 'geenJson'))
      }
    }
    await next()
  })
  // Valid UTF-8 and JSON, not too deep, no prototype keys: before any route reads the body.
  app.use('/api/*', strikteJson())

  // Liveness with the state of the store; /health/ready is for load balancers (503 while the store is down).
  app.get('/health', async (c) => {
    const gereed = await omgeving.store.gereed()
    return c.json({ status: gereed ? 'ok' : 'degraded', opslag: { soort: omgeving.store.soort, gereed } }, 200)
  })
  app.get('/health/ready', async (c) => {
    const gereed = await omgeving.store.gereed()
    return c.json({ status: gereed ? 'ok' : 'unavailable' }, gereed ? 200 : 503)
  })

  const api = nieuweRouter()
  api.route('/', checksRoutes(omgeving))
  api.route('/', voorzieningenRoutes(omgeving))
  api.route('/', gesprekkenRoutes(omgeving, omgeving.store))
  api.route('/', gesprekTaalRoutes(omgeving))
  api.route('/', berichtenRoutes(omgeving))
  api.route('/', samenvattingRoutes(omgeving, omgeving.store))
  api.route('/', tekstenRoutes(omgeving))
  api.route('/', gemeenteRoutes(omgeving))
  api.route('/', statistiekenRoutes(omgeving))
  api.route('/', apiRoutes(omgeving, api))
  app.route('/api/v1', api)
  app.route('/', widgetRoutes(omgeving))
  app.route('/beheer', beheerRoutes(omgeving))
  app.route('/privacy', privacyRoutes(omgeving, omgeving.bewaarMinuten))

  app.notFound((c) => stuurProbleem(c, probleemUit(c.get('fouten'), 404, 'nietGevonden', { start: startLink })))

  app.onError((fout, c) => {
    const t = c.get('fouten') ?? teksten.t('nl', 'fouten')
    if (fout instanceof OpslagFout) {
      return stuurProbleem(c, probleemUit(t, 503, 'opslag'), { 'Retry-After': '30' })
    }
    if (fout instanceof HTTPException && fout.status === 400) {
      return stuurProbleem(c, probleemUit(t, 400, 'ongeldigeJson'))
    }
    if (fout instanceof HTTPException && fout.status < 500) {
      return stuurProbleem(
        c,
        probleemUit(t, fout.status, fout.status === 404 ? 'nietGevonden' : 'ongeldigeInvoer', { start: startLink }),
      )
    }
    logFout(logger, fout, c.get('verzoekId'))
    return stuurProbleem(c, probleemUit(t, 500, 'serverfout'))
  })

  return app
}

export type App = ReturnType<typeof createApp>
