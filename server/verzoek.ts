/**
 * The types every middleware and route sees on a request (hono's `Variables`), as a leaf: it imports
 * only the contract, so logging, metrics, tracing and the middleware can type their context without
 * importing the app's composition (`context.ts`), which imports them.
 */
import type { Taal } from '../contract/index.js'

/** Looks up one text, filling in `{{waarden}}`. */
export type Vertaal = (sleutel: string, waarden?: Record<string, unknown>) => string

/** The W3C trace of a request. */
export interface Spoor {
  readonly traceId: string
  /** This request's own span (only when spans are exported). */
  readonly spanId?: string
  /** The caller's span, from `traceparent`. */
  readonly ouderId?: string
  /** Whether this trace is sampled: the caller's flag, or yes when we start the trace. */
  readonly bemonsterd: boolean
}

export interface AppVariabelen {
  taal: Taal
  fouten: Vertaal
  /** The request id of the log line. */
  verzoekId: string
  /** The W3C trace of this request (from `traceparent`, or ours when traces are exported). */
  spoor?: Spoor
  /** The id of the gemeente this request was for, once a route knows it (for the log line). */
  gemeente?: string
}

export type AppEnv = { Variables: AppVariabelen }
