import type { Gemeente } from './gemeente.js'
import type { Taal, Teksten, Vertaal } from './i18n.js'
import type { Teller } from './statistieken/types.js'
import type { GesprekStore } from './store/types.js'

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
  /** Anonymous use statistics (issue 10); without one nothing is counted. */
  readonly teller?: Teller
  /** Bearer token for `/beheer` and `/api/v1/statistieken`; without one they are disabled. */
  readonly beheerToken?: string
}

export interface AppVariabelen {
  taal: Taal
  fouten: Vertaal
}

export type AppEnv = { Variables: AppVariabelen }

/** Today in Europe/Amsterdam as `YYYY-MM-DD`. */
export function vandaagInAmsterdam(nu: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(nu)
}
