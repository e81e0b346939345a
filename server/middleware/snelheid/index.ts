/**
 * Rate limits, 429 problem+json with `Retry-After`. Many residents share one address (a library, the
 * Werkplein's wifi, a phone carrier), so the address gets a high limit that only a flood reaches, and
 * each conversation its own limit: what one resident can reasonably do in a minute. A single abusive
 * client is stopped by either; thirty residents behind one address are not:
 *
 * - per client (an IPv4 address, or an IPv6 /64, `adres.ts`): `perMinuut`, every request but `/health*`;
 * - per conversation, whoever sends: `perGesprekPerMinuut`;
 * - typed messages (`POST …/berichten`, the dearest request) per client: `berichtenPerMinuut`, a
 *   sixth of it per ten seconds, so the budget of a minute never comes in one burst;
 * - when a client is over its limit, a conversation that is already going keeps a small budget of its
 *   own (`RESERVE_PER_GESPREK`), from a pool per client as large as half its limit: the residents
 *   behind a flooding neighbour finish their intake; the flooder gains at most half a limit more.
 *
 * What is counted is never an address or an id: the key is an HMAC with a secret that is replaced every
 * day. Without `geheim` (SNELHEID_GEHEIM) that secret lives only in this process, and so do the counts;
 * with it, the counts are shared in Redis by all processes, under keys nobody can turn back into an
 * address without the secret, which is never stored (docs/privacy.md).
 */
import { createHmac, randomBytes } from 'node:crypto'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context, MiddlewareHandler } from 'hono'
import type { Redis } from 'ioredis'
import type { Logger } from '../../logging.js'
import { probleemUit, stuurProbleem } from '../../problem.js'
import type { AppEnv } from '../../verzoek.js'
import { adresGroep } from './adres.js'

export { adresGroep }

export interface SnelheidOpties {
  /** Requests per client per minute; without it there is no limit per client (tests). */
  readonly perMinuut?: number
  /** Requests per conversation per minute; without it there is no limit per conversation (tests). */
  readonly perGesprekPerMinuut?: number
  /** Typed messages per client per minute; default `STANDAARD_BERICHTEN_PER_MINUUT` when `perMinuut` is set. */
  readonly berichtenPerMinuut?: number
  /** Count in Redis (shared by all server processes), only together with `geheim`. */
  readonly redis?: Redis
  /** The secret the keys are made with (SNELHEID_GEHEIM), the same in every process; never stored. */
  readonly geheim?: string
  /** Behind the gemeente's reverse proxy: the client is the last `X-Forwarded-For` entry. */
  readonly vertrouwProxy?: boolean
}

/** Typed messages per client per minute by default: a resident types a few; a flood costs the CPU. */
export const STANDAARD_BERICHTEN_PER_MINUUT = 120
/** The window of the typed-message budget: a sixth of it per ten seconds. */
const BERICHT_VENSTER_MS = 10_000
/** What a conversation may still do in a minute when its client is over the limit. */
export const RESERVE_PER_GESPREK = 20

const MINUUT = 60_000
const DAG = 86_400_000
/** How long a count in Redis may take; after that the request goes on uncounted (fail open). */
const REDIS_GEDULD_MS = 250
/** At most this many counters in memory; past it the oldest window goes first. */
const MAX_TELLERS = 200_000

/** The client's address, for counting only. */
export function clientIp(c: Context, vertrouwProxy = false): string | undefined {
  if (vertrouwProxy) {
    const doorgestuurd = c.req.header('X-Forwarded-For')
    const laatste = doorgestuurd
      ?.split(',')
      .map((d) => d.trim())
      .filter(Boolean)
      .at(-1)
    if (laatste) return laatste
  }
  try {
    return getConnInfo(c).remote.address
  } catch {
    return undefined
  }
}

