/**
 * A bounded memory of finished answers (issue 9), for a request whose answer is costly to make and
 * always the same for the same question: `POST /checks` with the same body, language and day gives
 * the same JSON, byte for byte. Least recently used answers are forgotten first.
 *
 * Trade-off: at most `max` answers (about 5 to 9 KB each for `/checks`) per process, so that a
 * situation residents share skips validation, the rules, the texts and JSON.stringify. A new
 * situation costs one lookup more than before; `npm run bench` measures both.
 */
export interface Uitkomstgeheugen<T> {
  /** The remembered answer (now the most recent), or undefined. */
  vind(sleutel: string): T | undefined
  bewaar(sleutel: string, waarde: T): void
  readonly grootte: number
}

export function maakUitkomstgeheugen<T>(max: number): Uitkomstgeheugen<T> {
  const antwoorden = new Map<string, T>()
  return {
    vind(sleutel) {
      const bekend = antwoorden.get(sleutel)
      if (bekend !== undefined) {
        // Map keeps insertion order: moving a hit to the end keeps the least recent first.
        antwoorden.delete(sleutel)
        antwoorden.set(sleutel, bekend)
      }
      return bekend
    },
    bewaar(sleutel, waarde) {
      if (max <= 0) return
      antwoorden.delete(sleutel)
      if (antwoorden.size >= max) {
        const oudste = antwoorden.keys().next()
        if (!oudste.done) antwoorden.delete(oudste.value)
      }
      antwoorden.set(sleutel, waarde)
    },
    get grootte() {
      return antwoorden.size
    },
  }
}
