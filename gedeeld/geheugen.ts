/**
 * The one kind of memory the project uses: a bounded map that forgets what was used least recently
 * first (by halves, see below). Pure and without I/O, so every layer may use it. A value kept here is shared by
 * every caller that finds it: callers keep only values nobody changes (frozen, or never written to).
 */
export interface Geheugen<K, V> {
  /** The value kept for `sleutel`, or the one `maak` gives (then kept). */
  vind(sleutel: K, maak: () => V): V
  /** The value kept for `sleutel`, if any (it then counts as used). */
  kijk(sleutel: K): V | undefined
  bewaar(sleutel: K, waarde: V): void
  readonly grootte: number
}

/**
 * Kept in two generations: what was used since the last turn (`nieuw`) and what was used in the turn
 * before (`oud`). A hit in `nieuw` is one lookup, without moving anything (a render looks up dozens of
 * texts per step); a hit in `oud` moves the entry to `nieuw`. When `nieuw` holds half the limit, it
 * becomes `oud` and the old `oud` is forgotten, so what goes is always what was used least recently,
 * half the limit at a time; and the oldest of `oud` makes room whenever the whole would pass the limit.
 */
export function begrensdGeheugen<K, V>(max: number): Geheugen<K, V> {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`Een geheugen heeft minstens 1 plek, niet ${max}`)
  const helft = Math.ceil(max / 2)
  let nieuw = new Map<K, V>()
  let oud = new Map<K, V>()
  const voegToe = (sleutel: K, waarde: V) => {
    if (nieuw.size >= helft) {
      oud = nieuw
      nieuw = new Map()
    }
    if (oud.size + nieuw.size >= max) {
      const oudste = oud.keys().next()
      if (!oudste.done) oud.delete(oudste.value)
    }
    nieuw.set(sleutel, waarde)
  }
  const bewaar = (sleutel: K, waarde: V) => {
    if (nieuw.has(sleutel)) nieuw.set(sleutel, waarde)
    else {
      oud.delete(sleutel)
      voegToe(sleutel, waarde)
    }
  }
  /** `gevonden` tells a kept `undefined` from nothing kept. */
  let gevonden = false
  const zoek = (sleutel: K): V | undefined => {
    const waarde = nieuw.get(sleutel)
    gevonden = waarde !== undefined || nieuw.has(sleutel)
    if (gevonden || !oud.has(sleutel)) return waarde
    // Used again: it moves to the newer generation, so it outlives everything left in the old one.
    const oudeWaarde = oud.get(sleutel) as V
    oud.delete(sleutel)
    voegToe(sleutel, oudeWaarde)
    gevonden = true
    return oudeWaarde
  }
  return {
    vind(sleutel, maak) {
      const waarde = zoek(sleutel)
      if (gevonden) return waarde as V
      const gemaakt = maak()
      bewaar(sleutel, gemaakt)
      return gemaakt
    },
    kijk: zoek,
    bewaar,
    get grootte() {
      return oud.size + nieuw.size
    },
  }
}
