import type { GesprekRecord } from './types.js'
import { type GesprekStore, resterend, type StoreOpties } from './types.js'

export interface GeheugenOpties extends StoreOpties {
  readonly max: number
  readonly nu?: () => number
}

interface Item {
  readonly record: GesprekRecord
  readonly versie: number
  verloopt: number
}

/**
 * In-memory store, the default. Bounded: past `max` the least recently used conversation goes
 * (a Map keeps insertion order, so re-inserting on use makes the first key the oldest).
 * Idle conversations expire after `ttlMs`, every conversation after its lifetime; a sweep frees
 * their memory. Each method runs to its end without awaiting, so a compare-and-set here is atomic
 * as it is in Redis' script.
 */
export function geheugenStore(opties: GeheugenOpties): GesprekStore & { readonly grootte: number } {
  const { max, ttlMs, nu = Date.now } = opties
  const gesprekken = new Map<string, Item>()
  const veeg = setInterval(
    () => {
      const t = nu()
      for (const [id, item] of gesprekken) if (item.verloopt <= t) gesprekken.delete(id)
    },
    Math.min(ttlMs, 60_000),
  )
  veeg.unref()

  /** The live item, moved to the young end with its idle time renewed; expired ones go. */
  const levend = (id: string): Item | undefined => {
    const item = gesprekken.get(id)
    if (!item) return undefined
    gesprekken.delete(id)
    const t = nu()
    if (item.verloopt <= t) return undefined
    const rest = resterend(item.record.aangemaakt, t, opties)
    if (rest <= 0) return undefined
    item.verloopt = t + rest
    gesprekken.set(id, item)
    return item
  }

  /** `begin`: the start the lifetime counts from; a write keeps the stored one, as Redis keeps `e`. */
  const zet = (record: GesprekRecord, versie: number, begin = record.aangemaakt) => {
    const rest = resterend(begin, nu(), opties)
    gesprekken.delete(record.id)
    if (rest <= 0) return
    gesprekken.set(record.id, { record, versie, verloopt: nu() + rest })
    while (gesprekken.size > max) {
      const oudste = gesprekken.keys().next().value
      if (oudste === undefined) break
      gesprekken.delete(oudste)
    }
  }

  return {
    soort: 'geheugen',
    get grootte() {
      return gesprekken.size
    },
    async laad(id) {
      const item = levend(id)
      return item ? { record: item.record, versie: item.versie } : undefined
    },
    async get(id) {
      return levend(id)?.record
    },
    async maak(record) {
      if (levend(record.id)) return 'conflict'
      zet(record, 1)
      return 'ok'
    },
    async bewaar(record, versie) {
      const item = levend(record.id)
      if (!item) return 'weg'
      if (item.versie !== versie) return 'conflict'
      zet(record, versie + 1, item.record.aangemaakt)
      return 'ok'
    },
    async delete(id) {
      const item = levend(id)
      gesprekken.delete(id)
      return item?.record
    },
    async gereed() {
      return true
    },
    async close() {
      clearInterval(veeg)
      gesprekken.clear()
    },
  }
}
