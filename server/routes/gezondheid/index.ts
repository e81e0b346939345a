/**
 * Probes and metrics for operations. Mounted before CORS and the rate limit: a kubelet or Prometheus
 * asking every few seconds must never be limited, and these answers hold nothing about a person.
 *
 * - `/livez`: the process runs and answers (a failing liveness probe restarts the container).
 * - `/readyz`: it can serve, i.e. the process is not stopping and the conversation store answers within
 *   `PROBE_GEDULD_MS` and takes writes (a full or read-only Redis is not ready). A failing readiness probe
 *   only takes the pod out of the Service until Redis is back; a restart would not help.
 * - `/health` and `/health/ready`: the older names, kept for existing load balancers.
 * - `/metrics`: Prometheus text format, off unless METRICS=true or METRICS_TOKEN is set.
 */
import { Hono } from 'hono'
import type { AppEnv, Omgeving } from '../../context.js'
import { probleemUit, stuurProbleem } from '../../problem.js'
import { bearerUit, tokenKlopt } from '../beheer/toegang.js'

const GEEN_CACHE = { 'Cache-Control': 'no-store' }

/**
 * How long the probes wait for the store. A kubelet gives a probe about a second; a Redis that hangs
 * must make the pod not ready in that time, not hold the probe until it gives up.
 */
export const PROBE_GEDULD_MS = 1000

/** `store.gereed()`, but false when it does not answer in time. */
async function gereedBinnen(store: Omgeving['store'], ms = PROBE_GEDULD_MS): Promise<boolean> {
  let wekker: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      store.gereed().catch(() => false),
      new Promise<boolean>((klaar) => {
        wekker = setTimeout(() => klaar(false), ms)
      }),
    ])
  } finally {
    clearTimeout(wekker)
  }
}

export function gezondheidRoutes(omgeving: Omgeving) {
  const app = new Hono<AppEnv>()
  const { store } = omgeving

  app.get('/health', async (c) => {
    const gereed = await gereedBinnen(store)
    return c.json({ status: gereed ? 'ok' : 'degraded', opslag: { soort: store.soort, gereed } }, 200)
  })
  app.get('/health/ready', async (c) => {
    const gereed = await gereedBinnen(store)
    return c.json({ status: gereed ? 'ok' : 'unavailable' }, gereed ? 200 : 503)
  })

  app.get('/livez', (c) => c.json({ status: 'ok' }, 200, GEEN_CACHE))
  app.get('/readyz', async (c) => {
    // Stopping (SIGTERM): not ready, so a load balancer sends new requests elsewhere while these finish.
    if (omgeving.stopt?.()) {
      return stuurProbleem(c, probleemUit(c.get('fouten'), 503, 'stopt'), { 'Retry-After': '5', ...GEEN_CACHE })
    }
    if (await gereedBinnen(store)) return c.json({ status: 'ok', opslag: store.soort }, 200, GEEN_CACHE)
    return stuurProbleem(c, probleemUit(c.get('fouten'), 503, 'opslag'), { 'Retry-After': '5', ...GEEN_CACHE })
  })

  app.get('/metrics', async (c) => {
    const { metingen } = omgeving
    const toegang = omgeving.metricsToegang
    if (!metingen || !toegang || (!toegang.open && !toegang.token)) {
      return stuurProbleem(c, probleemUit(c.get('fouten'), 404, 'metricsUit'), GEEN_CACHE)
    }
    if (toegang.token && !tokenKlopt(toegang.token, bearerUit(c))) {
      return stuurProbleem(c, probleemUit(c.get('fouten'), 401, 'metricsGeenToegang'), {
        'WWW-Authenticate': 'Bearer realm="werkwijzer-metrics"',
        ...GEEN_CACHE,
      })
    }
    const tekst = await metingen.register.metrics()
    return c.body(tekst, 200, { 'Content-Type': metingen.register.contentType, ...GEEN_CACHE })
  })

  return app
}
