/**
 * All configuration, parsed once with zod. `index.ts` is the only file that passes `process.env` here;
 * a bad value stops start-up with a message that names the variable and says what is wrong.
 * A new setting is one more line in `EnvVelden`: the manifest test (test/deploy.test.ts) then accepts it
 * in `deploy/` and `compose.yaml`, and rejects a variable there that is not in this schema.
 * Rules between settings (a header timeout above the request timeout, a gemeente that must be named in
 * production) live in `EnvSchema`'s check below the fields.
 */
import { isIP } from 'node:net'
import { z } from 'zod'
import { STANDAARD_BEWAARMINUTEN } from './context.js'
import { STANDAARD_BERICHTEN_PER_MINUUT } from './middleware/snelheid/index.js'
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

/**
 * `HOST`: an IP address (v4 or v6) or a host name. `999.1.1.1` looks like a name to DNS but is meant as an
 * address, so a name made of digits and dots only must be a real IPv4 address.
 */
function isHost(tekst: string): boolean {
  if (isIP(tekst)) return true
  if (/^[\d.]+$/.test(tekst)) return false
  return /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/.test(
    tekst,
  )
}

/**
 * A secret token: at least 16 characters, no spaces (a pasted line break or 16 spaces is no secret),
 * and at least 8 different characters (`aaaaaaaaaaaaaaaa` is none either). `openssl rand -hex 24` passes.
 */
const token = () =>
  z.preprocess(
    leegIsOnbekend,
    z
      .string()
      .min(16)
      .refine((t) => !/\s/.test(t), { error: 'zonder spaties of regeleinden (maak er een met openssl rand -hex 24)' })
      .refine((t) => new Set(t).size >= 8, {
        error: 'te eenvoudig: minstens 8 verschillende tekens (maak er een met openssl rand -hex 24)',
      })
      .optional(),
  )

/** The address of a web service: http or https, no user or password in it, no query or fragment. */
function isWebadres(tekst: string): boolean {
  try {
    const url = new URL(tekst)
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      !url.username &&
      !url.password &&
      !url.search &&
      !url.hash &&
      url.hostname !== ''
    )
  } catch {
    return false
  }
}

const webadres = (voorbeeld: string) =>
  z.preprocess(
    leegIsOnbekend,
    z
      .string()
      .refine(isWebadres, {
        error: `geen webadres; schrijf het zoals ${voorbeeld} (met http:// of https://, zonder wachtwoord, ? of #)`,
      })
      .optional(),
  )

/** The parts of a comma separated value, trimmed, without empty ones. */
const kommaLijst = (tekst: string) =>
  tekst
    .split(',')
    .map((deel) => deel.trim())
    .filter(Boolean)

/** Comma separated origins, each checked; a trailing `/` is dropped. */
const origins = () =>
  z.preprocess(
    leegIsOnbekend,
    z
      .string()
      .optional()
      .transform((tekst, ctx) => {
        if (tekst === undefined) return undefined
        const lijst = kommaLijst(tekst)
        for (const origin of lijst) {
          if (!isOrigin(origin)) {
            ctx.addIssue({
              code: 'custom',
              message: `"${origin}" is geen origin; schrijf https://www.voorbeeld.nl (met http:// of https://, zonder pad, zonder *)`,
            })
          }
        }
        return lijst.map((o) => o.replace(/\/$/, ''))
      }),
  )

/** The default gemeente when none is named (only outside production: see the check below). */
export const STANDAARD_GEMEENTE = 'assen'

