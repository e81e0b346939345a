import type { Redis } from 'ioredis'
import { ioredis } from '../laat.js'
import {
  type Geladen,
  type GesprekRecord,
  type GesprekStore,
  OpslagFout,
  STANDAARD_MAX_UUR,
  type StoreOpties,
} from './types.js'
import { merkenSleutel, merkVan, ontsleutel, opslagSleutel, versleutel } from './versleuteling.js'

/** The layout before encryption: a hash per conversation under its plain id. Read, then moved. */
export const V2_SLEUTEL = 'werkwijzer:gesprek:v2:'
/** The layout before versions: one plain string per conversation. Read, then moved. */
export const OUDE_SLEUTEL = 'werkwijzer:gesprek:'
/**
 * The rate-limit salt the version before this one kept in Redis and renewed within a minute of
 * serving a request. This version never writes it: it deletes it, and takes its return as the sign
 * that a process of the older version still serves (see `oudeProcessen`).
 */
export const OUDE_ZOUT = 'werkwijzer:snelheid:zout'
/** What the readiness probe writes, to know that Redis takes writes (not full, not read-only). */
export const GEREED_SLEUTEL = 'werkwijzer:gereed'

/** How long one Redis command may take before the request gets a 503 (a hung Redis, say). */
export const COMMANDO_GEDULD_MS = 1500
/** How often a process looks for the older version's salt. */
const KIJK_MS = 15_000
/** How long after the older version was last seen new conversations still go in its layout. */
const OUDE_VERSIE_MS = 5 * 60_000

/*
 * A conversation is one hash: `v` its version, `d` the record, `e` the end of its lifetime (epoch ms).
 * In this version (v3) the key is a hash of the id and `d` is encrypted with a key derived from the id
 * (versleuteling.ts); before it (v2) the key held the id and `d` was plain JSON; before that (v1) it
 * was one string. Each script reads and writes in one step, so two servers never interleave on one
 * conversation. A write only ever updates a hash that exists: after a DEL nothing can bring it back.
 * The clock is the caller's (`ARGV` now), the same clock the memory store uses.
 *
 * Scripts are replicated by their effects (Redis 7 does nothing else), so the AOF holds the HSETs of
 * encrypted records under hashed keys, never a script's arguments. The older keys are only read,
 * which leaves no trace in the AOF, unless a conversation is really in them.
 */

/**
 * KEYS: v3, v2, v1 of one id; ARGV: ttlMs, now, lifetime ms. Returns {layout, v, d, e} or nil and
 * renews the idle time within the lifetime. A v1 string moves into a v2 hash in the same step (with
 * the lifetime counted from when it was made); the caller moves a v2 hash on into v3.
 */
const LAAD = `
local function verleng(sleutel, e)
  local rest = math.min(tonumber(ARGV[1]), tonumber(e) - tonumber(ARGV[2]))
  if rest <= 0 then redis.call('DEL', sleutel) return false end
  redis.call('PEXPIRE', sleutel, rest)
  return true
end
local h = redis.call('HMGET', KEYS[1], 'v', 'd', 'e')
if h[1] then
  if not verleng(KEYS[1], h[3]) then return nil end
  return {'3', h[1], h[2], h[3]}
end
h = redis.call('HMGET', KEYS[2], 'v', 'd', 'e')
if h[1] then
  if not verleng(KEYS[2], h[3]) then return nil end
  return {'2', h[1], h[2], h[3]}
end
local oud = redis.call('GET', KEYS[3])
if not oud then return nil end
redis.call('DEL', KEYS[3])
local ok, r = pcall(cjson.decode, oud)
if not ok or type(r) ~= 'table' or tonumber(r.aangemaakt) == nil then return nil end
local e = tostring(tonumber(r.aangemaakt) + tonumber(ARGV[3]))
redis.call('HSET', KEYS[2], 'v', 1, 'd', oud, 'e', e)
if not verleng(KEYS[2], e) then return nil end
return {'2', '1', oud, e}
`

