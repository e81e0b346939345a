/**
 * The one kind of memory the project uses: a bounded map that forgets the least recently used
 * entry first. Pure and without I/O, so every layer may use it. A value kept here is shared by
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

export function begrensdGeheugen<K, V>(max: number): Geheugen<K, V> {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`Een geheugen heeft minstens 1 plek, niet ${max}`)
  const kaart = new Map<K, V>()
  const bewaar = (sleutel: K, waarde: V) => {
    kaart.delete(sleutel)
    if (kaart.size >= max) {
      const oudste = kaart.keys().next()
      if (!oudste.done) kaart.delete(oudste.value)
    }
    kaart.set(sleutel, waarde)
  }
  const kijk = (sleutel: K) => {
    if (!kaart.has(sleutel)) return undefined
    const waarde = kaart.get(sleutel) as V
    // Used again: it moves to the back, so the least recently used goes first.
    kaart.delete(sleutel)
    kaart.set(sleutel, waarde)
    return waarde
  }
  return {
    vind(sleutel, maak) {
      if (kaart.has(sleutel)) return kijk(sleutel) as V
      const waarde = maak()
      bewaar(sleutel, waarde)
      return waarde
    },
    kijk,
    bewaar,
    get grootte() {
      return kaart.size
    },
  }
}
