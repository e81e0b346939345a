/**
 * The composition: what the app is made of (`Omgeving`), as the routes see it. The types of a request
 * itself (`AppEnv`) are in the leaf `verzoek.ts`, which logging, metrics, tracing and the middleware
 * import instead of this file, so none of them imports back what imports them.
 */
import type { Gemeente } from './gemeente.js'
import type { Teksten } from './i18n.js'
import type { Logger } from './logging.js'
import type { Metingen } from './metrics/index.js'
import type { BeveiligingOpties } from './middleware/index.js'
import type { Ruis } from './statistieken/ruis.js'
import type { Teller } from './statistieken/types.js'
import type { GesprekStore } from './store/types.js'
import type { Sporen } from './tracing.js'

export type { AppEnv, AppVariabelen } from './verzoek.js'

/**
 * One gemeente of an installation that serves several (GEMEENTEN): its profile (with its rules model)
 * and what it has of its own besides: its figures, the token of its dashboard, and its own websites.
 */
export interface GemeenteDeel {
  readonly gemeente: Gemeente
  readonly teller?: Teller
  readonly beheerToken?: string
  /**
   * The websites (origins) of this gemeente alone (ALLOWED_ORIGINS_<ID>): they pass CORS, and a request
   * from one of them can reach only this gemeente (its conversations, texts and figures).
   */
  readonly origins?: readonly string[]
}

/**
 * What every handler can reach: the configuration read once at start-up, as one gemeente sees it.
 * With several gemeenten, `createApp` makes one per gemeente (its own `gemeente`, `teller` and
 * `beheerToken`, the rest shared) and a route asks `regio.ts` which one a request is for.
 */
export interface Omgeving {
  readonly gemeente: Gemeente
  readonly teksten: Teksten
  /** Today in Europe/Amsterdam (`YYYY-MM-DD`); injectable for tests. */
  readonly vandaag: () => string
  /** The absolute base URL, without a trailing slash. */
  readonly basisUrl: string
  /** Where conversations live. */
  readonly store: GesprekStore
  /** Anonymous use statistics; without one nothing is counted. */
  readonly teller?: Teller
  /**
   * Only for tests of the dashboard's layout: the noise on the published figures, instead of the
   * one drawn from the counter's secret. Never set by the server (docs/statistieken.md).
   */
  readonly statistiekRuis?: Ruis
  /** Bearer token for `/beheer` and `/api/v1/statistieken`; without one they are disabled. */
  readonly beheerToken?: string
  /** How long an idle conversation is kept (GESPREK_TTL_MINUTES), for the privacy statement. */
  readonly bewaarMinuten?: number
  /** How long a conversation lives at most, in hours from its start (GESPREK_MAX_UUR), for the privacy statement. */
  readonly bewaarMaxUur?: number
  /** How many days the anonymous counts are kept (STATISTIEKEN_BEWAAR_DAGEN), for the privacy statement. */
  readonly statistiekenBewaarDagen?: number
  /** Structured request logs; without one nothing is logged. */
  readonly logger?: Logger
  /** How many finished `/checks` answers are remembered; default `CHECKS_ONTHOUDEN`, 0 for none. */
  readonly checksOnthouden?: number
  /** Prometheus metrics; without them nothing is measured and `/metrics` is off. */
  readonly metingen?: Metingen
  /** Who may read `/metrics`: anyone (`open`, METRICS=true) or only with this Bearer token (METRICS_TOKEN). */
  readonly metricsToegang?: { readonly open: boolean; readonly token?: string }
  /** CORS origins and the rate limit; without it: own origin only, no rate limit. */
  readonly beveiliging?: BeveiligingOpties
  /** OpenTelemetry spans (OTEL_EXPORTER_OTLP_ENDPOINT); without them only `traceparent` reaches the log. */
  readonly sporen?: Sporen
  /** Whether the server is stopping: `/readyz` then says 503, so a load balancer stops sending. */
  readonly stopt?: () => boolean
  /**
   * Every gemeente of the installation (GEMEENTEN), in order: a request that names none is for the first.
   * Without it the installation has one: `gemeente`, with `teller` and `beheerToken`.
   */
  readonly gemeenten?: readonly GemeenteDeel[]
  /** Made by `createApp`: every gemeente's own view, and which sites belong to which (`regio.ts`). */
  readonly regio?: Regio
}

/** The gemeenten of an installation as the routes use them (made by `maakRegio` in `regio.ts`). */
export interface Regio {
  /** Every gemeente's own view, in the installation's order; the first is meant when a request names none. */
  readonly lijst: readonly Omgeving[]
  van(id: string): Omgeving | undefined
  /**
   * The gemeenten a website belongs to alone (`ALLOWED_ORIGINS_<ID>`), or undefined when it may reach any
   * of them: a shared website (`ALLOWED_ORIGINS`), the server's own pages, or no `Origin` at all.
   */
  eigenaars(origin: string | undefined): ReadonlySet<string> | undefined
  /** The websites of single gemeenten, for the CORS policy (which lets the union through). */
  readonly eigenOrigins: readonly string[]
}

/** How long an idle conversation is kept when the app is not told (GESPREK_TTL_MINUTES's default). */
export const STANDAARD_BEWAARMINUTEN = 60

/** Made once: building an Intl.DateTimeFormat costs far more than formatting with it. */
const AMSTERDAM = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })

/** Today in Europe/Amsterdam as `YYYY-MM-DD`. */
export function vandaagInAmsterdam(nu: Date = new Date()): string {
  return AMSTERDAM.format(nu)
}

const MINUUT = 60_000

/**
 * `vandaagInAmsterdam()` for every request, formatted at most once a minute: formatting a date per
 * request was a visible part of a `/checks` request (the figure is in bench/RESULTS.md). Exact: Amsterdam
 * is a whole number of hours from UTC, so its date only changes on a whole UTC minute.
 */
export function vandaagPerMinuut(klok: () => number = Date.now): () => string {
  let minuut = Number.NaN
  let datum = ''
  return () => {
    const nu = Math.floor(klok() / MINUUT)
    if (nu !== minuut) {
      datum = vandaagInAmsterdam(new Date(nu * MINUUT))
      minuut = nu
    }
    return datum
  }
}