/** KEYS: v3, v2; ARGV: version read, encrypted data, e, ttlMs, now. Moves a v2 hash into v3: 1, or 0 when it changed meanwhile. */
const VERPLAATS = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
if redis.call('HGET', KEYS[2], 'v') ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[2])
local rest = math.min(tonumber(ARGV[4]), tonumber(ARGV[3]) - tonumber(ARGV[5]))
if rest <= 0 then return 1 end
redis.call('HSET', KEYS[1], 'v', ARGV[1], 'd', ARGV[2], 'e', ARGV[3])
redis.call('PEXPIRE', KEYS[1], rest)
return 1
`

/** KEYS[1]; ARGV: data, ttlMs, end of lifetime, now. 1 when created, 0 when the key exists. */
const MAAK = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local rest = math.min(tonumber(ARGV[2]), tonumber(ARGV[3]) - tonumber(ARGV[4]))
if rest <= 0 then return 1 end
redis.call('HSET', KEYS[1], 'v', 1, 'd', ARGV[1], 'e', ARGV[3])
redis.call('PEXPIRE', KEYS[1], rest)
return 1
`

/**
 * KEYS: v3, v2; ARGV: expected version, encrypted data, ttlMs, now, plain data (only while an older
 * version may run, else ''). 'ok', 'conflict' or 'weg'. A conversation still in v2 stays there while
 * older processes may read it (plain data given), else it moves into v3 with this write.
 */
const BEWAAR = `
local doel = KEYS[1]
local h = redis.call('HMGET', KEYS[1], 'v', 'e')
if not h[1] then
  doel = KEYS[2]
  h = redis.call('HMGET', KEYS[2], 'v', 'e')
  if not h[1] then return 'weg' end
end
local rest = math.min(tonumber(ARGV[3]), tonumber(h[2]) - tonumber(ARGV[4]))
if rest <= 0 then redis.call('DEL', doel) return 'weg' end
if h[1] ~= ARGV[1] then return 'conflict' end
local data = ARGV[2]
if doel == KEYS[2] then
  if ARGV[5] ~= '' then
    data = ARGV[5]
  else
    redis.call('DEL', KEYS[2])
    doel = KEYS[1]
    redis.call('HSET', doel, 'e', h[2])
  end
end
redis.call('HSET', doel, 'v', tonumber(h[1]) + 1, 'd', data)
redis.call('PEXPIRE', doel, rest)
return 'ok'
`

/** KEYS: v3, v2, v1, the marks; ARGV: now. {layout, data} of what was there alive (or nil); all of it gone for good. */
const WIS = `
redis.call('DEL', KEYS[4])
local uit = nil
local oud = redis.call('GET', KEYS[3])
if oud then
  redis.call('DEL', KEYS[3])
  uit = {'1', oud}
end
local h = redis.call('HMGET', KEYS[2], 'd', 'e')
if h[1] then
  redis.call('DEL', KEYS[2])
  uit = nil
  if tonumber(h[2]) > tonumber(ARGV[1]) then uit = {'2', h[1]} end
end
h = redis.call('HMGET', KEYS[1], 'd', 'e')
if h[1] then
  redis.call('DEL', KEYS[1])
  uit = nil
  if tonumber(h[2]) > tonumber(ARGV[1]) then uit = {'3', h[1]} end
end
return uit
`

/** KEYS: v3, v2, the marks; ARGV: the mark. 1 new, 0 known, -1 when the conversation does not live. The marks end with it. */
const EEN_KEER = `
local e = redis.call('HGET', KEYS[1], 'e')
if not e then e = redis.call('HGET', KEYS[2], 'e') end
if not e then return -1 end
local nieuw = redis.call('SADD', KEYS[3], ARGV[1])
redis.call('PEXPIREAT', KEYS[3], e)
return nieuw
`

type Laag = '1' | '2' | '3'

interface Scripts {
  werkwijzerLaad3(
    v3: string,
    v2: string,
    v1: string,
    ttlMs: number,
    nu: number,
    maxMs: number,
  ): Promise<[Laag, string, string, string] | null>
  werkwijzerVerplaats(
    v3: string,
    v2: string,
    versie: string,
    data: string,
    e: string,
    ttlMs: number,
    nu: number,
  ): Promise<number>
  werkwijzerMaak(sleutel: string, data: string, ttlMs: number, einde: number, nu: number): Promise<number>
  werkwijzerBewaar3(
    v3: string,
    v2: string,
    versie: number,
    data: string,
    ttlMs: number,
    nu: number,
    plat: string,
  ): Promise<string>
  werkwijzerWis3(v3: string, v2: string, v1: string, merken: string, nu: number): Promise<[Laag, string] | null>
  werkwijzerEenKeer(v3: string, v2: string, merken: string, merk: string): Promise<number>
}

