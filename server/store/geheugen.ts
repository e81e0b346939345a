import { getHeapStatistics } from 'node:v8'
import type { GesprekRecord } from './types.js'
import { type GesprekStore, OpslagFout, resterend, type StoreOpties } from './types.js'

export interface GeheugenOpties extends StoreOpties {
  /** At most this many conversations (MAX_GESPREKKEN). */
  readonly max: number
  /** At most this many bytes of heap for them (MAX_GESPREKKEN_MB); default `standaardBudget()`. */
  readonly maxBytes?: number
  /** A conversation used within this time is never pushed out; default `BESCHERMD_MS`. */
  readonly beschermdMs?: number
  readonly nu?: () => number
  /** Called when a write is refused because the memory is full of conversations in use (for the log). */
  readonly bijVol?: () => void
}

/** A conversation used in the last quarter of an hour is never pushed out to make room. */
export const BESCHERMD_MS = 15 * 60_000
/** A new conversation may fill the budget up to this part; the rest is for the ones that grow. */
const NIEUW_TOT = 0.9

/**
 * The default budget: a quarter of the heap this process may use (`--max-old-space-size`, or what
 * Node chose for the machine). The rest is for the code, its caches and the requests in flight.
 */
export function standaardBudget(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / 4)
}

/**
 * Bytes one conversation takes on the V8 heap, besides its text: the Map entry, the item, the id as
 * key. Measured (`test/geheugen-budget.test.ts`, docs/opslag.md); the estimate must not be lower.
 */
export const OVERHEAD_BYTES = 320

/** Bytes of one mark of `eenKeer` besides its text (a Set entry). */
const MERK_BYTES = 48

/** Bytes of a string on the V8 heap: one per character when all fit in Latin-1, else two. */
export function tekstBytes(tekst: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole Latin-1 range is meant
  return 16 + (/[^\u0000-\u00ff]/.test(tekst) ? 2 : 1) * tekst.length
}

interface Item {
  /** The record as JSON: what it really costs is then known, and nobody can change it in place. */
  readonly json: string
  readonly versie: number
  readonly aangemaakt: number
  readonly bytes: number
  verloopt: number
  /** When it was last read or written. */
  gebruikt: number
  /** What was counted once for this conversation (`eenKeer`). */
  geteld?: Set<string>
}

/**
 * In-memory store, the default. Bounded in count (`max`) and in bytes (`maxBytes`, notes and all): a
 * record is kept as its JSON text, so its size is known exactly. To make room the conversation used
 * longest ago goes first (a Map keeps insertion order, so re-inserting on use makes the first key the
 * oldest), but never one used within `beschermdMs`: when only those are left, a write is refused with
 * a 503 instead. So residents' input alone can never make the process run out of memory, and a flood
 * of new conversations cannot push out residents who are busy. Idle conversations expire after
 * `ttlMs`, every conversation after its lifetime; a sweep frees their memory. Each method runs to its
 * end without awaiting, so a compare-and-set here is atomic as it is in Redis' script.
 */
