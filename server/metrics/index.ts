/**
 * Prometheus metrics (prom-client), one registry per app so tests and processes never share counters.
 * Labels come only from fixed vocabularies: the HTTP method, the route *pattern* (never the path, which
 * holds conversation ids), the status code and the onderwerp. No id, answer, IP or typed text can
 * become a label, so neither can a person (AVG data minimisation, as in the request log).
 */
import type { MiddlewareHandler } from 'hono'
import type { Registry } from 'prom-client'
import { ONDERWERPEN } from '../../flows/index.js'
import { promClient } from '../laat.js'
import { routeVan } from '../logging.js'
import { OpslagFout } from '../store/types.js'
import { REGELMODEL, VERSIE } from '../versie.js'
import type { AppEnv } from '../verzoek.js'

export interface Metingen {
  readonly register: Registry
  /** One answered request. */
  verzoek(methode: string, route: string, status: number, seconden: number): void
  /** A conversation began (`POST /api/v1/gesprekken`). Call it only once the conversation was saved. */
  gesprekGestart(onderwerp: string): void
  /** A conversation reached its outcome. Call it only once that step was saved. */
  gesprekAfgerond(onderwerp: string): void
  /** The conversation store failed (the request got a 503). */
  opslagFout(): void
}

export interface MetingOpties {
  /** With Redis: whether the connection is ready now (`werkwijzer_redis_connected`). */
  readonly redisVerbonden?: () => boolean
  /** Node's own process metrics (memory, event loop, GC); on in the server, off in most tests. */
  readonly procesMetingen?: boolean
  /**
   * What runs, for `werkwijzer_build_info` (default: this build and its rules model). An installation
   * with several gemeenten has a series per rules model.
   */
  readonly bouw?: { readonly versie: string; readonly model: string | readonly string[] }
}

const METHODEN = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
const BEKENDE_ONDERWERPEN = new Set<string>([...ONDERWERPEN, 'menu'])
/** Anything outside the fixed list is counted as `anders`, so a label can never carry input. */
const onderwerpLabel = (onderwerp: string) => (BEKENDE_ONDERWERPEN.has(onderwerp) ? onderwerp : 'anders')

export function maakMetingen(opties: MetingOpties = {}): Metingen {
  const { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } = promClient()
  const register = new Registry()
  if (opties.procesMetingen) collectDefaultMetrics({ register })
  const verzoeken = new Counter({
    name: 'werkwijzer_http_requests_total',
    help: 'HTTP requests by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [register],
  })
  const duur = new Histogram({
    name: 'werkwijzer_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern.',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [register],
  })
  const gestart = new Counter({
    name: 'werkwijzer_conversations_started_total',
    help: 'Conversations started, by onderwerp (menu: not chosen yet).',
    labelNames: ['onderwerp'] as const,
    registers: [register],
  })
  const afgerond = new Counter({
    name: 'werkwijzer_conversations_finished_total',
    help: 'Conversations that reached an outcome, by onderwerp.',
    labelNames: ['onderwerp'] as const,
    registers: [register],
  })
  const opslagFouten = new Counter({
    name: 'werkwijzer_store_errors_total',
    help: 'Calls to the conversation store that failed (the request got a 503).',
    registers: [register],
  })
  // The usual `_info` pattern: always 1, the facts in the labels; join on it to split any graph by version.
  const bouw = opties.bouw ?? { versie: VERSIE, model: REGELMODEL }
  const info = new Gauge({
    name: 'werkwijzer_build_info',
    help: 'The version of Werkwijzer and the id of its rules model (one series per model); always 1.',
    labelNames: ['version', 'model'] as const,
    registers: [register],
  })
  for (const model of new Set(typeof bouw.model === 'string' ? [bouw.model] : bouw.model)) {
    info.set({ version: bouw.versie, model }, 1)
  }
  const { redisVerbonden } = opties
  if (redisVerbonden) {
    new Gauge({
      name: 'werkwijzer_redis_connected',
      help: '1 while the connection to Redis is ready, else 0.',
      registers: [register],
      collect() {
        this.set(redisVerbonden() ? 1 : 0)
      },
    })
  }
  /**
   * The series of one method, route and status, found once: prom-client hashes the labels on every
   * `inc({...})`, a few percent of a small request. Routes are patterns and statuses few, so this stays small.
   */
  const reeksen = new Map<string, { teller: { inc(): void }; tijd: { observe(seconden: number): void } }>()
  return {
    register,
    verzoek(methode, route, status, seconden) {
      const method = METHODEN.has(methode) ? methode : 'OTHER'
      const sleutel = `${method} ${status} ${route}`
      let reeks = reeksen.get(sleutel)
      if (!reeks) {
        reeks = {
          teller: verzoeken.labels({ method, route, status: String(status) }),
          tijd: duur.labels({ method, route }),
        }
        reeksen.set(sleutel, reeks)
      }
      reeks.teller.inc()
      reeks.tijd.observe(seconden)
    },
    gesprekGestart: (onderwerp) => gestart.inc({ onderwerp: onderwerpLabel(onderwerp) }),
    gesprekAfgerond: (onderwerp) => afgerond.inc({ onderwerp: onderwerpLabel(onderwerp) }),
    opslagFout: () => opslagFouten.inc(),
  }
}

/** Middleware: counts and times every request under its route pattern (`-` when no route matched). */
export function meetVerzoeken(metingen: Metingen): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const begin = performance.now()
    try {
      await next()
    } finally {
      metingen.verzoek(c.req.method, routeVan(c), c.res.status, (performance.now() - begin) / 1000)
    }
  }
}

/**
 * The same store, with every `OpslagFout` counted on its way out. Generic over the store's methods,
 * so a store that gains a method (a versioned save, say) is measured without a change here.
 */
export function metendeStore<S extends object>(store: S, metingen: Metingen): S {
  return new Proxy(store, {
    get(doel, naam, ontvanger) {
      const waarde = Reflect.get(doel, naam, ontvanger)
      if (typeof waarde !== 'function') return waarde
      return (...args: unknown[]) => {
        const tel = (fout: unknown) => {
          if (fout instanceof OpslagFout) metingen.opslagFout()
          throw fout
        }
        try {
          const uit = waarde.apply(doel, args)
          return uit instanceof Promise ? uit.catch(tel) : uit
        } catch (fout) {
          return tel(fout)
        }
      }
    },
  })
}