/** The id of a gemeente as a setting names it: the id itself, or the file name of its profile (they must match). */
export const gemeenteId = (keuze: string) => keuze.replace(/^.*\//, '').replace(/\.json$/, '')

/** A gemeente as a setting names it: an id (`assen`) or the path of a profile file (`/etc/werkwijzer/assen.json`). */
const GEMEENTE_WAARDE = /^(?:[a-z0-9-]+|(?:.*\/)?[a-z0-9-]+\.json)$/

export const EnvVelden = z.object({
  /** `production` makes some settings required (GEMEENTE) instead of quietly taking a default. */
  NODE_ENV: z.preprocess(leegIsOnbekend, z.string().optional()),
  HOST: z.preprocess(
    leegIsOnbekend,
    z
      .string()
      .refine(isHost, { error: 'geen IP-adres of hostnaam; bijvoorbeeld 127.0.0.1, 0.0.0.0, :: of localhost' })
      .default('127.0.0.1'),
  ),
  PORT: getal(8787, 0, 65535),
  /** The address browsers use, for links and the OpenAPI `servers` (default: http://HOST:PORT). */
  PUBLIC_URL: webadres('https://werkwijzer.gemeente.nl'),
  /**
   * Which gemeente profile: an id (`assen`: the file `<id>.json` in GEMEENTE_PAD) or the path of a
   * profile file (`/etc/werkwijzer/assen.json`), so a container can mount it. Without it: the default
   * profile (STANDAARD_GEMEENTE), but not in production (see `EnvSchema`).
   */
  GEMEENTE: z.preprocess(
    leegIsOnbekend,
    z
      .string()
      .regex(GEMEENTE_WAARDE, {
        error: 'een id zoals assen (kleine letters, cijfers, streepjes) of het pad van een .json-bestand',
      })
      .optional(),
  ),
  /**
   * Several gemeenten in one installation: ids or profile paths, separated by commas
   * (`assen,voorbeeldstad`). A request that names no gemeente is for the first. Instead of GEMEENTE.
   */
  GEMEENTEN: z.preprocess(
    leegIsOnbekend,
    z
      .string()
      .optional()
      .transform((tekst, ctx) => {
        if (tekst === undefined) return undefined
        const lijst = kommaLijst(tekst)
        if (lijst.length === 0) {
          ctx.addIssue({ code: 'custom', message: 'geen gemeente genoemd; schrijf GEMEENTEN=assen,voorbeeldstad' })
          return undefined
        }
        for (const g of lijst) {
          if (!GEMEENTE_WAARDE.test(g)) {
            ctx.addIssue({
              code: 'custom',
              message: `"${g}" is geen id zoals assen (kleine letters, cijfers, streepjes) en geen pad van een .json-bestand`,
            })
          }
        }
        const ids = lijst.map(gemeenteId)
        const dubbel = ids.find((id, i) => ids.indexOf(id) !== i)
        if (dubbel) ctx.addIssue({ code: 'custom', message: `gemeente ${dubbel} staat er twee keer in` })
        return lijst
      }),
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
  /**
   * The Redis password, apart from REDIS_URL so it can come from a Secret on its own (Kubernetes puts a
   * secret in one variable, not inside another). Werkwijzer puts it into the URL itself.
   */
  REDIS_PASSWORD: z.preprocess(
    leegIsOnbekend,
    z
      .string()
      .refine((t) => !/\s/.test(t), { error: 'zonder spaties of regeleinden' })
      .optional(),
  ),
  MAX_GESPREKKEN: getal(100_000, 1, 10_000_000),
  /** Megabytes of heap the memory store may use for conversations (default: a quarter of the heap limit). */
  MAX_GESPREKKEN_MB: z.preprocess(leegIsOnbekend, z.coerce.number().int().min(1).max(1_000_000).optional()),
  GESPREK_TTL_MINUTES: getal(STANDAARD_BEWAARMINUTEN, 1, 24 * 60),
  /** Absolute lifetime of a conversation in hours, however active: an old summary link cannot keep it alive. */
  GESPREK_MAX_UUR: getal(STANDAARD_MAX_UUR, 1, 24 * 7),
  /** Comma separated origins that may call the API from a browser (default: the server's own origin). */
  ALLOWED_ORIGINS: origins(),
  /** Requests per client address per minute: high, because many residents can share one address. */
  RATE_LIMIT_PER_MINUTE: getal(1200, 1, 1_000_000),
  /** Requests per conversation per minute: what one resident can do, far more than an intake needs. */
  RATE_LIMIT_GESPREK_PER_MINUTE: getal(60, 1, 1_000_000),
  /** Typed messages per client per minute: the dearest request gets a budget of its own. */
  RATE_LIMIT_BERICHTEN_PER_MINUTE: getal(STANDAARD_BERICHTEN_PER_MINUUT, 1, 1_000_000),
  /** A whole request (headers and body) must arrive within this time, else 408 and the connection closes. */
  REQUEST_TIMEOUT_SECONDS: getal(30, 1, 600),
  /** The headers must arrive within this time (at most REQUEST_TIMEOUT_SECONDS); an idle connection is cut too. */
  HEADERS_TIMEOUT_SECONDS: getal(10, 1, 600),
  /**
   * The secret rate-limit keys are made with, the same in every process: only with it are the counts
   * shared in Redis. Without it each process counts on its own. Never stored (docs/privacy.md).
   */
  SNELHEID_GEHEIM: z.preprocess(leegIsOnbekend, z.string().min(32).optional()),
  /** Behind a reverse proxy: count per client by the last `X-Forwarded-For` entry. */
  TRUST_PROXY: aanUit(false),
  /** After SIGTERM, keep answering this long (with /readyz 503) so a load balancer stops sending first. */
  DRAIN_SECONDS: getal(0, 0, 120),
  /** After that, requests still running may take this long; then they are cut and the exit code is 1. */
  SHUTDOWN_TIMEOUT_SECONDS: getal(10, 1, 600),
  /** Bearer token for /beheer and /api/v1/statistieken; without it they are disabled. */
  BEHEER_TOKEN: token(),
  STATISTIEKEN_PAD: z.preprocess(leegIsOnbekend, z.string().default('data/statistieken.db')),
  /** `GET /metrics` (Prometheus) without a token; off by default. */
  METRICS: aanUit(false),
  /** `GET /metrics` only with `Authorization: Bearer <token>`; setting it switches metrics on. */
  METRICS_TOKEN: token(),
  /** Figures older than this many days are deleted (default about 13 months). */
  STATISTIEKEN_BEWAAR_DAGEN: getal(STANDAARD_BEWAAR_DAGEN, 1, 3650),
  LOG_LEVEL: z.preprocess(
    leegIsOnbekend,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  /**
   * OpenTelemetry (the standard's own variable names): with an endpoint, every request becomes a span sent
   * over OTLP/HTTP as JSON to `<endpoint>/v1/traces` (or to OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as it is).
   */
  OTEL_EXPORTER_OTLP_ENDPOINT: webadres('http://otel-collector:4318'),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: webadres('http://otel-collector:4318/v1/traces'),
  /** Extra headers for the collector, `naam=waarde,naam2=waarde2` (for a token). */
  OTEL_EXPORTER_OTLP_HEADERS: z.preprocess(
    leegIsOnbekend,
    z
      .string()
      .optional()
      .transform((tekst, ctx) => {
        if (tekst === undefined) return undefined
        const koppen: Record<string, string> = {}
        for (const deel of tekst.split(',').filter((d) => d.trim())) {
          const i = deel.indexOf('=')
          const naam = deel.slice(0, i).trim()
          if (i < 1 || !/^[A-Za-z0-9-]+$/.test(naam)) {
            ctx.addIssue({ code: 'custom', message: "schrijf naam=waarde, gescheiden door komma's" })
            return undefined
          }
          koppen[naam] = decodeURIComponent(deel.slice(i + 1).trim())
        }
        return koppen
      }),
  ),
  /** Werkwijzer sends OTLP as JSON over HTTP (not gRPC); a collector takes that on the same port as protobuf. */
  OTEL_EXPORTER_OTLP_PROTOCOL: z.preprocess(leegIsOnbekend, z.enum(['http/json']).optional()),
  OTEL_SERVICE_NAME: z.preprocess(
    leegIsOnbekend,
    z
      .string()
      .regex(/^[\w.-]{1,64}$/, { error: 'letters, cijfers, punten en streepjes (hoogstens 64)' })
      .default('werkwijzer'),
  ),
})

/**
 * The fields and the rules between them. The gemeente is chosen here, in one place: `GEMEENTE` for one,
 * `GEMEENTEN` for several (not both); production names them and never falls back to the default.
 */
export const EnvSchema = EnvVelden.superRefine((env, ctx) => {
  if (env.HEADERS_TIMEOUT_SECONDS > env.REQUEST_TIMEOUT_SECONDS) {
    ctx.addIssue({
      code: 'custom',
      path: ['HEADERS_TIMEOUT_SECONDS'],
      message: `${env.HEADERS_TIMEOUT_SECONDS} is meer dan REQUEST_TIMEOUT_SECONDS (${env.REQUEST_TIMEOUT_SECONDS}); de kop van een verzoek hoort bij het verzoek, dus hoogstens zoveel`,
    })
  }
  if (env.NODE_ENV === 'production' && env.GEMEENTE === undefined && env.GEMEENTEN === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['GEMEENTE'],
      message: `verplicht in productie (NODE_ENV=production): welke gemeente, bijvoorbeeld GEMEENTE=${STANDAARD_GEMEENTE} of GEMEENTE=/etc/werkwijzer/mijnstad.json (of GEMEENTEN=${STANDAARD_GEMEENTE},voorbeeldstad voor meer gemeenten)`,
    })
  }
  if (env.GEMEENTE !== undefined && env.GEMEENTEN !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['GEMEENTEN'],
      message: `GEMEENTE (${env.GEMEENTE}) staat er ook; zet één van beide: GEMEENTE voor één gemeente, GEMEENTEN voor meer`,
    })
  }
  if (env.REDIS_PASSWORD !== undefined) {
    if (env.REDIS_URL === undefined) {
      ctx.addIssue({ code: 'custom', path: ['REDIS_PASSWORD'], message: 'zonder REDIS_URL heeft dit geen zin' })
    } else if (wachtwoordIn(env.REDIS_URL)) {
      ctx.addIssue({
        code: 'custom',
        path: ['REDIS_PASSWORD'],
        message: 'REDIS_URL heeft al een wachtwoord; zet het op één plek',
      })
    }
  }
}).transform((env) => ({
  ...env,
  /** The first (or only) gemeente: a request that names none is for this one. */
  GEMEENTE: env.GEMEENTEN?.[0] ?? env.GEMEENTE ?? STANDAARD_GEMEENTE,
  /** Every gemeente of the installation, in order; one when only GEMEENTE (or nothing) is set. */
  GEMEENTEN: env.GEMEENTEN ?? [env.GEMEENTE ?? STANDAARD_GEMEENTE],
  REDIS_URL: env.REDIS_URL && env.REDIS_PASSWORD ? metWachtwoord(env.REDIS_URL, env.REDIS_PASSWORD) : env.REDIS_URL,
}))

