/**
 * W3C trace context and OpenTelemetry traces, written by hand: one span per request (and one per call to
 * the conversation store), sent in batches over OTLP/HTTP as JSON. We chose this over the OpenTelemetry
 * SDK because these few spans are all we send: the SDK and its OTLP exporter add megabytes and start-up
 * time to every process, also where nobody sets an endpoint (measured in docs/beheer.md).
 *
 * Privacy (AVG data minimisation, as in the request log): a span holds the method, the route *pattern*,
 * the status and timings, never the path (it holds conversation ids), a query, a body, a header, an IP
 * address or a user agent. The trace id comes from the caller's `traceparent` or is random.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { randomBytes } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import type { Logger } from './logging.js'
import { routeVan } from './logging.js'
import type { AppEnv, Spoor } from './verzoek.js'

/** What a request's log line and spans need: the trace, this request's span, and whether to export. */
export type { Spoor }

/** `00-<trace-id>-<parent-id>-<flags>`; a later version may append fields after another `-`. */
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/

/** The caller's trace from a W3C `traceparent` header, or undefined when it is missing or invalid. */
export function leesTraceparent(kop: string | undefined): Omit<Spoor, 'spanId'> | undefined {
  if (!kop) return undefined
  const m = TRACEPARENT.exec(kop.trim())
  if (!m) return undefined
  const [, versie = '', traceId = '', ouderId = '', vlaggen = '', rest] = m
  // Version ff is invalid; version 00 has nothing after the flags; ids of only zeros are invalid.
  if (versie === 'ff' || (versie === '00' && rest !== undefined)) return undefined
  if (/^0+$/.test(traceId) || /^0+$/.test(ouderId)) return undefined
  return { traceId, ouderId, bemonsterd: (Number.parseInt(vlaggen, 16) & 1) === 1 }
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex')
const nu = () => BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000)) * 1000n

type Attribuut = string | number | boolean

interface Span {
  readonly traceId: string
  readonly spanId: string
  readonly ouderId?: string
  readonly naam: string
  readonly soort: 1 | 2 | 3
  readonly begin: bigint
  readonly einde: bigint
  readonly attributen: Readonly<Record<string, Attribuut>>
  readonly fout: boolean
}

export interface SporenOpties {
  /** Where to POST: `<OTEL_EXPORTER_OTLP_ENDPOINT>/v1/traces`, or the traces endpoint as given. */
  readonly url: string
  readonly koppen?: Readonly<Record<string, string>>
  readonly dienst: string
  readonly versie: string
  readonly regelmodel: string
  readonly logger?: Logger
  /** How often a batch is sent (ms); also sent as soon as `batch` spans wait. */
  readonly intervalMs?: number
  readonly batch?: number
  /** Spans waiting at most; more are dropped (and counted) while the collector is slow or away. */
  readonly maxWachtend?: number
}

export interface Sporen {
  /** Runs `werk` inside a span of its own under the current request; its result is returned unchanged. */
  binnen<T>(naam: string, attributen: Record<string, Attribuut>, werk: () => Promise<T>): Promise<T>
  /** Sends what waits now (at shutdown); waits at most `ms`. */
  leeg(ms?: number): Promise<void>
  /** Internal: the middleware's hooks. */
  readonly intern: {
    readonly huidig: AsyncLocalStorage<Spoor>
    voegToe(span: Span): void
  }
  /** Spans dropped because the queue was full (for tests and a warning). */
  readonly verloren: () => number
}

/** The URL spans go to, from the standard variables; undefined when tracing is off (the default). */
export function sporenUrl(env: {
  OTEL_EXPORTER_OTLP_ENDPOINT?: string | undefined
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?: string | undefined
}): string | undefined {
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT) return `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, '')}/v1/traces`
  return undefined
}

const waarde = (w: Attribuut) =>
  typeof w === 'string'
    ? { stringValue: w }
    : typeof w === 'boolean'
      ? { boolValue: w }
      : Number.isInteger(w)
        ? { intValue: String(w) }
        : { doubleValue: w }
const attributen = (a: Readonly<Record<string, Attribuut>>) =>
  Object.entries(a).map(([key, w]) => ({ key, value: waarde(w) }))

/** A batch as OTLP/JSON (ids hex-encoded, times as strings of nanoseconds, enums as numbers). */
export function alsOtlp(spans: readonly Span[], opties: Pick<SporenOpties, 'dienst' | 'versie' | 'regelmodel'>) {
  return {
    resourceSpans: [
      {
        resource: {
          attributes: attributen({
            'service.name': opties.dienst,
            'service.version': opties.versie,
            'werkwijzer.regelmodel': opties.regelmodel,
            'telemetry.sdk.language': 'nodejs',
            'telemetry.sdk.name': 'werkwijzer',
          }),
        },
        scopeSpans: [
          {
            scope: { name: 'werkwijzer', version: opties.versie },
            spans: spans.map((s) => ({
              traceId: s.traceId,
              spanId: s.spanId,
              ...(s.ouderId ? { parentSpanId: s.ouderId } : {}),
              name: s.naam,
              kind: s.soort,
              startTimeUnixNano: String(s.begin),
              endTimeUnixNano: String(s.einde),
              attributes: attributen(s.attributen),
              status: { code: s.fout ? 2 : 0 },
            })),
          },
        ],
      },
    ],
  }
}

