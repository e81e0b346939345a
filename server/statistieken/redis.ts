import { randomBytes } from 'node:crypto'
import type { Redis } from 'ioredis'
import { ioredis } from '../laat.js'
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
/** The secret of the noise on what is published, made once by the first process (SET NX). */
export const GEHEIM_SLEUTEL = `${STAT_SLEUTEL}ruisgeheim`
/** At most this long between a count and its write. */
export const SPOEL_MS = 1000
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
 * Counts are gathered in memory and written together, pipelined, at most `SPOEL_MS` later (and at
 * `leeg`, `lees` and `close`): a write per request was a third of the Redis round trips of a step.
 * The conversation never waits for them; a crash loses at most that second of anonymous counts.
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
      ? new (ioredis().Redis)(bron, {
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

  /** Counts not written yet, by day and field. */
  let wachtend = new Map<string, Map<string, number>>()
  let gepland: ReturnType<typeof setTimeout> | undefined

  /** Writes what is waiting in one pipeline; never throws, failures are logged. */
  function spoel(): void {
    if (gepland) clearTimeout(gepland)
    gepland = undefined
    if (wachtend.size === 0) return
    const dagen = wachtend
    wachtend = new Map()
    try {
      const pijp = redis.pipeline()
      for (const [dag, velden] of dagen) {
        for (const [veld, aantal] of velden) pijp.hincrby(STAT_SLEUTEL + dag, veld, aantal)
        pijp.expireat(STAT_SLEUTEL + dag, verloopt(dag))
      }
      const klaar = pijp
        .exec()
        .then((uitslagen) => {
          const fout = uitslagen?.find(([f]) => f)?.[0]
          if (fout) log('statistieken niet opgeslagen', fout)
        })
        .catch((fout) => log('statistieken niet opgeslagen', fout))
        .finally(() => onderweg.delete(klaar))
      onderweg.add(klaar)
      const nieuwste = [...dagen.keys()].sort().at(-1)
      if (nieuwste && nieuwste > opgeruimdOp) {
        opgeruimdOp = nieuwste
        const weg = ruimOp(bewaarGrens(nieuwste, bewaarDagen))
          .catch((fout) => log('oude statistieken niet gewist', fout))
          .finally(() => onderweg.delete(weg))
        onderweg.add(weg)
      }
    } catch (fout) {
      log('statistieken niet opgeslagen', fout)
    }
  }

  return {
    soort: 'redis',
    redis,
    tel(dag: string, tellingen: readonly Telling[]) {
      if (!DAG.test(dag)) return
      let velden = wachtend.get(dag)
      for (const t of tellingen) {
        if (!isToegestaan(t)) continue
        const veld = [t.onderwerp, t.taal, t.sleutel].join(SCHEIDING)
        if (!velden) {
          velden = new Map()
          wachtend.set(dag, velden)
        }
        velden.set(veld, (velden.get(veld) ?? 0) + 1)
      }
      if (velden && !gepland) gepland = setTimeout(spoel, SPOEL_MS).unref()
    },
    async leeg() {
      spoel()
      await Promise.all([...onderweg])
    },
    async lees(van, tot) {
      // What this process counted is in the figures it shows.
      spoel()
      await Promise.all([...onderweg])
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
    // Read every time, never kept in the process: after a backup is put back (server/reservekopie.ts)
    // every process draws the noise with the secret of that backup at once, so a week is never shown
    // with two different noises (two answers for one cell could be averaged).
    async geheim() {
      const er = await redis.get(GEHEIM_SLEUTEL)
      if (er) return er
      await redis.set(GEHEIM_SLEUTEL, randomBytes(32).toString('hex'), 'NX')
      const gedeeld = await redis.get(GEHEIM_SLEUTEL)
      if (!gedeeld) throw new Error('statistieken: geen ruisgeheim')
      return gedeeld
    },
    bewaarDagen,
    async close() {
      spoel()
      await Promise.all([...onderweg])
      if (eigen) redis.disconnect()
    },
  }
}
