/**
 * Text as the word lists compare it: lower case, digits of every script as 0-9, accents folded
 * ("één" = "een", "hayır" = "hayir"), so that a resident on a phone keyboard is read the same.
 * Phrases are found through an index on their first word: the cost of a message grows with its
 * words, not with words × phrases.
 */

const ARABISCH_INDISCH = /[\u0660-\u0669]/g
const PERZISCH = /[\u06f0-\u06f9]/g

/** Lower case, with digits of any script as ASCII. The text a number parser or a pattern reads. */
export function normaal(tekst: string): string {
  return tekst
    .normalize('NFKC')
    .toLowerCase()
    .replace(ARABISCH_INDISCH, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(PERZISCH, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/[\u2018\u2019`\u00b4\u02bc]/g, "'")
}

/** One word as the lists compare it: without accents and Arabic vowel marks. */
export function vouw(woord: string): string {
  return vouwNormaal(normaal(woord))
}

/** `vouw` of a word that `normaal` already made (the words of a text are normalised once, as a whole). */
function vouwNormaal(woord: string): string {
  return woord
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ـ/g, '')
    .replace(ARABISCH_LIDWOORD, '')
}

/**
 * The Arabic article, alone or after "و", "ف", "ب", "ك", or as "لل": "الشهادة" is "شهادة", "والبطالة" is
 * "بطالة". Both the lists and the typed text lose it, so either form matches either.
 */
const ARABISCH_LIDWOORD = /^(?:[وفبك]?ال|لل)(?=[\u0621-\u064a]{3})/

/**
 * A word, or a number with a decimal part ("1,5" stays one word). Digits that run into letters belong to the
 * word: Arabic typed in Latin letters writes sounds with digits ("3omri", "la2", "ma3rafsh").
 */
const WOORD = /\d+(?:[.,]\d+)?(?![\p{L}\p{M}\p{N}])|[\p{L}\p{N}\p{M}]+(?:['-][\p{L}\p{N}\p{M}]+)*/gu
/** Marks that end a clause: "ja, kan niet ..." is two clauses. Also Arabic ، ؛ ؟. */
const LEESTEKEN = /[,.;:!?()[\]\n\r/•·،؛؟…–—]/

/** The words of a text, folded ("Ja, hoor!" -> ["ja", "hoor"]). */
export function woorden(tekst: string): string[] {
  return [...normaal(tekst).matchAll(WOORD)].map((m) => vouwNormaal(m[0]))
}

/** The words of a text, with whether a punctuation mark stands before each. */
export function woordenMetGrenzen(tekst: string): { woorden: string[]; grens: boolean[] } {
  const schoon = normaal(tekst)
  const uit: string[] = []
  const grens: boolean[] = []
  let vorigEind = 0
  for (const m of schoon.matchAll(WOORD)) {
    const begin = m.index ?? 0
    const tussen = schoon.slice(vorigEind, begin)
    // "3-4 jaar": a hyphen between two numbers is a word of its own, as "tot" would be (a range).
    if (/^\s*-\s*$/.test(tussen) && /^\d+$/.test(m[0]) && /^\d+$/.test(uit.at(-1) ?? '')) {
      grens.push(false)
      uit.push('-')
    }
    grens.push(uit.length > 0 && LEESTEKEN.test(tussen))
    uit.push(vouwNormaal(m[0]))
    vorigEind = begin + m[0].length
  }
  return { woorden: uit, grens }
}

/**
 * A phrase of a word list, as words. A word may start or end with `*`: "*toeslag" also matches
 * "huurtoeslag", "schuld*" also "schulden".
 */
export type Zinsdeel = readonly string[]

export function zinsdeel(frase: string): Zinsdeel {
  const uit: string[] = []
  for (const stuk of normaal(frase).split(/\s+/)) {
    const begin = stuk.startsWith('*') ? '*' : ''
    const eind = stuk.endsWith('*') && stuk.length > 1 ? '*' : ''
    const delen = woorden(stuk.replace(/^\*|\*$/g, ''))
    delen.forEach((deel, i) => {
      uit.push((i === 0 ? begin : '') + deel + (i === delen.length - 1 ? eind : ''))
    })
  }
  return uit
}

function past(patroon: string, woord: string): boolean {
  const begin = patroon.startsWith('*')
  const eind = patroon.endsWith('*') && patroon.length > 1
  if (!begin && !eind) return woord === patroon
  const kern = patroon.slice(begin ? 1 : 0, eind ? -1 : undefined)
  if (begin && eind) return woord.includes(kern)
  if (begin) return woord.endsWith(kern)
  return woord.startsWith(kern)
}

const pastOp = (tekst: readonly string[], deel: Zinsdeel, i: number) =>
  i + deel.length <= tekst.length && deel.every((p, j) => past(p, tekst[i + j] ?? ''))

/** Where the phrase starts in the words, or -1. */
export function plekVan(tekst: readonly string[], deel: Zinsdeel, vanaf = 0): number {
  if (deel.length === 0) return -1
  for (let i = vanaf; i + deel.length <= tekst.length; i++) if (pastOp(tekst, deel, i)) return i
  return -1
}

export const bevat = (tekst: readonly string[], deel: Zinsdeel) => plekVan(tekst, deel) >= 0

export const isGelijk = (tekst: readonly string[], deel: Zinsdeel) =>
  tekst.length === deel.length && pastOp(tekst, deel, 0)

export const begintMet = (tekst: readonly string[], deel: Zinsdeel) =>
  deel.length > 0 && deel.length <= tekst.length && pastOp(tekst, deel, 0)

/** A phrase found in a text, and where. */
export interface Treffer {
  readonly deel: Zinsdeel
  readonly plek: number
}

interface Index {
  /**
   * Phrases by their first word, when that word has no `*`: those of one word (or whose second word has a
   * `*`) apart, the longer ones by their second word too. "ik ik ik ..." then tries no phrase that starts
   * with "ik woon".
   */
  readonly opEerste: ReadonlyMap<
    string,
    { readonly los: readonly Zinsdeel[]; readonly opTweede: ReadonlyMap<string, readonly Zinsdeel[]> }
  >
  /** Phrases whose first word has a `*` (few: "*toeslag", "schuld*"). */
  readonly vrij: readonly Zinsdeel[]
}

/** Lists are compiled once per language and kept: their index is made once, on first use. */
const indexen = new WeakMap<readonly Zinsdeel[], Index>()

function indexVan(delen: readonly Zinsdeel[]): Index {
  const bekend = indexen.get(delen)
  if (bekend) return bekend
  const opEerste = new Map<string, { los: Zinsdeel[]; opTweede: Map<string, Zinsdeel[]> }>()
  const vrij: Zinsdeel[] = []
  for (const deel of delen) {
    const [eerste, tweede] = deel
    if (eerste === undefined) continue
    if (eerste.includes('*')) {
      vrij.push(deel)
      continue
    }
    const hier = opEerste.get(eerste) ?? { los: [], opTweede: new Map<string, Zinsdeel[]>() }
    opEerste.set(eerste, hier)
    if (tweede === undefined || tweede.includes('*')) hier.los.push(deel)
    else {
      const bij = hier.opTweede.get(tweede) ?? []
      bij.push(deel)
      hier.opTweede.set(tweede, bij)
    }
  }
  const index = { opEerste, vrij }
  indexen.set(delen, index)
  return index
}

/**
 * What was found of each list in a text, kept as long as the text's words are: one message asks the same
 * list many times ("is there a 'niet' in this clause?") and finds it once.
 */
const gevonden = new WeakMap<readonly string[], Map<readonly Zinsdeel[], readonly Treffer[]>>()

/** Every phrase of a list found in the words, in the order of the words. */
export function vindAlle(tekst: readonly string[], delen: readonly Zinsdeel[]): readonly Treffer[] {
  if (delen.length === 0) return []
  let perLijst = gevonden.get(tekst)
  if (!perLijst) {
    perLijst = new Map()
    gevonden.set(tekst, perLijst)
  }
  const al = perLijst.get(delen)
  if (al) return al
  const uit = zoekAlle(tekst, delen)
  perLijst.set(delen, uit)
  return uit
}

function zoekAlle(tekst: readonly string[], delen: readonly Zinsdeel[]): Treffer[] {
  const { opEerste, vrij } = indexVan(delen)
  const uit: Treffer[] = []
  for (let i = 0; i < tekst.length; i++) {
    const hier = opEerste.get(tekst[i] ?? '')
    if (hier) {
      for (const deel of hier.los) if (pastOp(tekst, deel, i)) uit.push({ deel, plek: i })
      for (const deel of hier.opTweede.get(tekst[i + 1] ?? '') ?? [])
        if (pastOp(tekst, deel, i)) uit.push({ deel, plek: i })
    }
    for (const deel of vrij) if (pastOp(tekst, deel, i)) uit.push({ deel, plek: i })
  }
  return uit
}

/** True when any phrase of the list is in the words. */
export const bevatEen = (tekst: readonly string[], delen: readonly Zinsdeel[]) => vindAlle(tekst, delen).length > 0

/** True when the words are exactly one phrase of the list. */
export function isEenVan(tekst: readonly string[], delen: readonly Zinsdeel[]): boolean {
  if (tekst.length === 0 || delen.length === 0) return false
  const { opEerste, vrij } = indexVan(delen)
  const hier = opEerste.get(tekst[0] ?? '')
  return [...(hier?.los ?? []), ...(hier?.opTweede.get(tekst[1] ?? '') ?? []), ...vrij].some((d) => isGelijk(tekst, d))
}

/** The longest phrase of a list found in the words (the first of equal length), with where it is. */
export function langsteIn(tekst: readonly string[], delen: readonly Zinsdeel[]): Treffer | undefined {
  let beste: Treffer | undefined
  for (const t of vindAlle(tekst, delen)) if (!beste || t.deel.length > beste.deel.length) beste = t
  return beste
}