export interface RedisOpties extends StoreOpties {
  readonly nu?: () => number
  /** Where connection errors go; they also reach the caller as `OpslagFout` (503). */
  readonly logboek?: (fout: Error) => void
  /** How long one command may take (default `COMMANDO_GEDULD_MS`). */
  readonly commandoGeduldMs?: number
  /** How long after the older version was last seen its layout is still written (default 5 minutes). */
  readonly oudeVersieMs?: number
  /** How often to look for it (default 15 s). */
  readonly kijkMs?: number
}

/** What a Redis fault is, for the log: a refused password says so, not "unreachable". */
export function redisFoutSoort(fout: unknown): 'wachtwoord' | 'geheugen' | 'alleenLezen' | 'verbinding' {
  const tekst = String((fout as Error)?.message ?? '')
  if (/^(WRONGPASS|NOAUTH)\b|\bAUTH\b.*\b(password|without any password)\b|invalid password/i.test(tekst))
    return 'wachtwoord'
  if (/^OOM\b/.test(tekst)) return 'geheugen'
  if (/^(READONLY|MISCONF)\b/.test(tekst)) return 'alleenLezen'
  return 'verbinding'
}

/**
 * What in this Redis can lose conversations, in Dutch for the start-up log: an eviction policy that
 * may throw them away to make room (they all have a TTL, so `volatile-*` takes them too) and
 * persistence that is off (a restart loses everything). Empty when all is well; a Redis that does not
 * let us ask (a managed one with INFO renamed) gives one line that says so.
 */
export async function controleerRedis(redis: Redis): Promise<string[]> {
  const waarde = (info: string, veld: string) =>
    info
      .split(/\r?\n/)
      .find((r) => r.startsWith(`${veld}:`))
      ?.slice(veld.length + 1)
      .trim()
  try {
    const [geheugen, opslag] = await Promise.all([redis.info('memory'), redis.info('persistence')])
    const meldingen: string[] = []
    const beleid = waarde(geheugen, 'maxmemory_policy')
    if (beleid && beleid !== 'noeviction')
      meldingen.push(
        `Redis staat op maxmemory-policy ${beleid}: als Redis vol raakt, gooit het gesprekken weg. Zet maxmemory-policy noeviction (docs/opslag.md).`,
      )
    if (waarde(opslag, 'aof_enabled') !== '1')
      meldingen.push(
        'Redis bewaart niets op schijf (appendonly staat uit): bij een herstart van Redis zijn alle gesprekken weg. Zet appendonly yes (docs/opslag.md).',
      )
    return meldingen
  } catch (fout) {
    return [
      `Kon de instellingen van Redis niet nakijken (${(fout as Error)?.name ?? 'fout'}); zorg zelf voor appendonly yes en maxmemory-policy noeviction (docs/opslag.md).`,
    ]
  }
}

/**
 * Redis store: several server processes share conversations, and a restart loses nothing (with
 * `appendonly yes`). Each conversation is one hash with the idle TTL, capped by its lifetime, under a
 * hash of its id and encrypted with a key derived from it. Conversations of the older layouts are read
 * and moved on first use; while a process of the older version may still run (a rolling upgrade),
 * new conversations are written the way it can read them, so nothing is lost during the upgrade.
 */