export type Env = z.infer<typeof EnvSchema>

function wachtwoordIn(url: string): boolean {
  try {
    return new URL(url).password !== ''
  } catch {
    return false
  }
}

/** `redis://host:6379` with the password: `redis://:<password>@host:6379` (the password encoded). */
function metWachtwoord(url: string, wachtwoord: string): string {
  const u = new URL(url)
  u.password = encodeURIComponent(wachtwoord)
  return u.toString()
}

/** Every variable Werkwijzer reads (besides the ones per gemeente: `gemeenteVariabelen`). */
export const BEKENDE_VARIABELEN: readonly string[] = Object.keys(EnvVelden.shape)

/** `midden-drenthe` as it appears in a variable name: `MIDDEN_DRENTHE`. */
export function envNaam(id: string): string {
  return id.toUpperCase().replaceAll('-', '_')
}

/** The settings of one gemeente of an installation with several (`BEHEER_TOKEN_<ID>`, `ALLOWED_ORIGINS_<ID>`). */
export const gemeenteVariabelen = (id: string) => ({
  beheerToken: `BEHEER_TOKEN_${envNaam(id)}`,
  origins: `ALLOWED_ORIGINS_${envNaam(id)}`,
})

/** What one gemeente has of its own: the token of its dashboard and the websites that are its alone. */
export interface GemeenteInstellingen {
  readonly id: string
  readonly beheerToken?: string
  readonly origins?: readonly string[]
}