export function maakSporen(opties: SporenOpties): Sporen {
  const huidig = new AsyncLocalStorage<Spoor>()
  const batch = opties.batch ?? 512
  const maxWachtend = opties.maxWachtend ?? 4096
  let wachtend: Span[] = []
  let verloren = 0
  let onderweg: Promise<void> = Promise.resolve()
  let storing = false

  async function stuur(spans: Span[]): Promise<void> {
    try {
      const res = await fetch(opties.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...opties.koppen },
        body: JSON.stringify(alsOtlp(spans, opties)),
        signal: AbortSignal.timeout(5000),
      })
      await res.arrayBuffer().catch(() => undefined)
      if (!res.ok) throw Object.assign(new Error('status'), { code: `HTTP ${res.status}` })
      if (storing) opties.logger?.info({ otlp: new URL(opties.url).host }, 'OTLP-collector neemt traces weer aan')
      storing = false
    } catch (fout) {
      // Once per outage, like Redis: the spans of that batch are dropped, the requests go on.
      if (!storing) {
        const f = fout as { code?: string; name?: string; cause?: { code?: string } }
        opties.logger?.warn(
          { otlp: new URL(opties.url).host, fout: f.cause?.code ?? f.code ?? f.name },
          'OTLP-collector niet bereikbaar; traces gaan verloren tot hij terug is',
        )
      }
      storing = true
    }
  }

  function spoel(): Promise<void> {
    if (wachtend.length === 0) return onderweg
    const deze = wachtend
    wachtend = []
    onderweg = onderweg.then(() => stuur(deze))
    return onderweg
  }

  const klok = setInterval(() => void spoel(), opties.intervalMs ?? 1000)
  klok.unref()

  return {
    intern: {
      huidig,
      voegToe(span) {
        if (wachtend.length >= maxWachtend) {
          verloren++
          return
        }
        wachtend.push(span)
        if (wachtend.length >= batch) void spoel()
      },
    },
    verloren: () => verloren,
    async binnen(naam, attr, werk) {
      const ouder = huidig.getStore()
      if (!ouder?.spanId || !ouder.bemonsterd) return werk()
      const begin = nu()
      let fout = false
      try {
        return await werk()
      } catch (e) {
        fout = true
        throw e
      } finally {
        this.intern.voegToe({
          traceId: ouder.traceId,
          spanId: hex(8),
          ouderId: ouder.spanId,
          naam,
          soort: 3,
          begin,
          einde: nu(),
          attributen: attr,
          fout,
        })
      }
    },
    async leeg(ms = 2000) {
      clearInterval(klok)
      let wekker: NodeJS.Timeout | undefined
      await Promise.race([spoel(), new Promise<void>((klaar) => (wekker = setTimeout(klaar, ms)))])
      clearTimeout(wekker)
    },
  }
}

const BEHEERPADEN = /^\/(?:livez|readyz|health(?:\/ready)?|metrics)$/

/**
 * Middleware: reads `traceparent`, keeps the trace for the request's log line (`c.get('spoor')`), and with
 * `sporen` makes this request a server span under the caller's span, sent when the answer is done.
 */
export function volgVerzoeken(sporen?: Sporen): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const ouder = leesTraceparent(c.req.header('traceparent'))
    // Probes and scrapes every few seconds would drown the traces that matter.
    if (!sporen || BEHEERPADEN.test(c.req.path)) {
      if (ouder) c.set('spoor', ouder)
      return next()
    }
    const spoor: Spoor = {
      traceId: ouder?.traceId ?? hex(16),
      spanId: hex(8),
      ...(ouder?.ouderId ? { ouderId: ouder.ouderId } : {}),
      bemonsterd: ouder ? ouder.bemonsterd : true,
    }
    c.set('spoor', spoor)
    const begin = nu()
    try {
      await sporen.intern.huidig.run(spoor, next)
    } finally {
      if (spoor.bemonsterd && spoor.spanId) {
        const route = routeVan(c)
        const status = c.res.status
        sporen.intern.voegToe({
          traceId: spoor.traceId,
          spanId: spoor.spanId,
          ...(spoor.ouderId ? { ouderId: spoor.ouderId } : {}),
          naam: route === '-' ? c.req.method : `${c.req.method} ${route}`,
          soort: 2,
          begin,
          einde: nu(),
          attributen: {
            'http.request.method': c.req.method,
            'http.route': route,
            'http.response.status_code': status,
          },
          fout: status >= 500,
        })
      }
    }
  }
}

/**
 * The same store, with a child span for every call: which operation and how long, never its arguments
 * (they hold conversation ids and answers). Generic like `metendeStore`.
 */
export function sporendeStore<S extends { readonly soort?: string }>(store: S, sporen: Sporen): S {
  return new Proxy(store, {
    get(doel, naam, ontvanger) {
      const w = Reflect.get(doel, naam, ontvanger)
      if (typeof w !== 'function' || typeof naam !== 'string') return w
      // Every method of a store is async; a span is only made inside a sampled request.
      return (...args: unknown[]) =>
        sporen.binnen(
          `opslag ${naam}`,
          { 'db.system.name': doel.soort === 'redis' ? 'redis' : 'memory', 'db.operation.name': naam },
          async () => w.apply(doel, args),
        )
    },
  })
}
