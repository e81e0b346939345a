/**
 * Rate limits, 429 problem+json with `Retry-After`. Many residents share one address (a library, the
 * Werkplein's wifi, a phone carrier), so the address gets a high limit that only a flood reaches, and
 * each conversation its own limit: what one resident can reasonably do in a minute. A single abusive
 * client is stopped by either; thirty residents behind one address are not.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context, MiddlewareHandler } from 'hono'
import { type ClientRateLimitInfo, MemoryStore, RedisStore, rateLimiter, type Store } from 'hono-rate-limiter'
import type { Redis } from 'ioredis'
import type { AppEnv } from '../../context.js'
import type { Logger } from '../../logging.js'
import { probleemUit, stuurProbleem } from '../../problem.js'

export interface SnelheidOpties {
  /** Requests per client address per minute; without it there is no limit per address (tests). */
  readonly perMinuut?: number
  /** Requests per conversation per minute; without it there is no limit per conversation (tests). */
  readonly perGesprekPerMinuut?: number
  /** Count in Redis (shared by all server processes) instead of in memory. */
  readonly redis?: Redis
  /** Behind the gemeente's reverse proxy: the client is the last `X-Forwarded-For` entry. */
  readonly vertrouwProxy?: boolean
}

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

/** ioredis speaks to hono-rate-limiter's RedisStore through this small adapter. */
function redisClient(redis: Redis) {
  return {
    scriptLoad: async (script: string) => String(await redis.script('LOAD', script)),
    evalsha: async <TArgs extends unknown[], TData = unknown>(sha: string, keys: string[], args: TArgs) =>
      (await redis.evalsha(sha, keys.length, ...keys, ...(args as (string | number)[]))) as TData,
    decr: (key: string) => redis.decr(key),
    del: (key: string) => redis.del(key),
  }
}

/** A store that never fails a request: when Redis is down we count nothing (fail open) instead of a 500. */
class VeiligeStore implements Store<AppEnv> {
  constructor(
    private readonly binnen: Store<AppEnv>,
    private readonly logger?: Logger,
  ) {}
  /** Logged once per outage, not once per request. */
  private gemeld = false
  private meld(fout: unknown) {
    if (this.gemeld) return
    this.gemeld = true
    this.logger?.warn({ fout: (fout as Error)?.name ?? 'Error' }, 'snelheidslimiet telt even niet')
  }
  init(opties: Parameters<NonNullable<Store<AppEnv>['init']>>[0]) {
    this.binnen.init?.(opties)
  }
  async increment(sleutel: string): Promise<ClientRateLimitInfo> {
    try {
      const uit = await this.binnen.increment(sleutel)
      this.gemeld = false
      return uit
    } catch (fout) {
      this.meld(fout)
      return { totalHits: 0, resetTime: undefined }
    }
  }
  async decrement(sleutel: string) {
    try {
      await this.binnen.decrement(sleutel)
    } catch (fout) {
      this.meld(fout)
    }
  }
  async resetKey(sleutel: string) {
    try {
      await this.binnen.resetKey(sleutel)
    } catch (fout) {
      this.meld(fout)
    }
  }
}

const ZOUT_SLEUTEL = 'werkwijzer:snelheid:zout'
const DAG = 24 * 60 * 60

/**
 * The IP is never stored as such: the key is an HMAC with a salt. In Redis the salt is shared by all
 * processes (so they count together) and replaced every day; in memory it lives only in this process.
 */