/**
 * The settings per gemeente, once the profiles are loaded (a profile path names its id only inside the
 * file). Each gemeente's dashboard has its own token, `BEHEER_TOKEN_<ID>`; with one gemeente the plain
 * `BEHEER_TOKEN` is the same thing (one of the two, not both). With several, `BEHEER_TOKEN` is refused:
 * it would not say whose figures it opens. Two gemeenten with the same token are refused too.
 * `ALLOWED_ORIGINS_<ID>`: websites of this gemeente alone, which can reach only this gemeente.
 */
export function leesGemeenteEnv(
  bron: Record<string, string | undefined>,
  ids: readonly string[],
  beheerToken: string | undefined,
): GemeenteInstellingen[] {
  const velden: Record<string, z.ZodType> = {}
  for (const id of ids) {
    const namen = gemeenteVariabelen(id)
    velden[namen.beheerToken] = token()
    velden[namen.origins] = origins()
  }
  const uitslag = z.object(velden).safeParse(bron, { reportInput: true })
  if (!uitslag.success) throw new EnvFout(`Ongeldige configuratie:\n${foutRegels(uitslag.error.issues).join('\n')}`)
  const waarden = uitslag.data as Record<string, string | string[] | undefined>
  const fouten: string[] = []
  const lijst = ids.map((id) => {
    const namen = gemeenteVariabelen(id)
    const eigenToken = waarden[namen.beheerToken] as string | undefined
    const eigenOrigins = waarden[namen.origins] as string[] | undefined
    if (beheerToken !== undefined && ids.length > 1 && ids.indexOf(id) === 0) {
      fouten.push(
        `  BEHEER_TOKEN: met meer gemeenten heeft elke gemeente haar eigen token; zet ${ids.map((i) => gemeenteVariabelen(i).beheerToken).join(', ')}`,
      )
    }
    if (beheerToken !== undefined && eigenToken !== undefined && ids.length === 1) {
      fouten.push(`  ${namen.beheerToken}: BEHEER_TOKEN staat er ook; zet het op één plek`)
    }
    const tok = eigenToken ?? (ids.length === 1 ? beheerToken : undefined)
    return {
      id,
      ...(tok !== undefined ? { beheerToken: tok } : {}),
      ...(eigenOrigins?.length ? { origins: eigenOrigins } : {}),
    }
  })
  lijst.forEach((g, i) => {
    const ander = lijst.findIndex((h) => h.beheerToken !== undefined && h.beheerToken === g.beheerToken)
    if (g.beheerToken !== undefined && ander < i) {
      fouten.push(
        `  ${gemeenteVariabelen(g.id).beheerToken}: hetzelfde token als ${gemeenteVariabelen(lijst[ander]?.id ?? '').beheerToken}; elke gemeente heeft haar eigen dashboard, dus haar eigen token (openssl rand -hex 24)`,
      )
    }
  })
  if (fouten.length > 0) throw new EnvFout(`Ongeldige configuratie:\n${fouten.join('\n')}`)
  return lijst
}

