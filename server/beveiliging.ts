/**
 * Abuse protection and safe defaults (issue 8): security headers, CORS, a rate limit per client and
 * a strict JSON gate. Routes may set their own `Content-Security-Policy` (or any header here); the
 * defaults only fill in what a route left out.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context, MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import { type ClientRateLimitInfo, MemoryStore, RedisStore, rateLimiter, type Store } from 'hono-rate-limiter'
import type { Redis } from 'ioredis'
import type { AppEnv } from './context.js'
import { zetKop } from './koppen.js'
import { probleemUit, stuurProbleem } from './problem.js'

export interface BeveiligingOpties {
  /** Origins that may call the API from a browser; default: the server's own origin. */
  readonly origins?: readonly string[]
  /** Requests per client IP per minute; without it there is no rate limit (tests). */
  readonly perMinuut?: number
  /** Count in Redis (shared by all server processes) instead of in memory. */
  readonly redis?: Redis
  /** Behind the gemeente's reverse proxy: the client is the last `X-Forwarded-For` entry. */
  readonly vertrouwProxy?: boolean
}

/** Readable from anywhere (NL API Design Rules): the OpenAPI document and the embeddable widget. */
export function isOpenBron(pad: string): boolean {
  return pad === '/api/v1/openapi.json' || pad === '/widget.js' || /^\/widget-[0-9a-f]{16}\.js$/.test(pad)
}

/** For HTML pages that set no policy of their own: only our own scripts, styles and API. */
export const STANDAARD_CSP_HTML = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** For everything else (JSON, problems, scripts): nothing may load, nothing may frame it. */
export const STANDAARD_CSP_DATA = "default-src 'none'; frame-ancestors 'none'"

export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ')

/** Security headers on every response, unless the route already set that header. No cookies, ever. */
export function beveiligingsKoppen(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next()
    const koppen = c.res.headers
    const zet = (naam: string, waarde: string) => {
      if (!koppen.has(naam)) koppen.set(naam, waarde)
    }
    const html = /^text\/html\b/i.test(koppen.get('Content-Type') ?? '')
    zet('X-Content-Type-Options', 'nosniff')
    zet('Referrer-Policy', 'no-referrer')
    zet('Permissions-Policy', PERMISSIONS_POLICY)
    zet('Cross-Origin-Resource-Policy', isOpenBron(c.req.path) ? 'cross-origin' : 'same-origin')
    zet('Content-Security-Policy', html ? STANDAARD_CSP_HTML : STANDAARD_CSP_DATA)
    // A conversation is personal: no shared cache may keep it.
    if (c.req.path.startsWith('/api/v1/gesprekken')) zet('Cache-Control', 'no-store')
    koppen.delete('Set-Cookie')
  }
}