function maakSleutel(redis: Redis | undefined) {
  let zout = randomBytes(32).toString('hex')
  let geldigTot = 0
  const haalZout = async () => {
    if (!redis || Date.now() < geldigTot) return zout
    try {
      await redis.set(ZOUT_SLEUTEL, randomBytes(32).toString('hex'), 'EX', DAG, 'NX')
      const gedeeld = await redis.get(ZOUT_SLEUTEL)
      if (gedeeld) {
        zout = gedeeld
        geldigTot = Date.now() + 60_000
      }
    } catch {
      // Redis down: the limiter fails open anyway.
    }
    return zout
  }
  // The key of each recent client, for at most a minute (the limit's window): an HMAC per request was
  // about 15 % of a remembered /checks. The address itself is then in memory for that minute,
  // as it is in an open connection; never on disk, in Redis or in a log (docs/privacy.md says so).
  let sleutels = new Map<string, string>()
  let sleutelsZout = ''
  setInterval(() => {
    sleutels = new Map()
  }, MINUUT).unref()
  return async (ip: string) => {
    const nu = await haalZout()
    if (nu !== sleutelsZout) {
      sleutels = new Map()
      sleutelsZout = nu
    }
    let sleutel = sleutels.get(ip)
    if (sleutel === undefined) {
      sleutel = createHmac('sha256', nu).update(ip).digest('base64url').slice(0, 32)
      if (sleutels.size < MAX_SLEUTELS) sleutels.set(ip, sleutel)
    }
    return sleutel
  }
}

const MINUUT = 60_000
/** At most this many keys in that minute; more clients than this are simply hashed each time. */
const MAX_SLEUTELS = 10_000

/** The conversation a request is about, from its path; undefined for anything else. */
const GESPREK = /^\/api\/v1\/gesprekken\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/
export const gesprekVan = (pad: string): string | undefined => GESPREK.exec(pad)?.[1]

const isGezondheid = (pad: string) => pad === '/health' || pad.startsWith('/health/')

function limiet(
  opties: SnelheidOpties & { logger?: Logger },
  soort: 'adres' | 'gesprek',
  perMinuut: number,
  sleutelVan: (c: Context<AppEnv>) => Promise<string> | string,
  overslaan: (c: Context<AppEnv>) => boolean,
): MiddlewareHandler<AppEnv> {
  const store = new VeiligeStore(
    opties.redis
      ? new RedisStore<AppEnv>({
          client: redisClient(opties.redis),
          prefix: soort === 'adres' ? 'werkwijzer:snelheid:' : 'werkwijzer:snelheid:gesprek:',
        })
      : new MemoryStore<AppEnv>(),
    opties.logger,
  )
  return rateLimiter<AppEnv>({
    windowMs: MINUUT,
    limit: perMinuut,
    standardHeaders: 'draft-6',
    store,
    skip: overslaan,
    keyGenerator: sleutelVan,
    handler: (c) => {
      // hono-rate-limiter puts its state in the context under `rateLimit`; our AppEnv does not declare it.
      const info = (c.var as { rateLimit?: { resetTime?: Date } }).rateLimit
      const over = info?.resetTime ? Math.ceil((info.resetTime.getTime() - Date.now()) / 1000) : 60
      const seconden = String(Math.min(60, Math.max(1, over)))
      return stuurProbleem(c, probleemUit(c.get('fouten'), 429, 'teVeelVerzoeken', { seconden }), {
        'Retry-After': seconden,
      })
    },
  })
}

/** Per client address: every request but `/health*`. Requests without a known client (in-process tests) are not counted. */
export function limietPerAdres(opties: SnelheidOpties & { perMinuut: number; logger?: Logger }) {
  const sleutel = maakSleutel(opties.redis)
  return limiet(
    opties,
    'adres',
    opties.perMinuut,
    (c) => sleutel(clientIp(c, opties.vertrouwProxy) ?? ''),
    (c) => isGezondheid(c.req.path) || !clientIp(c, opties.vertrouwProxy),
  )
}

/** Per conversation: every request on `/api/v1/gesprekken/{id}…`, whoever sends it. */
export function limietPerGesprek(opties: SnelheidOpties & { perGesprekPerMinuut: number; logger?: Logger }) {
  const sleutel = maakSleutel(opties.redis)
  return limiet(
    opties,
    'gesprek',
    opties.perGesprekPerMinuut,
    (c) => sleutel(gesprekVan(c.req.path) ?? ''),
    (c) => gesprekVan(c.req.path) === undefined,
  )
}
