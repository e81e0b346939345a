/**
 * All configuration, parsed once with zod. `index.ts` is the only file that passes `process.env` here;
 * a bad value stops start-up with a message that names the variable and says what is wrong.
 * A new setting is one more line in `EnvSchema`: the manifest test (test/deploy.test.ts) then accepts it
 * in `deploy/` and `compose.yaml`, and rejects a variable there that is not in this schema.
 */
import { z } from 'zod'
import { STANDAARD_BEWAARMINUTEN } from './context.js'
import { foutRegels } from './opstartfouten.js'
import { STANDAARD_BEWAAR_DAGEN } from './statistieken/types.js'
import { STANDAARD_MAX_UUR } from './store/types.js'

const leegIsOnbekend = (waarde: unknown) => (waarde === '' ? undefined : waarde)
const getal = (standaard: number, min: number, max: number) =>
  z.preprocess(leegIsOnbekend, z.coerce.number().int().min(min).max(max).default(standaard))
/** Only the words `true` and `false`: a typo such as `ture` or `1` must not silently mean "off". */
const aanUit = (standaard: boolean) =>
  z.preprocess(
    leegIsOnbekend,
    z
      .enum(['true', 'false'], { error: 'alleen true of false' })
      .default(standaard ? 'true' : 'false')
      .transform((waarde) => waarde === 'true'),
  )

/** `https://www.gemeente.nl`: scheme, host and maybe a port; no `*`, no path, no query. */
function isOrigin(tekst: string): boolean {
  try {
    const url = new URL(tekst)
    return (
      !tekst.includes('*') &&
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      url.origin === tekst.replace(/\/$/, '')
    )
  } catch {
    return false
  }
}

export const EnvSchema = z.object({
  HOST: z.preprocess(leegIsOnbekend, z.string().default('127.0.0.1')),
  PORT: getal(8787, 0, 65535),
  /** The address browsers use, for links and the OpenAPI `servers` (default: http://HOST:PORT). */
  PUBLIC_URL: z.preprocess(leegIsOnbekend, z.url().optional()),
  /**
   * Which gemeente profile: an id (`assen`: the file `<id>.json` in GEMEENTE_PAD) or the path of a
   * profile file (`/etc/werkwijzer/assen.json`), so a container can mount it.
   */
  GEMEENTE: z.preprocess(
    leegIsOnbekend,
    z
      .string()
      .regex(/^(?:[a-z0-9-]+|(?:.*\/)?[a-z0-9-]+\.json)$/, {
        error: 'een id zoals assen (kleine letters, cijfers, streepjes) of het pad van een .json-bestand',
      })
      .default('assen'),
  ),
  /** The folder with the gemeente profiles (default: `gemeenten/` of the project). */
  GEMEENTE_PAD: z.preprocess(leegIsOnbekend, z.string().optional()),
  /** A folder with rules models (`<id>.yaml`), searched before the project's `regels/`. */
  REGELS_PAD: z.preprocess(leegIsOnbekend, z.string().optional()),
  /** With a Redis URL, conversations (and rate limits, statistics) live in Redis. */
  REDIS_URL: z.preprocess(
    leegIsOnbekend,
    z
      .string()
      .regex(/^rediss?:\/\/[^\s]+$/, { error: 'moet beginnen met redis:// of rediss://' })
      .optional(),
  ),
  MAX_GESPREKKEN: getal(100_000, 1, 10_000_000),
  GESPREK_TTL_MINUTES: getal(STANDAARD_BEWAARMINUTEN, 1, 24 * 60),
  /** Absolute lifetime of a conversation in hours, however active: an old summary link cannot keep it alive. */
  GESPREK_MAX_UUR: getal(STANDAARD_MAX_UUR, 1, 24 * 7),
  /** Comma separated origins that may call the API from a browser (default: the server's own origin). */
  ALLOWED_ORIGINS: z.preprocess(
    leegIsOnbekend,
    z
      .string()
      .optional()
      .transform((tekst, ctx) => {
        if (tekst === undefined) return undefined
        const origins = tekst
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean)
        for (const origin of origins) {
          if (!isOrigin(origin)) {
            ctx.addIssue({
              code: 'custom',
              message: `"${origin}" is geen origin; schrijf https://www.voorbeeld.nl (met http:// of https://, zonder pad, zonder *)`,
            })
          }
        }
        return origins.map((o) => o.replace(/\/$/, ''))
      }),
  ),
  /** Requests per client address per minute: high, because many residents can share one address. */
  RATE_LIMIT_PER_MINUTE: getal(1200, 1, 1_000_000),
  /** Requests per conversation per minute: what one resident can do, far more than an intake needs. */
  RATE_LIMIT_GESPREK_PER_MINUTE: getal(60, 1, 1_000_000),
  /** A whole request (headers and body) must arrive within this time, else 408 and the connection closes. */
  REQUEST_TIMEOUT_SECONDS: getal(30, 1, 600),
  /** The headers must arrive within this time (at most REQUEST_TIMEOUT_SECONDS); an idle connection is cut too. */
  HEADERS_TIMEOUT_SECONDS: getal(10, 1, 600),
  /** Behind a reverse proxy: count per client by the last `X-Forwarded-For` entry. */
  TRUST_PROXY: aanUit(false),
  /** Bearer token for /beheer and /api/v1/statistieken; without it they are disabled. */
  BEHEER_TOKEN: z.preprocess(leegIsOnbekend, z.string().min(16).optional()),
  STATISTIEKEN_PAD: z.preprocess(leegIsOnbekend, z.string().default('data/statistieken.db')),
  /** `GET /metrics` (Prometheus) without a token; off by default. */
  METRICS: aanUit(false),
  /** `GET /metrics` only with `Authorization: Bearer <token>`; setting it switches metrics on. */
  METRICS_TOKEN: z.preprocess(leegIsOnbekend, z.string().min(16).optional()),
  /** Figures older than this many days are deleted (default about 13 months). */
  STATISTIEKEN_BEWAAR_DAGEN: getal(STANDAARD_BEWAAR_DAGEN, 1, 3650),
  LOG_LEVEL: z.preprocess(
    leegIsOnbekend,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
})

export type Env = z.infer<typeof EnvSchema>

/** Every variable Werkwijzer reads. */
export const BEKENDE_VARIABELEN: readonly string[] = Object.keys(EnvSchema.shape)

export class EnvFout extends Error {}

/** Parses the environment; throws an `EnvFout` that names every wrong variable. */
export function leesEnv(bron: Record<string, string | undefined>): Env {
  const uitslag = EnvSchema.safeParse(bron, { reportInput: true })
  if (uitslag.success) return uitslag.data
  throw new EnvFout(`Ongeldige configuratie:\n${foutRegels(uitslag.error.issues).join('\n')}`)
}
