/**
 * A bounded memory of finished answers (issue 9), for a pure function whose answer is costly to
 * render and always the same for the same question: `POST /checks` on the same facts, peildatum and
 * language gives the same JSON, byte for byte. Least recently used answers are forgotten first.
 *
 * Trade-off: at most `max` answers (about 5 to 9 KB each for `/checks`) per process, for a check
 * that skips the rules, the texts and JSON.stringify when residents share a situation. A new
 * situation costs a lookup more than before; `npm run bench` measures both.
 */
export interface Uitkomstgeheugen {
  /** The remembered answer, or the one `maak` makes (then remembered). */
  haal(sleutel: string, maak: () => string): string
  readonly grootte: number
}

export function maakUitkomstgeheugen(max: number): Uitkomstgeheugen {
  const antwoorden = new Map<string, string>()
  return {
    haal(sleutel, maak) {
      const bekend = antwoorden.get(sleutel)
      if (bekend !== undefined) {
        // Map keeps insertion order: moving a hit to the end makes the first key the least recent.
        antwoorden.delete(sleutel)
        antwoorden.set(sleutel, bekend)
        return bekend
      }
      const nieuw = maak()
      if (max <= 0) return nieuw
      if (antwoorden.size >= max) {
        const oudste = antwoorden.keys().next()
        if (!oudste.done) antwoorden.delete(oudste.value)
      }
      antwoorden.set(sleutel, nieuw)
      return nieuw
    },
    get grootte() {
      return antwoorden.size
    },
  }
}
