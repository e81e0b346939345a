/**
 * Builds the Hono app. Tests call `createApp(...).request()` without a port; `index.ts` listens.
 */
import { OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { nieuweRouter } from './app-router.js'
import type { AppEnv, Omgeving } from './context.js'
import { maakGesprekDienst } from './gesprekdienst.js'
import type { Teksten } from './i18n.js'
import { zetKop } from './koppen.js'
import { logFout, logVerzoeken, stilleLogger } from './logging.js'
import { meetVerzoeken } from './metrics/index.js'
import {
  alleenJson,
  beveiligingsKoppen,
  corsBeleid,
  lichaamsGrens,
  MAX_BODY_BYTES,
  snelheidsLimiet,
  strikteJson,
  toegestaneMethoden,
} from './middleware/index.js'
import { probleemUit, stuurProbleem } from './problem.js'
import { maakRegio } from './regio.js'
import { apiRoutes } from './routes/api/index.js'
import { beheerRoutes } from './routes/beheer/index.js'
import { checksRoutes } from './routes/checks/index.js'
import { gemeenteRoutes } from './routes/gemeente/index.js'
import { berichtenRoutes } from './routes/gesprekken/berichten.js'
import { gesprekkenRoutes } from './routes/gesprekken/index.js'
import { gesprekTaalRoutes } from './routes/gesprekken/taal.js'
import { gezondheidRoutes } from './routes/gezondheid/index.js'
import { privacyRoutes } from './routes/privacy/index.js'
import { samenvattingRoutes } from './routes/samenvatting/index.js'
import { statistiekenRoutes } from './routes/statistieken/index.js'
import { tekstenRoutes } from './routes/teksten/index.js'
import { voorzieningenRoutes } from './routes/voorzieningen/index.js'
import { widgetRoutes } from './routes/widget/index.js'
import { API_VERSIE } from './schemas.js'
import type { Teller } from './statistieken/types.js'
import { OpslagFout } from './store/types.js'
import { volgVerzoeken } from './tracing.js'

export { MAX_BODY_BYTES }

/** How long reading the figures may take before we say the store is unavailable (503). */
const LEES_GEDULD_MS = 3000

/**
 * The counter as routes see it: a failing or hanging read of the figures (Redis down) becomes an
 * `OpslagFout`, so `/api/v1/statistieken` and `/beheer` answer 503 with `Retry-After`, never a 500.
 */
function metStoring(teller: Teller): Teller {
  const metGeduld = async <T>(werk: Promise<T>): Promise<T> => {
    let wekker: NodeJS.Timeout | undefined
    const geduld = new Promise<never>((_, mis) => {
      wekker = setTimeout(() => mis(new OpslagFout('statistieken: geen antwoord')), LEES_GEDULD_MS)
    })
    try {
      return await Promise.race([werk, geduld])
    } catch (fout) {
      throw fout instanceof OpslagFout ? fout : new OpslagFout((fout as Error)?.name ?? 'Error')
    } finally {
      clearTimeout(wekker)
    }
  }
  return {
    ...teller,
    bewaarDagen: teller.bewaarDagen,
    lees: (van, tot) => metGeduld(teller.lees(van, tot)),
    geheim: () => metGeduld(teller.geheim()),
  }
}

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

export function createApp(gegeven: Omgeving) {
  // Every gemeente's own view (profile, model, figures, token); routes ask `regio.ts` which one a request is for.
  const regio = maakRegio(gegeven, metStoring)
  const omgeving = regio.lijst[0] as Omgeving
  const { teksten } = omgeving
  const app = new OpenAPIHono<AppEnv>()
  const startLink = `${omgeving.basisUrl}/api/v1`
  const logger = omgeving.logger ?? stilleLogger
  const beveiliging = omgeving.beveiliging ?? {}

  // One log line per request (id and timing only), outermost so it times everything.
  app.use(logVerzoeken(logger))
  // The W3C trace (traceparent) for that log line, and a span per request when traces are exported.
  app.use(volgVerzoeken(omgeving.sporen))
  if (omgeving.metingen) app.use(meetVerzoeken(omgeving.metingen))

  app.use(async (c, next) => {
    const taal = teksten.taal(kiesTaal(teksten, c))
    c.set('taal', taal)
    c.set('fouten', teksten.t(taal.code, 'fouten'))
    await next()
    zetKop(c, 'API-Version', API_VERSIE)
  })

  // Security headers (routes may set their own), CORS, rate limits per address and per conversation.
  app.use(beveiligingsKoppen())
  // Probes and /metrics come before CORS and the rate limit: a kubelet or Prometheus is never limited.
  app.route('/', gezondheidRoutes(omgeving))
  const eigen = new URL(omgeving.basisUrl).origin
  // The websites of every gemeente pass CORS; which gemeente a request from one of them may reach is `regio.ts`'s.
  app.use(corsBeleid([...(beveiliging.origins ?? [eigen]), ...regio.eigenOrigins], { eigen, logger }))
  if (beveiliging.perMinuut || beveiliging.perGesprekPerMinuut || beveiliging.berichtenPerMinuut)
    app.use(snelheidsLimiet({ ...beveiliging, logger }))

  // A change of state is JSON or 415 (no cross-site change without a preflight); then at most 64 KB;
  // then valid UTF-8 and JSON, not too deep, no prototype keys, before any route reads the body.
  const methodenVan = toegestaneMethoden(app)
  app.use(
    '/api/*',
    alleenJson((c) => methodenVan(c).includes(c.req.method)),
  )
  app.use('/api/*', lichaamsGrens(MAX_BODY_BYTES))
  app.use('/api/*', strikteJson())

  // The one conversation service: every route that starts, reads or changes a conversation goes through it.
  const gesprekken = maakGesprekDienst(omgeving)
  const api = nieuweRouter()
  api.route('/', checksRoutes(omgeving))
  api.route('/', voorzieningenRoutes(omgeving))
  api.route('/', gesprekkenRoutes(omgeving, gesprekken))
  api.route('/', gesprekTaalRoutes(omgeving, gesprekken))
  api.route('/', berichtenRoutes(omgeving, gesprekken))
  api.route('/', samenvattingRoutes(omgeving, gesprekken))
  api.route('/', tekstenRoutes(omgeving))
  api.route('/', gemeenteRoutes(omgeving))
  api.route('/', statistiekenRoutes(omgeving, gesprekken))
  api.route('/', apiRoutes(omgeving, api))
  app.route('/api/v1', api)
  app.route('/', widgetRoutes(omgeving))
  app.route('/beheer', beheerRoutes(omgeving))
  app.route('/privacy', privacyRoutes(omgeving))

  app.notFound((c) => {
    const t = c.get('fouten')
    const methoden = methodenVan(c)
    if (methoden.length > 0)
      return stuurProbleem(c, probleemUit(t, 405, 'methodeNietToegestaan', { start: startLink }), {
        Allow: methoden.join(', '),
      })
    return stuurProbleem(c, probleemUit(t, 404, 'nietGevonden', { start: startLink }))
  })

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
