/**
 * Typos in known words ("bijstan", "opleidng", "nabestaande"): a word that is in no list is read as the
 * one known word it is closest to, within one edit for words of 5 to 9 letters and two from 10 letters.
 * Shorter words are never changed ("nee" is no "mee", "jaar" no "maar"): short words have too many
 * neighbours. Nothing is changed when two known words are as close. An edit is a letter added, left out, changed, or two letters swapped.
 * A letter held down ("neeee", "jaaaa") is read once or twice, whichever a list knows. A long word cut off
 * ("nabestaandenuitk", 11 letters or more) is the one listed word it is the start of.
 * First, a word with the same stem as one listed word is that word ("konsultantem", "danışmanımla",
 * "допомогу"): the language's own Snowball stemmer says so, for a stem of 4 letters or more.
 */

/** The words of the lists a conversation reads, by length, for finding the closest. */
export interface Woordenschat {
  readonly bekend: ReadonlySet<string>
  readonly perLengte: ReadonlyMap<number, readonly Doel[]>
  /** Words of doubt, "not", and questions that are no answer ("misschien", "nooit", "waarom"), by length: a typo is read as one more readily. */
  readonly voorzichtig: ReadonlyMap<number, readonly Doel[]>
  /** Per stemmer: stem -> the one listed word with that stem (`''` when two words share it). */
  readonly perStam: readonly { readonly stam: (w: string) => string; readonly woorden: ReadonlyMap<string, string> }[]
}

/** A word a typo may be read as, with its letters as bits (see `masker`). */
export interface Doel {
  readonly woord: string
  readonly masker: number
}

/** A stem shorter than this says too little ("yar" is "yardım" and "yara"). */
const KORTSTE_STAM = 4

/** Words shorter than this are never a correction. */
export const KORTSTE = 5

/** How many edits a typed word of this length may have. */
export const maxFouten = (lengte: number) => (lengte >= 10 ? 2 : lengte >= KORTSTE ? 1 : 0)
/** The same, for a word of doubt, "not" or a question ("mischein", "nooiit", "waarm"): two from 9 letters. */
export const maxVoorzichtig = (lengte: number) => (lengte >= 9 ? 2 : lengte >= KORTSTE ? 1 : 0)

/**
 * `woorden`: the words of the lists, which a typo may be read as. `gewoon`: other words of the language
 * ("straat", "begonnen"), known as they are, so that no real word is read as a listed one.
 */
export function maakWoordenschat(
  woorden: Iterable<string>,
  gewoon: Iterable<string> = [],
  stammers: readonly ((w: string) => string)[] = [],
  twijfel: Iterable<string> = [],
): Woordenschat {
  const bekend = new Set<string>(gewoon)
  const perLengte = new Map<number, Doel[]>()
  const doelen = new Set<string>()
  for (const woord of woorden) {
    if (doelen.has(woord)) continue
    doelen.add(woord)
    bekend.add(woord)
    const lengte = woord.length
    if (lengte < KORTSTE || woord.includes('*')) continue
    const bij = perLengte.get(lengte) ?? []
    bij.push({ woord, masker: masker(woord) })
    perLengte.set(lengte, bij)
  }
  const voorzichtig = new Map<number, Doel[]>()
  for (const woord of new Set(twijfel)) {
    if (woord.length < 5 || woord.includes('*')) continue
    bekend.add(woord)
    const bij = voorzichtig.get(woord.length) ?? []
    bij.push({ woord, masker: masker(woord) })
    voorzichtig.set(woord.length, bij)
  }
  const perStam = stammers.map((stam) => {
    const uit = new Map<string, string>()
    for (const woord of doelen) {
      if (woord.length < KORTSTE_STAM || woord.includes('*') || /\d/.test(woord)) continue
      const s = stam(woord)
      if (s.length < KORTSTE_STAM) continue
      const al = uit.get(s)
      uit.set(s, al === undefined || al === woord ? woord : '')
    }
    return { stam, woorden: uit }
  })
  return { bekend, perLengte, voorzichtig, perStam }
}

/**
 * The optimal string alignment distance of two words (insert, delete, change, swap two neighbours),
 * or `max + 1` as soon as it is certain to be larger than `max`. Only the band of cells within
 * `max` of the diagonal is filled: a few dozen steps for two words of ten letters.
 */