export class EnvFout extends Error {}

/** Parses the environment; throws an `EnvFout` that names every wrong variable. */
export function leesEnv(bron: Record<string, string | undefined>): Env {
  const uitslag = EnvSchema.safeParse(bron, { reportInput: true })
  if (uitslag.success) return uitslag.data
  throw new EnvFout(`Ongeldige configuratie:\n${foutRegels(uitslag.error.issues).join('\n')}`)
}

/** A variable that looks like one of ours but is not, with the one that was probably meant. */
export interface VerdachteVariabele {
  readonly naam: string
  readonly bedoeld?: string
}

/** Variables of the project's own tools (the test run's id, the profiler's checkout), not settings of the server. */
const GEREEDSCHAP = ['WERKWIJZER_TESTRUN', 'WERKWIJZER_ROOT']

/** First words of our settings that nothing else in a container is likely to use. */
const ONZE_VOORVOEGSELS = [
  'WERKWIJZER',
  ...new Set(
    BEKENDE_VARIABELEN.filter((naam) => naam.includes('_'))
      .map((naam) => naam.split('_')[0] ?? '')
      .filter((woord) => !['NODE', 'MAX', 'PUBLIC'].includes(woord)),
  ),
]

/** The variables Kubernetes adds for every Service in the namespace (`REDIS_PORT=tcp://…`): not settings. */
function isServiceLink(naam: string, waarde: string | undefined): boolean {
  return (
    /_SERVICE_(?:HOST|PORT(?:_\w+)?)$/.test(naam) ||
    /_PORT_\d+_(?:TCP|UDP|SCTP)(?:_(?:PROTO|PORT|ADDR))?$/.test(naam) ||
    (/_PORT$/.test(naam) && /^(?:tcp|udp|sctp):\/\//.test(waarde ?? ''))
  )
}

function afstand(a: string, b: string): number {
  let vorige = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const rij = [i]
    for (let j = 1; j <= b.length; j++) {
      rij[j] = Math.min(
        (vorige[j] ?? 0) + 1,
        (rij[j - 1] ?? 0) + 1,
        (vorige[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    vorige = rij
  }
  return vorige[b.length] ?? 0
}

/**
 * Variables in the environment that look like a setting of ours but are not one: a typo (`GEMENTE`,
 * `ALLOWED_ORIGIN`), the wrong case (`gemeente`), or our first word with another ending (`REDIS_HOST`).
 * They are ignored, so without a warning the server would start as if they were never set.
 */
export function verdachteVariabelen(
  bron: Record<string, string | undefined>,
  gemeenten: readonly string[] = [],
): VerdachteVariabele[] {
  const uit: VerdachteVariabele[] = []
  // The settings of this installation's gemeenten are ours too; one of a gemeente it does not have is not.
  const bekende = [...BEKENDE_VARIABELEN, ...gemeenten.flatMap((id) => Object.values(gemeenteVariabelen(id)))]
  for (const [naam, waarde] of Object.entries(bron)) {
    if (bekende.includes(naam) || GEREEDSCHAP.includes(naam) || isServiceLink(naam, waarde)) continue
    const groot = naam.toUpperCase()
    let beste: { naam: string; afstand: number } | undefined
    for (const bekend of bekende) {
      const d = afstand(groot, bekend)
      if (d <= (bekend.length >= 10 ? 2 : 1) && (!beste || d < beste.afstand)) beste = { naam: bekend, afstand: d }
    }
    if (beste) uit.push({ naam, bedoeld: beste.naam })
    else if (ONZE_VOORVOEGSELS.some((woord) => groot.startsWith(`${woord}_`))) uit.push({ naam })
  }
  return uit
}

/**
 * Only REDIS_URL and REDIS_PASSWORD, checked like the server checks them, as one URL: for tools beside the
 * server (the statistics backup) that must not need the other settings.
 */
export function leesRedisEnv(bron: Record<string, string | undefined>): string | undefined {
  const uitslag = EnvVelden.pick({ REDIS_URL: true, REDIS_PASSWORD: true }).safeParse(bron, { reportInput: true })
  if (!uitslag.success) throw new EnvFout(`Ongeldige configuratie:\n${foutRegels(uitslag.error.issues).join('\n')}`)
  const { REDIS_URL: url, REDIS_PASSWORD: wachtwoord } = uitslag.data
  if (url && wachtwoord && wachtwoordIn(url)) throw new EnvFout('REDIS_PASSWORD: REDIS_URL heeft al een wachtwoord')
  return url && wachtwoord ? metWachtwoord(url, wachtwoord) : url
}