/** CORS: allowed origins get their own origin back; unknown origins get no CORS headers; never credentials. */
export function corsBeleid(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  const toegestaan = new Set(origins.map((o) => o.replace(/\/$/, '')))
  const metCors = cors({
    origin: (origin, c) => (isOpenBron(c.req.path) ? '*' : toegestaan.has(origin) ? origin : null),
    allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['Content-Type', 'Accept', 'Accept-Language', 'X-Request-Id'],
    exposeHeaders: ['API-Version', 'Location', 'Retry-After', 'X-Request-Id', 'Content-Language'],
    maxAge: 600,
    credentials: false,
  })
  return async (c, next) => {
    const origin = c.req.header('Origin')
    if (origin && (isOpenBron(c.req.path) || toegestaan.has(origin))) return metCors(c, next)
    await next()
    // The answer differs per origin, so caches must keep them apart.
    if (!isOpenBron(c.req.path)) zetKop(c, 'Vary', 'Origin', { append: true })
  }
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
  constructor(private readonly binnen: Store<AppEnv>) {}
  init(opties: Parameters<NonNullable<Store<AppEnv>['init']>>[0]) {
    this.binnen.init?.(opties)
  }
  async increment(sleutel: string): Promise<ClientRateLimitInfo> {
    try {
      return await this.binnen.increment(sleutel)
    } catch {
      return { totalHits: 0, resetTime: undefined }
    }
  }
  async decrement(sleutel: string) {
    try {
      await this.binnen.decrement(sleutel)
    } catch {}
  }
  async resetKey(sleutel: string) {
    try {
      await this.binnen.resetKey(sleutel)
    } catch {}
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
  // about 15 % of a remembered /checks (issue 9). The address itself is then in memory for that minute,
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

/** Rate limit per client IP; `/health*` is exempt; 429 problem+json with `Retry-After`. */
export function snelheidsLimiet(opties: BeveiligingOpties & { perMinuut: number }): MiddlewareHandler<AppEnv> {
  const venster = 60_000
  const sleutel = maakSleutel(opties.redis)
  const store = new VeiligeStore(
    opties.redis
      ? new RedisStore<AppEnv>({ client: redisClient(opties.redis), prefix: 'werkwijzer:snelheid:' })
      : new MemoryStore<AppEnv>(),
  )
  return rateLimiter<AppEnv>({
    windowMs: venster,
    limit: opties.perMinuut,
    standardHeaders: 'draft-6',
    store,
    // Requests without a known client (in-process tests) are not counted.
    skip: (c) => c.req.path === '/health' || c.req.path.startsWith('/health/') || !clientIp(c, opties.vertrouwProxy),
    keyGenerator: (c) => sleutel(clientIp(c, opties.vertrouwProxy) ?? ''),
    handler: (c) => {
      const info = c.get('rateLimit' as never) as { resetTime?: Date } | undefined
      const over = info?.resetTime ? Math.ceil((info.resetTime.getTime() - Date.now()) / 1000) : 60
      const seconden = String(Math.min(60, Math.max(1, over)))
      return stuurProbleem(c, probleemUit(c.get('fouten'), 429, 'teVeelVerzoeken', { seconden }), {
        'Retry-After': seconden,
      })
    },
  })
}

/** Keys that could reach an object's prototype; never valid in any of our bodies. */
const VERBODEN_SLEUTELS = new Set(['__proto__', 'constructor', 'prototype'])
export const MAX_DIEPTE = 16

const pointerDeel = (deel: string | number) => String(deel).replaceAll('~', '~0').replaceAll('/', '~1')

/**
 * Does the request carry a body (as `c.req.raw.body !== null`)? Through @hono/node-server every
 * request but GET, HEAD and TRACE has one, and asking `raw.body` would turn its light request into
 * a full Request with a web stream, the slow way to read a body (issue 9).
 */
export function heeftLichaam(c: Context): boolean {
  if ((c.env as { incoming?: unknown } | undefined)?.incoming) {
    const methode = c.req.method
    return methode !== 'GET' && methode !== 'HEAD' && methode !== 'TRACE'
  }
  return c.req.raw.body !== null
}

/**
 * Before any route parses a JSON body: it must be valid UTF-8 and JSON, at most `MAX_DIEPTE` deep, and
 * without prototype keys. The body is at most 64 KB here (the body limit runs first).
 */
export function strikteJson(): MiddlewareHandler<AppEnv> {
  const utf8 = new TextDecoder('utf-8', { fatal: true })
  return async (c, next) => {
    const methode = c.req.method
    if (methode !== 'POST' && methode !== 'PUT' && methode !== 'PATCH') return next()
    if (!heeftLichaam(c)) return next()
    const t = c.get('fouten')
    let tekst: string
    try {
      tekst = utf8.decode(await c.req.arrayBuffer())
    } catch {
      return stuurProbleem(c, probleemUit(t, 400, 'ongeldigeJson'))
    }
    // The route's `c.req.json()` reads this text instead of decoding the bytes once more (issue 9).
    ;(c.req.bodyCache as Record<string, unknown>).text = Promise.resolve(tekst)
    if (tekst.trim() === '') return next()
    if (!c.req.header('Content-Type')) return stuurProbleem(c, probleemUit(t, 400, 'geenJson'))
    let waarde: unknown
    try {
      waarde = JSON.parse(tekst)
    } catch {
      return stuurProbleem(c, probleemUit(t, 400, 'ongeldigeJson'))
    }
    const fout = controleer(waarde)
    if (fout) {
      const detail = fout.code === 'onbekend-veld' ? t('veld.onbekend') : t('veld.ongeldig')
      return stuurProbleem(
        c,
        probleemUit(
          t,
          400,
          'ongeldigeInvoer',
          {},
          { errors: [{ in: 'body', location: { pointer: fout.pointer }, code: fout.code, detail }] },
        ),
      )
    }
    return next()
  }
}

/** A place in the body: its key and the place it sits in; the JSON pointer is written only for an error. */
interface Plek {
  readonly ouder?: Plek
  readonly sleutel: string | number
}

const pointerVan = (plek: Plek | undefined): string => {
  const delen: string[] = []
  for (let p = plek; p; p = p.ouder) delen.push(`/${pointerDeel(p.sleutel)}`)
  return delen.reverse().join('') || '/'
}

/** Walks the value without recursion (a 64 KB body can nest 32 000 deep). */
function controleer(waarde: unknown): { pointer: string; code: string } | undefined {
  const stapel: { waarde: unknown; diepte: number; plek?: Plek }[] = [{ waarde, diepte: 0 }]
  while (stapel.length > 0) {
    const hier = stapel.pop()
    if (!hier || hier.waarde === null || typeof hier.waarde !== 'object') continue
    if (hier.diepte >= MAX_DIEPTE) return { pointer: pointerVan(hier.plek), code: 'te-diep' }
    if (Array.isArray(hier.waarde)) {
      hier.waarde.forEach((kind, i) => {
        if (kind !== null && typeof kind === 'object')
          stapel.push({ waarde: kind, diepte: hier.diepte + 1, plek: { ouder: hier.plek, sleutel: i } })
      })
      continue
    }
    for (const sleutel in hier.waarde) {
      const kind = (hier.waarde as Record<string, unknown>)[sleutel]
      if (VERBODEN_SLEUTELS.has(sleutel))
        return { pointer: pointerVan({ ouder: hier.plek, sleutel }), code: 'onbekend-veld' }
      if (kind !== null && typeof kind === 'object')
        stapel.push({ waarde: kind, diepte: hier.diepte + 1, plek: { ouder: hier.plek, sleutel } })
    }
  }
  return undefined
}
