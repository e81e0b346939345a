/**
 * The Redis store of the version before encryption (layout v2: a hash under the plain id), kept as it
 * was so the upgrade tests can run an older process beside this one, as a rolling upgrade does.
 * Its rate limiter kept a salt in Redis; `zoutVernieuwen` does what it did on each served request.
 */
import type { Redis } from 'ioredis'
import { ioredis } from '../../server/laat.js'
import {
  type GesprekRecord,
  type GesprekStore,
  OpslagFout,
  STANDAARD_MAX_UUR,
  type StoreOpties,
} from '../../server/store/types.js'

/** A new prefix for the hash layout below. */
const SLEUTEL = 'werkwijzer:gesprek:v2:'
/** The layout before versions: one plain string per conversation. Read once, moved, and deleted. */
export const OUDE_SLEUTEL = 'werkwijzer:gesprek:'

/*
 * One conversation is one hash: `v` its version, `d` the record as JSON, `e` the end of its lifetime
 * (epoch ms). Each script reads and writes in one step, so two servers never interleave on one
 * conversation. A write only ever updates a hash that exists: after a DEL nothing can bring it back.
 * The clock is the caller's (`ARGV` now), the same clock the memory store uses.
 */

/**
 * KEYS[1], KEYS[2] the key of the layout before versions (a plain string); ARGV: ttlMs, now, lifetime ms.
 * Returns {v, d} or nil, and renews the idle time within the lifetime. A conversation still in the
 * old layout (written before an upgrade, its idle time not yet over) is moved into a hash first,
 * with the lifetime counted from when it was made, so an upgrade loses no conversation.
 */
const LAAD = `
local h = redis.call('HMGET', KEYS[1], 'v', 'd', 'e')
if not h[1] then
  local oud = redis.call('GET', KEYS[2])
  if not oud then return nil end
  redis.call('DEL', KEYS[2])
  local ok, r = pcall(cjson.decode, oud)
  if not ok or type(r) ~= 'table' or tonumber(r.aangemaakt) == nil then return nil end
  h = {'1', oud, tostring(tonumber(r.aangemaakt) + tonumber(ARGV[3]))}
  redis.call('HSET', KEYS[1], 'v', 1, 'd', oud, 'e', h[3])
end
local rest = math.min(tonumber(ARGV[1]), tonumber(h[3]) - tonumber(ARGV[2]))
if rest <= 0 then redis.call('DEL', KEYS[1]) return nil end
redis.call('PEXPIRE', KEYS[1], rest)
return {h[1], h[2]}
`

