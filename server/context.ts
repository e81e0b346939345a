import type { Gemeente } from './gemeente.js'
import type { Taal, Teksten, Vertaal } from './i18n.js'
import type { Logger } from './logging.js'
import type { Metingen } from './metrics/index.js'
import type { BeveiligingOpties } from './middleware/index.js'
import type { Ruis } from './statistieken/ruis.js'
import type { Teller } from './statistieken/types.js'
import type { GesprekStore } from './store/types.js'
import type { Spoor, Sporen } from './tracing.js'

/** What every handler can reach: the configuration read once at start-up. */
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
}

export interface AppVariabelen {
  taal: Taal
  fouten: Vertaal
  /** The request id of the log line. */
  verzoekId: string
  /** The W3C trace of this request (from `traceparent`, or ours when traces are exported). */
  spoor?: Spoor
}

export type AppEnv = { Variables: AppVariabelen }

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
 * `vandaagInAmsterdam()` for every request, formatted at most once a minute (formatting was
 * about 3 % of a `/checks` request). Exact: Amsterdam is a whole number of hours from UTC, so its date
 * only changes on a whole UTC minute.
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
