import { Redis } from 'ioredis'
import {
  bewaarGrens,
  DAG,
  isToegestaan,
  type Logboek,
  type Rij,
  STANDAARD_BEWAAR_DAGEN,
  standaardLogboek,
  type Teller,
  type Telling,
} from './types.js'

export const STAT_SLEUTEL = 'werkwijzer:stat:'
const SCHEIDING = '|'

/** The days from `van` up to and including `tot`. */
export function dagenTussen(van: string, tot: string): string[] {
  const dagen: string[] = []
  const eind = Date.parse(`${tot}T00:00:00Z`)
  for (let t = Date.parse(`${van}T00:00:00Z`); t <= eind; t += 86_400_000) {
    dagen.push(new Date(t).toISOString().slice(0, 10))
  }
  return dagen
}

/**
 * Counts in Redis, so every server process adds to the same figures: one hash per day
 * (`werkwijzer:stat:<YYYY-MM-DD>`), one field per `onderwerp|taal|sleutel`, raised with HINCRBY.
 * Writes go out pipelined and are not awaited by the conversation.
 *
 * Retention: every day's hash gets EXPIREAT at the end of its last day to keep, so Redis deletes it by
 * itself; the first count of each new day also scans for older day hashes (say, written before a
 * shorter `bewaarDagen` was set) and deletes them.
 */
export function redisTeller(
  bron: string | Redis,
  log: Logboek = standaardLogboek,
  bewaarDagen: number = STANDAARD_BEWAAR_DAGEN,
): Teller & { readonly redis: Redis } {
  const eigen = typeof bron === 'string'
  const redis =
    typeof bron === 'string'
      ? new Redis(bron, {
          lazyConnect: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2000,
          retryStrategy: (poging) => Math.min(poging * 200, 2000),
        })
      : bron
  // A failing Redis is reported through the writes; an unhandled 'error' event must not crash the process.
  if (eigen) redis.on('error', () => {})
  const onderweg = new Set<Promise<unknown>>()
  let opgeruimdOp = ''

  /** Deletes the day hashes before `grens`, found with SCAN (never KEYS: it blocks Redis). */
  async function ruimOp(grens: string): Promise<number> {
    if (!DAG.test(grens)) return 0
    let cursor = '0'
    let weg = 0
    do {
      const [volgende, sleutels] = await redis.scan(cursor, 'MATCH', `${STAT_SLEUTEL}*`, 'COUNT', 500)
      cursor = volgende
      const oud = sleutels.filter((s) => {
        const dag = s.slice(STAT_SLEUTEL.length)
        return DAG.test(dag) && dag < grens
      })
      if (oud.length > 0) weg += await redis.del(...oud)
    } while (cursor !== '0')
    return weg
  }

  /** The moment a day's hash may go: the end (UTC) of the last day it is kept, in seconds. */
  const verloopt = (dag: string) => Math.floor(Date.parse(`${dag}T00:00:00Z`) / 1000) + (bewaarDagen + 1) * 86_400

  return {
    soort: 'redis',
    redis,
    tel(dag: string, tellingen: readonly Telling[]) {
      if (!DAG.test(dag)) return
      const velden = new Map<string, number>()
      for (const t of tellingen) {
        if (!isToegestaan(t)) continue
        const veld = [t.onderwerp, t.taal, t.sleutel].join(SCHEIDING)
        velden.set(veld, (velden.get(veld) ?? 0) + 1)
      }
      if (velden.size === 0) return
      try {
        const pijp = redis.pipeline()
        for (const [veld, aantal] of velden) pijp.hincrby(STAT_SLEUTEL + dag, veld, aantal)
        pijp.expireat(STAT_SLEUTEL + dag, verloopt(dag))
        const klaar = pijp
          .exec()
          .then((uitslagen) => {
            const fout = uitslagen?.find(([f]) => f)?.[0]
            if (fout) log('statistieken niet opgeslagen', fout)
          })
          .catch((fout) => log('statistieken niet opgeslagen', fout))
          .finally(() => onderweg.delete(klaar))
        onderweg.add(klaar)
        if (dag !== opgeruimdOp) {
          opgeruimdOp = dag
          const weg = ruimOp(bewaarGrens(dag, bewaarDagen))
            .catch((fout) => log('oude statistieken niet gewist', fout))
            .finally(() => onderweg.delete(weg))
          onderweg.add(weg)
        }
      } catch (fout) {
        log('statistieken niet opgeslagen', fout)
      }
    },
    async leeg() {
      await Promise.all([...onderweg])
    },
    async lees(van, tot) {
      const dagen = dagenTussen(van, tot)
      const pijp = redis.pipeline()
      for (const dag of dagen) pijp.hgetall(STAT_SLEUTEL + dag)
      const uitslagen = (await pijp.exec()) ?? []
      const rijen: Rij[] = []
      uitslagen.forEach(([fout, velden], i) => {
        if (fout) throw fout
        const dag = dagen[i] as string
        for (const [veld, waarde] of Object.entries((velden ?? {}) as Record<string, string>)) {
          const [onderwerp = '', taal = '', sleutel = ''] = veld.split(SCHEIDING)
          rijen.push({ dag, onderwerp, taal, sleutel, aantal: Number(waarde) })
        }
      })
      return rijen
    },
    ruimOp,
    async close() {
      await Promise.all([...onderweg])
      if (eigen) redis.disconnect()
    },
  }
}