/** KEYS[1]; ARGV: data, ttlMs, end of lifetime, now. 1 when created, 0 when the id exists. */
const MAAK = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local rest = math.min(tonumber(ARGV[2]), tonumber(ARGV[3]) - tonumber(ARGV[4]))
if rest <= 0 then return 1 end
redis.call('HSET', KEYS[1], 'v', 1, 'd', ARGV[1], 'e', ARGV[3])
redis.call('PEXPIRE', KEYS[1], rest)
return 1
`

/** KEYS[1]; ARGV: expected version, data, ttlMs, now. 'ok', 'conflict' or 'weg'. */
const BEWAAR = `
local h = redis.call('HMGET', KEYS[1], 'v', 'e')
if not h[1] then return 'weg' end
local rest = math.min(tonumber(ARGV[3]), tonumber(h[2]) - tonumber(ARGV[4]))
if rest <= 0 then redis.call('DEL', KEYS[1]) return 'weg' end
if h[1] ~= ARGV[1] then return 'conflict' end
redis.call('HSET', KEYS[1], 'v', tonumber(h[1]) + 1, 'd', ARGV[2])
redis.call('PEXPIRE', KEYS[1], rest)
return 'ok'
`

/** KEYS[1], KEYS[2] the old layout's key; ARGV: now. The record as it was (nil if there was none alive), and gone for good. */
const WIS = `
local oud = redis.call('GET', KEYS[2])
if oud then redis.call('DEL', KEYS[2]) end
local h = redis.call('HMGET', KEYS[1], 'd', 'e')
if not h[1] then return oud end
redis.call('DEL', KEYS[1])
if tonumber(h[2]) <= tonumber(ARGV[1]) then return nil end
return h[1]
`

interface Scripts {
  werkwijzerLaad(
    sleutel: string,
    oud: string,
    ttlMs: number,
    nu: number,
    maxMs: number,
  ): Promise<[string, string] | null>
  werkwijzerMaak(sleutel: string, data: string, ttlMs: number, einde: number, nu: number): Promise<number>
  werkwijzerBewaar(sleutel: string, versie: number, data: string, ttlMs: number, nu: number): Promise<string>
  werkwijzerWis(sleutel: string, oud: string, nu: number): Promise<string | null>
}

export interface RedisOpties extends StoreOpties {
  readonly nu?: () => number
  /** Where connection errors go; they also reach the caller as `OpslagFout` (503). */
  readonly logboek?: (fout: Error) => void
}

/**
 * Redis store: several server processes share conversations, and a restart loses nothing (with
 * `appendonly yes`). Each conversation is one hash with the idle TTL, capped by its lifetime.
 */
export function redisStore(url: string, opties: RedisOpties): GesprekStore & { readonly redis: Redis } {
  const { ttlMs, nu = Date.now } = opties
  const maxMs = opties.maxLevensduurMs ?? STANDAARD_MAX_UUR * 3_600_000
  const redis = new (ioredis().Redis)(url, {
    lazyConnect: false,
    enableOfflineQueue: false,
    // Commands of requests that run at the same moment (a rate-limit count, a load, a save) go out in
    // one write: fewer system calls and round trips under load, the same order per connection.
    enableAutoPipelining: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (poging) => Math.min(poging * 200, 2000),
  })
  // Without a listener ioredis would throw the 'error' event and crash the process; the fault is
  // logged once per outage and every call during it answers 503.
  let gemeld = false
  redis.on('error', (fout: Error) => {
    if (gemeld) return
    gemeld = true
    opties.logboek?.(fout)
  })
  redis.on('ready', () => {
    gemeld = false
  })
  redis.defineCommand('werkwijzerLaad', { numberOfKeys: 2, lua: LAAD })
  redis.defineCommand('werkwijzerMaak', { numberOfKeys: 1, lua: MAAK })
  redis.defineCommand('werkwijzerBewaar', { numberOfKeys: 1, lua: BEWAAR })
  redis.defineCommand('werkwijzerWis', { numberOfKeys: 2, lua: WIS })
  const scripts = redis as unknown as Scripts
  const veilig = async <T>(werk: () => Promise<T>): Promise<T> => {
    try {
      return await werk()
    } catch (fout) {
      throw new OpslagFout((fout as Error).message)
    }
  }
  const laad = (id: string) =>
    veilig(async () => {
      const uit = await scripts.werkwijzerLaad(SLEUTEL + id, OUDE_SLEUTEL + id, ttlMs, nu(), maxMs)
      return uit ? { versie: Number(uit[0]), record: JSON.parse(uit[1]) as GesprekRecord } : undefined
    })
  return {
    soort: 'redis',
    redis,
    laad,
    get: async (id) => (await laad(id))?.record,
    maak: (record) =>
      veilig(async () => {
        const gemaakt = await scripts.werkwijzerMaak(
          SLEUTEL + record.id,
          JSON.stringify(record),
          ttlMs,
          record.aangemaakt + maxMs,
          nu(),
        )
        return gemaakt === 1 ? 'ok' : 'conflict'
      }),
    bewaar: (record, versie) =>
      veilig(async () => {
        const uit = await scripts.werkwijzerBewaar(SLEUTEL + record.id, versie, JSON.stringify(record), ttlMs, nu())
        return uit === 'ok' || uit === 'conflict' ? uit : 'weg'
      }),
    delete: (id) =>
      veilig(async () => {
        const tekst = await scripts.werkwijzerWis(SLEUTEL + id, OUDE_SLEUTEL + id, nu())
        return tekst ? (JSON.parse(tekst) as GesprekRecord) : undefined
      }),
    // Not in the older version (it counted in the record); through it, this version's routes count nothing.
    eenKeer: async () => undefined,
    async gereed() {
      if (redis.status !== 'ready') return false
      try {
        return (await redis.ping()) === 'PONG'
      } catch {
        return false
      }
    },
    async close() {
      redis.disconnect()
    },
  }
}

/** What the older version's rate limiter did at most once a minute per process while serving. */
export async function zoutVernieuwen(redis: Redis): Promise<void> {
  await redis.set('werkwijzer:snelheid:zout', 'een-zout-van-de-vorige-versie', 'EX', 86_400, 'NX')
}