/** The conversation a request is about, from its path; undefined for anything else. */
const GESPREK = /^\/api\/v1\/gesprekken\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/[^?]*)?$/
export const gesprekVan = (pad: string): string | undefined => GESPREK.exec(pad)?.[1]
const isBericht = (c: Context) => c.req.method === 'POST' && GESPREK.exec(c.req.path)?.[2] === '/berichten'

const isGezondheid = (pad: string) => pad === '/health' || pad.startsWith('/health/')

interface Stand {
  readonly aantal: number
  /** Epoch ms when this window ends. */
  readonly einde: number
}

/** Raises a counter for the current window (a minute by default); undefined when it could not be counted. */
type Tel = (sleutel: string, vensterMs?: number) => Promise<Stand | undefined>

/** Counters in this process: a fixed window per key. */
function geheugenTellers(): Tel {
  const tellers = new Map<string, { aantal: number; einde: number }>()
  setInterval(() => {
    const nu = Date.now()
    for (const [sleutel, t] of tellers) if (t.einde <= nu) tellers.delete(sleutel)
  }, MINUUT).unref()
  return async (sleutel, vensterMs = MINUUT) => {
    const nu = Date.now()
    const t = tellers.get(sleutel)
    if (t && t.einde > nu) {
      t.aantal++
      return t
    }
    if (!t && tellers.size >= MAX_TELLERS) {
      const oudste = tellers.keys().next().value
      if (oudste !== undefined) tellers.delete(oudste)
    }
    const nieuw = { aantal: 1, einde: nu + vensterMs }
    tellers.set(sleutel, nieuw)
    return nieuw
  }
}

