/**
 * Structured logs (pino), privacy first (AVG data minimisation): one line per request with a
 * request id, the method, the route *pattern* (never the concrete path, which holds conversation ids),
 * the status and the time taken. No IP address, no user agent, no query string, no body, no answers
 * or notes, no error messages (they may quote input).
 *
 * The keys are pino's defaults, which Loki, ECS and Datadog pipelines read without a mapping: `level` (a
 * word: `info`), `time` (ISO 8601), `msg`; and on every line the `version` that runs. A request with a W3C
 * `traceparent` (or any request while traces are exported) has `trace_id` (and `span_id`) too.
 */
import { randomUUID } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { matchedRoutes } from 'hono/route'
import { type DestinationStream, type Logger, pino } from 'pino'
import { zetKop } from './koppen.js'
import { VERSIE } from './versie.js'
import type { AppEnv } from './verzoek.js'

export type { Logger }

export type LogNiveau = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'

/**
 * A pino logger with only what we allow: no pid, no hostname, but the version; `bestemming` lets tests
 * capture lines.
 */
export function maakLogger(niveau: LogNiveau = 'info', bestemming?: DestinationStream): Logger {
  const opties = {
    level: niveau,
    base: { version: VERSIE },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  }
  return bestemming ? pino(opties, bestemming) : pino(opties)
}

/** A logger that writes nothing: the default when the app gets none (tests). */
export const stilleLogger: Logger = maakLogger('silent')

/** An incoming `X-Request-Id` from the gemeente's proxy is kept only when it looks like an id. */
const VERZOEK_ID = /^[A-Za-z0-9._-]{8,64}$/

/** The route pattern that answered, e.g. `/api/v1/gesprekken/:id`; never the path itself. */
export function routeVan(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  try {
    const routes = matchedRoutes(c).filter((r) => r.method !== 'ALL')
    return routes.at(-1)?.path ?? '-'
  } catch {
    return '-'
  }
}

/** Middleware: request id (also sent back as `X-Request-Id`) and one log line per request. */
export function logVerzoeken(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const begin = performance.now()
    const binnen = c.req.header('X-Request-Id')
    const id = binnen && VERZOEK_ID.test(binnen) ? binnen : randomUUID()
    c.set('verzoekId', id)
    try {
      await next()
    } finally {
      zetKop(c, 'X-Request-Id', id)
      const spoor = c.get('spoor')
      logger.info(
        {
          verzoek: id,
          ...(spoor ? { trace_id: spoor.traceId, ...(spoor.spanId ? { span_id: spoor.spanId } : {}) } : {}),
          methode: c.req.method,
          route: routeVan(c),
          ...(c.get('gemeente') ? { gemeente: c.get('gemeente') } : {}),
          status: c.res.status,
          ms: Math.round((performance.now() - begin) * 10) / 10,
        },
        'verzoek',
      )
    }
  }
}

/** An unexpected error: its kind and where, never its message (it may quote what a resident typed). */
export function logFout(logger: Logger, fout: unknown, verzoekId?: string): void {
  const naam = fout instanceof Error ? fout.name : typeof fout
  const plek =
    fout instanceof Error && fout.stack
      ? fout.stack
          .split('\n')
          .slice(1, 6)
          .map((regel) => regel.trim())
      : []
  logger.error({ verzoek: verzoekId, fout: naam, plek }, 'onverwachte fout')
}
