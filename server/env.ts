/**
 * All configuration, parsed once with zod. `index.ts` is the only file that passes `process.env` here;
 * a bad value stops start-up with a message that names the variable.
 */
import { z } from 'zod'
import { STANDAARD_BEWAARMINUTEN } from './context.js'
import { STANDAARD_BEWAAR_DAGEN } from './statistieken/types.js'

const leegIsOnbekend = (waarde: unknown) => (waarde === '' ? undefined : waarde)
const getal = (standaard: number, min: number, max: number) =>
  z.preprocess(leegIsOnbekend, z.coerce.number().int().min(min).max(max).default(standaard))

export const EnvSchema = z.object({
  HOST: z.preprocess(leegIsOnbekend, z.string().default('127.0.0.1')),
  PORT: getal(8787, 0, 65535),
  /** The address browsers use, for links and the OpenAPI `servers` (default: http://HOST:PORT). */
  PUBLIC_URL: z.preprocess(leegIsOnbekend, z.url().optional()),
  /** Which profile in `gemeenten/` to use. */
  GEMEENTE: z.preprocess(
    leegIsOnbekend,
    z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .default('assen'),
  ),
  /** With a Redis URL, conversations (and rate limits, statistics) live in Redis. */
  REDIS_URL: z.preprocess(leegIsOnbekend, z.url().optional()),
  MAX_GESPREKKEN: getal(100_000, 1, 10_000_000),
  GESPREK_TTL_MINUTES: getal(STANDAARD_BEWAARMINUTEN, 1, 24 * 60),
  /** Comma separated origins that may call the API from a browser (default: the server's own origin). */
  ALLOWED_ORIGINS: z.preprocess(leegIsOnbekend, z.string().optional()),
  RATE_LIMIT_PER_MINUTE: getal(120, 1, 1_000_000),
  /** Behind a reverse proxy: count per client by the last `X-Forwarded-For` entry (`true`/`1`). */
  TRUST_PROXY: z.preprocess((waarde) => waarde === 'true' || waarde === '1', z.boolean()),
  /** Bearer token for /beheer and /api/v1/statistieken; without it they are disabled. */
  BEHEER_TOKEN: z.preprocess(leegIsOnbekend, z.string().min(16).optional()),
  STATISTIEKEN_PAD: z.preprocess(leegIsOnbekend, z.string().default('data/statistieken.db')),
  /** Figures older than this many days are deleted (default about 13 months). */
  STATISTIEKEN_BEWAAR_DAGEN: getal(STANDAARD_BEWAAR_DAGEN, 1, 3650),
  LOG_LEVEL: z.preprocess(
    leegIsOnbekend,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
})

export type Env = z.infer<typeof EnvSchema>

export class EnvFout extends Error {}

/** Parses the environment; throws an `EnvFout` that names every wrong variable. */
export function leesEnv(bron: Record<string, string | undefined>): Env {
  const uitslag = EnvSchema.safeParse(bron)
  if (uitslag.success) return uitslag.data
  const regels = uitslag.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
  throw new EnvFout(`Ongeldige configuratie:\n${regels.join('\n')}`)
}
