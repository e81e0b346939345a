import { Redis } from 'ioredis'
import { type GesprekRecord, type GesprekStore, OpslagFout } from './types.js'

const SLEUTEL = 'werkwijzer:gesprek:'

/**
 * Redis store: several server processes share conversations, and a restart loses nothing.
 * Each conversation is one key with the idle TTL, refreshed on every read and write (GETEX / SET EX).
 */
export function redisStore(url: string, ttlSeconden: number): GesprekStore & { readonly redis: Redis } {
  const redis = new Redis(url, {
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (poging) => Math.min(poging * 200, 2000),
  })
  // Errors are reported through the calls (503); an unhandled 'error' event must not crash the process.
  redis.on('error', () => {})
  const veilig = async <T>(werk: () => Promise<T>): Promise<T> => {
    try {
      return await werk()
    } catch (fout) {
      throw new OpslagFout((fout as Error).message)
    }
  }
  return {
    soort: 'redis',
    redis,
    get: (id) =>
      veilig(async () => {
        const tekst = await redis.getex(SLEUTEL + id, 'EX', ttlSeconden)
        return tekst ? (JSON.parse(tekst) as GesprekRecord) : undefined
      }),
    set: (record) =>
      veilig(async () => {
        await redis.set(SLEUTEL + record.id, JSON.stringify(record), 'EX', ttlSeconden)
      }),
    delete: (id) => veilig(async () => (await redis.del(SLEUTEL + id)) > 0),
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