export function redisStore(
  url: string,
  opties: RedisOpties,
): GesprekStore & { readonly redis: Redis; readonly oudeVersieActief: () => boolean } {
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
    // A Redis that hangs (stopped, swapping, a full disk with fsync always) would otherwise hold every
    // request as long as it hangs: after this the request gets a 503 and the next one tries again.
    commandTimeout: opties.commandoGeduldMs ?? COMMANDO_GEDULD_MS,
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
  redis.defineCommand('werkwijzerLaad3', { numberOfKeys: 3, lua: LAAD })
  redis.defineCommand('werkwijzerVerplaats', { numberOfKeys: 2, lua: VERPLAATS })
  redis.defineCommand('werkwijzerMaak', { numberOfKeys: 1, lua: MAAK })
  redis.defineCommand('werkwijzerBewaar3', { numberOfKeys: 2, lua: BEWAAR })
  redis.defineCommand('werkwijzerWis3', { numberOfKeys: 4, lua: WIS })
  redis.defineCommand('werkwijzerEenKeer', { numberOfKeys: 3, lua: EEN_KEER })
  const scripts = redis as unknown as Scripts

  /*
   * Is a process of the version before this one still serving? It renews its salt (`OUDE_ZOUT`)
   * within a minute of serving a request; we delete it every `kijkMs`, and when it was back, new
   * conversations go in the layout it reads (v2) for `oudeVersieMs` more. Deleting it also takes the
   * older version's salt out of Redis for good.
   */
  const oudeVersieMs = opties.oudeVersieMs ?? OUDE_VERSIE_MS
  let oudeVersieTot = 0
  const kijk = async () => {
    try {
      if ((await redis.del(OUDE_ZOUT)) > 0) oudeVersieTot = Date.now() + oudeVersieMs
      return true
    } catch {
      return false
    }
  }
  let eersteKeer: Promise<boolean> | undefined
  /** The first look, once it succeeded; a failed one is tried again. */
  const eersteBlik = async () => {
    eersteKeer ??= kijk()
    const gelukt = await eersteKeer
    if (!gelukt) eersteKeer = undefined
    return gelukt
  }
  redis.on('ready', () => void eersteBlik())
  const kijker = setInterval(() => void kijk(), opties.kijkMs ?? KIJK_MS)
  kijker.unref()
  const oudeVersieActief = () => Date.now() < oudeVersieTot

  const veilig = async <T>(werk: () => Promise<T>): Promise<T> => {
    try {
      return await werk()
    } catch (fout) {
      throw new OpslagFout((fout as Error).message)
    }
  }
  const sleutels = (id: string) => [opslagSleutel(id), V2_SLEUTEL + id, OUDE_SLEUTEL + id] as const

  const lees = (id: string, laag: Laag, data: string): GesprekRecord =>
    JSON.parse(laag === '3' ? ontsleutel(id, data) : data) as GesprekRecord

  const laad = (id: string): Promise<Geladen | undefined> =>
    veilig(async () => {
      const [v3, v2, v1] = sleutels(id)
      // A move that lost to another write is tried again with what that write left.
      for (let poging = 0; poging < 5; poging++) {
        const uit = await scripts.werkwijzerLaad3(v3, v2, v1, ttlMs, nu(), maxMs)
        if (!uit) return undefined
        const [laag, versie, data, einde] = uit
        const record = lees(id, laag, data)
        if (laag === '3' || oudeVersieActief()) return { versie: Number(versie), record }
        const verplaatst = await scripts.werkwijzerVerplaats(v3, v2, versie, versleutel(id, data), einde, ttlMs, nu())
        if (verplaatst === 1) return { versie: Number(versie), record }
      }
      throw new Error('gesprek kon niet worden verplaatst')
    })

  return {
    soort: 'redis',
    redis,
    oudeVersieActief,
    laad,
    get: async (id) => (await laad(id))?.record,
    maak: (record) =>
      veilig(async () => {
        const json = JSON.stringify(record)
        const oud = oudeVersieActief()
        const gemaakt = await scripts.werkwijzerMaak(
          oud ? V2_SLEUTEL + record.id : opslagSleutel(record.id),
          oud ? json : versleutel(record.id, json),
          ttlMs,
          record.aangemaakt + maxMs,
          nu(),
        )
        return gemaakt === 1 ? 'ok' : 'conflict'
      }),
    bewaar: (record, versie) =>
      veilig(async () => {
        const [v3, v2] = sleutels(record.id)
        const json = JSON.stringify(record)
        const plat = oudeVersieActief() ? json : ''
        const uit = await scripts.werkwijzerBewaar3(v3, v2, versie, versleutel(record.id, json), ttlMs, nu(), plat)
        return uit === 'ok' || uit === 'conflict' ? uit : 'weg'
      }),
    delete: (id) =>
      veilig(async () => {
        const [v3, v2, v1] = sleutels(id)
        const uit = await scripts.werkwijzerWis3(v3, v2, v1, merkenSleutel(id), nu())
        return uit ? lees(id, uit[0], uit[1]) : undefined
      }),
    eenKeer: (id, merk) =>
      veilig(async () => {
        const [v3, v2] = sleutels(id)
        const uit = await scripts.werkwijzerEenKeer(v3, v2, merkenSleutel(id), merkVan(id, merk))
        return uit < 0 ? undefined : uit === 1
      }),
    /** Ready: connected, the older version looked for once, and Redis takes a write (not full, not read-only). */
    async gereed() {
      if (redis.status !== 'ready') return false
      try {
        if (!(await eersteBlik())) return false
        return (await redis.set(GEREED_SLEUTEL, '1', 'PX', 60_000)) === 'OK'
      } catch {
        return false
      }
    },
    async close() {
      clearInterval(kijker)
      redis.disconnect()
    },
  }
}