const TEL_LUA = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local rest = redis.call('PTTL', KEYS[1])
if rest < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) rest = tonumber(ARGV[1]) end
return {n, rest}
`
const gedefinieerd = new WeakSet<Redis>()

/** Counters in Redis, shared by every process; a slow or absent Redis counts nothing. */
function redisTellers(redis: Redis, meld: (fout: unknown) => void, hersteld: () => void): Tel {
  if (!gedefinieerd.has(redis)) {
    redis.defineCommand('werkwijzerTel', { numberOfKeys: 1, lua: TEL_LUA })
    gedefinieerd.add(redis)
  }
  const tel = redis as unknown as { werkwijzerTel(sleutel: string, ms: number): Promise<[number, number]> }
  return async (sleutel, vensterMs = MINUUT) => {
    let wekker: NodeJS.Timeout | undefined
    try {
      const [aantal, rest] = await Promise.race([
        tel.werkwijzerTel(`werkwijzer:limiet:${sleutel}`, vensterMs),
        new Promise<never>((_, mis) => {
          wekker = setTimeout(() => mis(new Error('snelheidslimiet: Redis antwoordt niet')), REDIS_GEDULD_MS)
        }),
      ])
      hersteld()
      return { aantal: Number(aantal), einde: Date.now() + Number(rest) }
    } catch (fout) {
      meld(fout)
      return undefined
    } finally {
      clearTimeout(wekker)
    }
  }
}

/**
 * The key of a counter: an HMAC of what is counted, with a secret of the day derived from `geheim`
 * (or from random bytes of this process). Recent keys are remembered for a minute: an HMAC per
 * request was a large part of a remembered /checks (bench/RESULTS.md). The address is then in memory for that minute, as
 * it is in an open connection; never on disk, in Redis or in a log.
 */
function sleutelMaker(geheim: string | undefined) {
  const basis = geheim ?? randomBytes(32).toString('hex')
  let dag = Number.NaN
  let vanDag = Buffer.alloc(0)
  let onthouden = new Map<string, string>()
  setInterval(() => {
    onthouden = new Map()
  }, MINUUT).unref()
  return (soort: string, waarde: string): string => {
    const vandaag = Math.floor(Date.now() / DAG)
    if (vandaag !== dag) {
      dag = vandaag
      vanDag = createHmac('sha256', basis).update(`werkwijzer-snelheid:${vandaag}`).digest()
      onthouden = new Map()
    }
    const invoer = `${soort}:${waarde}`
    let sleutel = onthouden.get(invoer)
    if (sleutel === undefined) {
      sleutel = createHmac('sha256', vanDag).update(invoer).digest('base64url').slice(0, 32)
      if (onthouden.size < 10_000) onthouden.set(invoer, sleutel)
    }
    return sleutel
  }
}

/** The rate limits of the app in one middleware (see the top of this file). */
export function snelheidsLimiet(opties: SnelheidOpties & { logger?: Logger }): MiddlewareHandler<AppEnv> {
  const { perMinuut, perGesprekPerMinuut, vertrouwProxy = false } = opties
  const berichten = opties.berichtenPerMinuut ?? (perMinuut ? STANDAARD_BERICHTEN_PER_MINUUT : undefined)
  const pool = perMinuut ? Math.max(1, Math.ceil(perMinuut / 2)) : 0
  let gemeld = false
  const meld = (fout: unknown) => {
    if (gemeld) return
    gemeld = true
    opties.logger?.warn({ fout: (fout as Error)?.name ?? 'Error' }, 'snelheidslimiet telt even niet')
  }
  const tel: Tel =
    opties.redis && opties.geheim
      ? redisTellers(opties.redis, meld, () => {
          gemeld = false
        })
      : geheugenTellers()
  const sleutel = sleutelMaker(opties.geheim)

  const weiger = (c: Context<AppEnv>, stand: Stand) => {
    const seconden = String(Math.min(60, Math.max(1, Math.ceil((stand.einde - Date.now()) / 1000))))
    return stuurProbleem(c, probleemUit(c.get('fouten'), 429, 'teVeelVerzoeken', { seconden }), {
      'Retry-After': seconden,
    })
  }
  const koppen = (c: Context<AppEnv>, limiet: number, stand: Stand) => {
    c.header('RateLimit-Limit', String(limiet))
    c.header('RateLimit-Remaining', String(Math.max(0, limiet - stand.aantal)))
    c.header('RateLimit-Reset', String(Math.max(0, Math.ceil((stand.einde - Date.now()) / 1000))))
  }

  return async (c, next) => {
    if (isGezondheid(c.req.path)) return next()
    const gesprek = gesprekVan(c.req.path)
    const ip = perMinuut || berichten ? clientIp(c, vertrouwProxy) : undefined
    // Requests without a known client (in-process tests) are not counted per client.
    const groep = ip ? adresGroep(ip) : undefined

    if (perMinuut && groep) {
      const stand = await tel(sleutel('a', groep))
      if (stand && stand.aantal > perMinuut) {
        // Over the limit: only a conversation that is going on may use its own small reserve.
        if (!gesprek) return weiger(c, stand)
        const eigen = await tel(sleutel('r', gesprek))
        if (eigen && eigen.aantal > RESERVE_PER_GESPREK) return weiger(c, eigen)
        const samen = await tel(sleutel('p', groep))
        if (samen && samen.aantal > pool) return weiger(c, stand)
      }
      if (stand) koppen(c, perMinuut, stand)
    }
    if (perGesprekPerMinuut && gesprek) {
      const stand = await tel(sleutel('g', gesprek))
      if (stand && stand.aantal > perGesprekPerMinuut) return weiger(c, stand)
      if (stand && !perMinuut) koppen(c, perGesprekPerMinuut, stand)
    }
    if (berichten && groep && isBericht(c)) {
      // Counted per ten seconds (a sixth of the budget each): a whole minute's budget at once would
      // keep the process busy in one burst, and others would wait behind it.
      const stand = await tel(sleutel('b', groep), BERICHT_VENSTER_MS)
      if (stand && stand.aantal > Math.max(1, Math.ceil(berichten / 6))) return weiger(c, stand)
    }
    return next()
  }
}