export function afstand(a: string, b: string, max: number): number {
  const n = a.length
  const m = b.length
  const groot = max + 1
  if (Math.abs(n - m) > max) return groot
  if (m + 1 > rijen[0].length) rijen = [0, 1, 2].map(() => new Int32Array(m + 1)) as Rijen
  let [voorvorig, vorig, rij] = rijen
  for (let j = 0; j <= m; j++) vorig[j] = j <= max ? j : groot
  for (let i = 1; i <= n; i++) {
    rij.fill(groot, 0, m + 1)
    rij[0] = i <= max ? i : groot
    let kleinste = rij[0] as number
    const van = Math.max(1, i - max)
    const tot = Math.min(m, i + max)
    const ai = a.charCodeAt(i - 1)
    for (let j = van; j <= tot; j++) {
      const bj = b.charCodeAt(j - 1)
      let d = Math.min(
        (vorig[j] as number) + 1,
        (rij[j - 1] as number) + 1,
        (vorig[j - 1] as number) + (ai === bj ? 0 : 1),
      )
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        d = Math.min(d, (voorvorig[j - 2] as number) + 1)
      rij[j] = d < groot ? d : groot
      if (d < kleinste) kleinste = d
    }
    if (kleinste > max) return groot
    ;[voorvorig, vorig, rij] = [vorig, rij, voorvorig]
  }
  return Math.min(vorig[m] as number, groot)
}

type Rijen = [Int32Array, Int32Array, Int32Array]
/** Three rows, kept between calls: no memory is asked for per comparison. */
let rijen: Rijen = [new Int32Array(32), new Int32Array(32), new Int32Array(32)]

/**
 * Which letters a word has, as 32 bits (a letter's code modulo 32). Every letter of one word that the other
 * lacks costs at least one edit, so two words whose masks differ in more than `max` bits on either side are
 * further apart than `max`: most words are passed over without comparing them letter by letter. Letters
 * that share a bit only make the test pass more often, never fail wrongly.
 */
export function masker(woord: string): number {
  let m = 0
  for (let i = 0; i < woord.length; i++) m |= 1 << (woord.charCodeAt(i) & 31)
  return m
}

function bits(x: number): number {
  let n = 0
  for (let y = x; y !== 0; y &= y - 1) n++
  return n
}

/** The one known word closest to a word no list has, or undefined (known, short, nothing close, or a tie). */
export function verbeter(woord: string, schat: Woordenschat): string | undefined {
  if (schat.bekend.has(woord)) return undefined
  if (/(\p{L})\1\1/u.test(woord)) {
    const gekend = [woord.replace(/(\p{L})\1\1+/gu, '$1$1'), woord.replace(/(\p{L})\1+/gu, '$1')].find((v) =>
      schat.bekend.has(v),
    )
    if (gekend) return gekend
  }
  if (/\d/.test(woord)) return undefined
  if (woord.length >= KORTSTE_STAM) {
    const opStam = new Set(
      schat.perStam.map(({ stam, woorden }) => woorden.get(stam(woord))).filter((x): x is string => x !== undefined),
    )
    const [enige] = opStam
    if (opStam.size === 1 && enige) return enige
  }
  // Words of doubt, "not", and of a question or wish that is no answer, first and more readily: reading
  // "mischien" as "misschien" or "iemadn" as "iemand" can only keep an answer from being recorded. A word
  // that says what an answer is needs to be closer.
  return (
    naaste(woord, schat.voorzichtig, maxVoorzichtig(woord.length)) ??
    naaste(woord, schat.perLengte, maxFouten(woord.length)) ??
    afgekort(woord, schat.perLengte)
  )
}

/** A cut-off long word is the start of one listed word ("nabestaandenuitk", "arbeidsongeschiktheidsuitk"). */
export const KORTSTE_AFKORTING = 11
/** How many letters a cut-off word may miss at most. */
const MEESTE_WEG = 8

/** The one listed word that starts with `woord` and is 2 to 8 letters longer, or undefined. */
function afgekort(woord: string, doelen: ReadonlyMap<number, readonly Doel[]>): string | undefined {
  if (woord.length < KORTSTE_AFKORTING) return undefined
  let enige: string | undefined
  for (let lengte = woord.length + 2; lengte <= woord.length + MEESTE_WEG; lengte++) {
    for (const { woord: kandidaat } of doelen.get(lengte) ?? []) {
      if (!kandidaat.startsWith(woord) || kandidaat === enige) continue
      if (enige !== undefined) return undefined
      enige = kandidaat
    }
  }
  return enige
}

/** The one word of `doelen` within `max` edits and closer than any other, or undefined. */
function naaste(woord: string, doelen: ReadonlyMap<number, readonly Doel[]>, max: number): string | undefined {
  if (max === 0) return undefined
  let beste: string | undefined
  let besteAfstand = max + 1
  let gelijk = false
  const eigen = masker(woord)
  for (let lengte = woord.length - max; lengte <= woord.length + max; lengte++) {
    for (const { woord: kandidaat, masker: ander } of doelen.get(lengte) ?? []) {
      const grens = Math.min(max, besteAfstand)
      if (bits(eigen & ~ander) > grens || bits(ander & ~eigen) > grens) continue
      const d = afstand(woord, kandidaat, grens)
      if (d > grens) continue
      if (d < besteAfstand) {
        beste = kandidaat
        besteAfstand = d
        gelijk = false
      } else if (d === besteAfstand && kandidaat !== beste) gelijk = true
    }
  }
  return beste !== undefined && !gelijk ? beste : undefined
}
