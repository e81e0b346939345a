/**
 * A bounded memory of finished answers, for a request whose answer is costly to make and
 * always the same for the same question: `POST /checks` with the same body, language and day gives
 * the same JSON, byte for byte. Least recently used answers are forgotten first, and every answer
 * `ttlMs` after it was last asked for: the facts in a body are kept no longer than that (privacy).
 *
 * Trade-off: at most `max` answers (their size for `/checks` is in bench/RESULTS.md) per process, so that a
 * situation residents share skips validation, the rules, the texts and JSON.stringify. A new
 * situation costs one lookup more than before; `npm run bench` measures both.
 */
export interface Uitkomstgeheugen<T> {
  /** The remembered answer (now the most recent), or undefined. */
  vind(sleutel: string): T | undefined
  bewaar(sleutel: string, waarde: T): void
  readonly grootte: number
}

export interface GeheugenOpties {
  readonly max: number
  readonly ttlMs: number
  readonly nu?: () => number
}

export function maakUitkomstgeheugen<T>({ max, ttlMs, nu = Date.now }: GeheugenOpties): Uitkomstgeheugen<T> {
  const antwoorden = new Map<string, { waarde: T; tot: number }>()
  /** In Map order, least recently used first, which is also soonest to expire: sweep while they are stale. */
  const veeg = (tijd = nu()) => {
    for (const [sleutel, item] of antwoorden) {
      if (item.tot > tijd) break
      antwoorden.delete(sleutel)
    }
  }
  // Also when nobody asks: nothing stays longer than its time.
  if (max > 0) setInterval(veeg, Math.min(ttlMs, 60_000)).unref()
  return {
    vind(sleutel) {
      const tijd = nu()
      veeg(tijd)
      const item = antwoorden.get(sleutel)
      if (item === undefined) return undefined
      // Map keeps insertion order: a hit moves to the end, with a new time to live.
      antwoorden.delete(sleutel)
      antwoorden.set(sleutel, { waarde: item.waarde, tot: tijd + ttlMs })
      return item.waarde
    },
    bewaar(sleutel, waarde) {
      if (max <= 0) return
      const tijd = nu()
      veeg(tijd)
      antwoorden.delete(sleutel)
      if (antwoorden.size >= max) {
        const oudste = antwoorden.keys().next()
        if (!oudste.done) antwoorden.delete(oudste.value)
      }
      antwoorden.set(sleutel, { waarde, tot: tijd + ttlMs })
    },
    get grootte() {
      return antwoorden.size
    },
  }
}