export function geheugenStore(
  opties: GeheugenOpties,
): GesprekStore & { readonly grootte: number; readonly bytes: number; readonly maxBytes: number } {
  const { max, ttlMs, nu = Date.now } = opties
  const maxBytes = opties.maxBytes ?? standaardBudget()
  const beschermd = opties.beschermdMs ?? BESCHERMD_MS
  const gesprekken = new Map<string, Item>()
  let bytes = 0

  const weg = (id: string) => {
    const item = gesprekken.get(id)
    if (!item) return
    bytes -= item.bytes
    gesprekken.delete(id)
  }
  const veeg = setInterval(
    () => {
      const t = nu()
      for (const [id, item] of gesprekken) if (item.verloopt <= t) weg(id)
    },
    Math.min(ttlMs, 60_000),
  )
  veeg.unref()

  /** The live item, moved to the young end with its idle time renewed; expired ones go. */
  const levend = (id: string): Item | undefined => {
    const item = gesprekken.get(id)
    if (!item) return undefined
    const t = nu()
    const rest = resterend(item.aangemaakt, t, opties)
    if (item.verloopt <= t || rest <= 0) {
      weg(id)
      return undefined
    }
    gesprekken.delete(id)
    item.verloopt = t + rest
    item.gebruikt = t
    gesprekken.set(id, item)
    return item
  }

  /**
   * Room for `nodig` more bytes within `grens` (and one more conversation when `nieuw`): pushes out
   * the conversations used longest ago, but none used within `beschermd`. False when that is not enough.
   */
  const maakRuimte = (nodig: number, grens: number, nieuw: boolean): boolean => {
    const t = nu()
    while (bytes + nodig > grens || (nieuw && gesprekken.size >= max)) {
      const oudste = gesprekken.entries().next().value
      if (!oudste || t - oudste[1].gebruikt < beschermd) return false
      weg(oudste[0])
    }
    return true
  }

  const vol = (): never => {
    opties.bijVol?.()
    throw new OpslagFout('geheugenopslag vol')
  }

  /** Puts the record as the youngest; `begin` is the start the lifetime counts from; marks stay. */
  const zet = (record: GesprekRecord, json: string, grootte: number, versie: number, begin: number) => {
    const t = nu()
    const rest = resterend(begin, t, opties)
    const geteld = gesprekken.get(record.id)?.geteld
    weg(record.id)
    if (rest <= 0) return
    const extra = geteld ? merkBytes(geteld) : 0
    gesprekken.set(record.id, {
      json,
      versie,
      aangemaakt: begin,
      bytes: grootte + extra,
      verloopt: t + rest,
      gebruikt: t,
      ...(geteld ? { geteld } : {}),
    })
    bytes += grootte + extra
  }

  const merkBytes = (geteld: Set<string>) => [...geteld].reduce((som, m) => som + MERK_BYTES + tekstBytes(m), 0)
  const lees = (item: Item) => JSON.parse(item.json) as GesprekRecord
  const groot = (json: string) => OVERHEAD_BYTES + tekstBytes(json)

  return {
    soort: 'geheugen',
    get grootte() {
      return gesprekken.size
    },
    get bytes() {
      return bytes
    },
    maxBytes,
    async laad(id) {
      const item = levend(id)
      return item ? { record: lees(item), versie: item.versie } : undefined
    },
    async get(id) {
      const item = levend(id)
      return item ? lees(item) : undefined
    },
    async maak(record) {
      if (levend(record.id)) return 'conflict'
      const json = JSON.stringify(record)
      const grootte = groot(json)
      if (!maakRuimte(grootte, maxBytes * NIEUW_TOT, true)) vol()
      zet(record, json, grootte, 1, record.aangemaakt)
      return 'ok'
    },
    async bewaar(record, versie) {
      const item = levend(record.id)
      if (!item) return 'weg'
      if (item.versie !== versie) return 'conflict'
      const json = JSON.stringify(record)
      const grootte = groot(json)
      if (grootte > item.bytes && !maakRuimte(grootte - item.bytes, maxBytes, false)) vol()
      // A write keeps the stored start of the lifetime, as Redis keeps `e`.
      zet(record, json, grootte, versie + 1, item.aangemaakt)
      return 'ok'
    },
    async delete(id) {
      const item = levend(id)
      weg(id)
      return item ? lees(item) : undefined
    },
    async eenKeer(id, merk) {
      const item = levend(id)
      if (!item) return undefined
      if (item.geteld?.has(merk)) return false
      item.geteld ??= new Set()
      item.geteld.add(merk)
      // A handful of short words from a fixed list at most; counted, never refused.
      const extra = MERK_BYTES + tekstBytes(merk)
      gesprekken.set(id, { ...item, bytes: item.bytes + extra })
      bytes += extra
      return true
    },
    async gereed() {
      return true
    },
    async close() {
      clearInterval(veeg)
      gesprekken.clear()
      bytes = 0
    },
  }
}
