import type { GesprekRecord, GesprekStore } from './types.js'

export interface GeheugenOpties {
  readonly max: number
  readonly ttlMs: number
  readonly nu?: () => number
}

/**
 * In-memory store, the default. Bounded: past `max` the least recently used conversation goes
 * (a Map keeps insertion order, so re-inserting on use makes the first key the oldest).
 * Idle conversations expire after `ttlMs`; a sweep frees their memory.
 */
export function geheugenStore({
  max,
  ttlMs,
  nu = Date.now,
}: GeheugenOpties): GesprekStore & { readonly grootte: number } {
  const gesprekken = new Map<string, { record: GesprekRecord; verloopt: number }>()
  const veeg = setInterval(
    () => {
      const t = nu()
      for (const [id, item] of gesprekken) if (item.verloopt <= t) gesprekken.delete(id)
    },
    Math.min(ttlMs, 60_000),
  )
  veeg.unref()
  return {
    soort: 'geheugen',
    get grootte() {
      return gesprekken.size
    },
    async get(id) {
      const item = gesprekken.get(id)
      if (!item) return undefined
      if (item.verloopt <= nu()) {
        gesprekken.delete(id)
        return undefined
      }
      gesprekken.delete(id)
      gesprekken.set(id, { record: item.record, verloopt: nu() + ttlMs })
      return item.record
    },
    async set(record) {
      gesprekken.delete(record.id)
      gesprekken.set(record.id, { record, verloopt: nu() + ttlMs })
      while (gesprekken.size > max) {
        const oudste = gesprekken.keys().next().value
        if (oudste === undefined) break
        gesprekken.delete(oudste)
      }
    },
    async delete(id) {
      return gesprekken.delete(id)
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
