/**
 * A backup of the statistics in Redis/Valkey, and its restore: `node dist/reservekopie.js bewaar > cijfers.json`
 * and `node dist/reservekopie.js terug < cijfers.json`, with the server's own REDIS_URL and REDIS_PASSWORD
 * (so `kubectl exec deploy/werkwijzer -- …` needs nothing else). Only the statistics' keys, never a
 * conversation or a rate limit: a backup must not keep what a resident deleted or what expired.
 *
 * The file is JSON that a person can read and diff: per key its type, its value and when it expires
 * (absolute, so a restore a week later still deletes it on the day the retention says).
 * A restore writes keys that are not there and leaves keys that are (a day already counted again is
 * never doubled); `--vervang` overwrites them. The secret of the noise on the published figures
 * (`GEHEIM_SLEUTEL`) is always put back: a new one would show the weeks in the backup with other noise.
 */
import type { Redis } from 'ioredis'
import { leesRedisEnv } from './env.js'
import { ioredis } from './laat.js'
import { GEHEIM_SLEUTEL, STAT_SLEUTEL } from './statistieken/redis.js'

export interface Bewaard {
  readonly sleutel: string
  readonly type: 'hash' | 'string' | 'set' | 'zset' | 'list'
  /** Unix ms, or null when the key never expires. */
  readonly verlooptOp: number | null
  readonly waarde: Record<string, string> | string | string[]
}

export interface Reservekopie {
  readonly soort: 'werkwijzer-statistieken'
  readonly versie: 1
  readonly gemaakt: string
  readonly sleutels: readonly Bewaard[]
}

/** Every key of the statistics, with its value and expiry. */
export async function bewaar(redis: Redis): Promise<Reservekopie> {
  const sleutels: Bewaard[] = []
  let cursor = '0'
  do {
    const [volgende, gevonden] = await redis.scan(cursor, 'MATCH', `${STAT_SLEUTEL}*`, 'COUNT', 500)
    cursor = volgende
    for (const sleutel of gevonden.sort()) {
      const type = await redis.type(sleutel)
      const verloopt = await redis.pexpiretime(sleutel)
      const verlooptOp = verloopt > 0 ? verloopt : null
      if (type === 'hash') sleutels.push({ sleutel, type, verlooptOp, waarde: await redis.hgetall(sleutel) })
      else if (type === 'string') sleutels.push({ sleutel, type, verlooptOp, waarde: (await redis.get(sleutel)) ?? '' })
      else if (type === 'set')
        sleutels.push({ sleutel, type, verlooptOp, waarde: (await redis.smembers(sleutel)).sort() })
      else if (type === 'zset')
        sleutels.push({ sleutel, type, verlooptOp, waarde: await redis.zrange(sleutel, 0, -1, 'WITHSCORES') })
      else if (type === 'list') sleutels.push({ sleutel, type, verlooptOp, waarde: await redis.lrange(sleutel, 0, -1) })
    }
  } while (cursor !== '0')
  sleutels.sort((a, b) => a.sleutel.localeCompare(b.sleutel))
  return { soort: 'werkwijzer-statistieken', versie: 1, gemaakt: new Date().toISOString(), sleutels }
}

/** Writes a backup back; returns what was written, left alone (already there) and skipped (expired). */
export async function zetTerug(
  redis: Redis,
  kopie: Reservekopie,
  { vervang = false, nu = Date.now() } = {},
): Promise<{ geschreven: number; bestond: number; verlopen: number }> {
  if (kopie.soort !== 'werkwijzer-statistieken' || kopie.versie !== 1) {
    throw new Error('dit is geen reservekopie van de cijfers van Werkwijzer (versie 1)')
  }
  const telling = { geschreven: 0, bestond: 0, verlopen: 0 }
  for (const b of kopie.sleutels) {
    if (!b.sleutel.startsWith(STAT_SLEUTEL)) throw new Error(`${b.sleutel} is geen sleutel van de cijfers`)
    if (b.verlooptOp !== null && b.verlooptOp <= nu) {
      telling.verlopen++
      continue
    }
    // The noise secret of the backup always wins: the weeks in it were shown with that noise; kept apart,
    // the same weeks would now be shown with a second one (docs/statistieken.md).
    if (!vervang && b.sleutel !== GEHEIM_SLEUTEL && (await redis.exists(b.sleutel))) {
      telling.bestond++
      continue
    }
    const m = redis.multi().del(b.sleutel)
    const w = b.waarde
    if (b.type === 'hash' && typeof w === 'object' && !Array.isArray(w)) m.hset(b.sleutel, w)
    else if (b.type === 'string' && typeof w === 'string') m.set(b.sleutel, w)
    else if (b.type === 'set' && Array.isArray(w) && w.length) m.sadd(b.sleutel, ...w)
    else if (b.type === 'zset' && Array.isArray(w) && w.length) {
      const paren: (string | number)[] = []
      for (let i = 0; i + 1 < w.length; i += 2) paren.push(Number(w[i + 1]), w[i] as string)
      m.zadd(b.sleutel, ...paren)
    } else if (b.type === 'list' && Array.isArray(w) && w.length) m.rpush(b.sleutel, ...w)
    if (b.verlooptOp !== null) m.pexpireat(b.sleutel, b.verlooptOp)
    await m.exec()
    telling.geschreven++
  }
  return telling
}

async function leesInvoer(): Promise<string> {
  const delen: Buffer[] = []
  for await (const deel of process.stdin) delen.push(deel as Buffer)
  return Buffer.concat(delen).toString('utf8')
}

async function hoofd(args: string[]) {
  const [opdracht] = args
  if (opdracht !== 'bewaar' && opdracht !== 'terug') {
    console.error(
      'Gebruik: node dist/reservekopie.js bewaar > cijfers.json\n   of: node dist/reservekopie.js terug [--vervang] < cijfers.json',
    )
    return 2
  }
  const url = leesRedisEnv(process.env)
  if (!url) {
    console.error(
      'REDIS_URL ontbreekt: zonder Redis staan de cijfers in het SQLite-bestand (STATISTIEKEN_PAD); kopieer dat.',
    )
    return 1
  }
  const redis = new (ioredis().Redis)(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5000 })
  try {
    await redis.connect()
    if (opdracht === 'bewaar') {
      const kopie = await bewaar(redis)
      process.stdout.write(`${JSON.stringify(kopie, null, 1)}\n`)
      console.error(`${kopie.sleutels.length} sleutels van de cijfers bewaard`)
    } else {
      const kopie = JSON.parse(await leesInvoer()) as Reservekopie
      const { geschreven, bestond, verlopen } = await zetTerug(redis, kopie, { vervang: args.includes('--vervang') })
      console.error(
        `${geschreven} sleutels teruggezet, ${bestond} bestonden al (niet veranderd; --vervang overschrijft), ${verlopen} waren verlopen`,
      )
    }
    return 0
  } catch (fout) {
    const f = fout as { code?: string; message?: string }
    console.error(`Reservekopie mislukt: ${f.code ?? f.message ?? 'onbekende fout'}`)
    return 1
  } finally {
    redis.disconnect()
  }
}

if (process.argv[1]?.endsWith('reservekopie.js')) {
  void hoofd(process.argv.slice(2)).then((code) => process.exit(code))
}
