/**
 * Text as the word lists compare it: lower case, digits of every script as 0-9, accents folded
 * ("één" = "een", "hayır" = "hayir"), so that a resident on a phone keyboard is read the same.
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
  return normaal(woord)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ـ/g, '')
}

const WOORD = /[\p{L}\p{N}\p{M}]+(?:['-][\p{L}\p{N}\p{M}]+)*/gu

/** The words of a text, folded ("Ja, hoor!" -> ["ja", "hoor"]). */
export function woorden(tekst: string): string[] {
  return [...normaal(tekst).matchAll(WOORD)].map((m) => vouw(m[0]))
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
  const kern = patroon.slice(begin ? 1 : 0, eind ? -1 : undefined)
  if (begin && eind) return woord.includes(kern)
  if (begin) return woord.endsWith(kern)
  if (eind) return woord.startsWith(kern)
  return woord === kern
}

/** Where the phrase starts in the words, or -1. */
export function plekVan(tekst: readonly string[], deel: Zinsdeel, vanaf = 0): number {
  if (deel.length === 0) return -1
  for (let i = vanaf; i + deel.length <= tekst.length; i++) {
    if (deel.every((p, j) => past(p, tekst[i + j] ?? ''))) return i
  }
  return -1
}

export const bevat = (tekst: readonly string[], deel: Zinsdeel) => plekVan(tekst, deel) >= 0

export const isGelijk = (tekst: readonly string[], deel: Zinsdeel) =>
  tekst.length === deel.length && plekVan(tekst, deel) === 0

export const begintMet = (tekst: readonly string[], deel: Zinsdeel) =>
  deel.length > 0 && deel.length <= tekst.length && plekVan(tekst.slice(0, deel.length), deel) === 0

/** The longest phrase of a list found in the words, with where it is. */
export function langsteIn(
  tekst: readonly string[],
  delen: readonly Zinsdeel[],
): { deel: Zinsdeel; plek: number } | undefined {
  let beste: { deel: Zinsdeel; plek: number } | undefined
  for (const deel of delen) {
    const plek = plekVan(tekst, deel)
    if (plek >= 0 && (!beste || deel.length > beste.deel.length)) beste = { deel, plek }
  }
  return beste
}
