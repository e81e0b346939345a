/**
 * Personal data in a typed text: a BSN (nine digits that pass the elfproef), a phone number, an
 * e-mail address, or a name after "ik heet" (or after "ik ben" when it is written with capitals). Werkwijzer never asks for them and keeps none of them.
 */
import { bevat, normaal, plekVan, woorden } from './tekst.js'
import type { Woorden } from './woorden.js'

export type Persoonsgegeven = 'bsn' | 'telefoon' | 'email' | 'naam'

/** The elfproef of a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0). */
export function isBsn(cijfers: string): boolean {
  if (!/^\d{9}$/.test(cijfers)) return false
  let som = 0
  for (let i = 0; i < 8; i++) som += (9 - i) * Number(cijfers[i])
  som -= Number(cijfers[8])
  return som !== 0 && som % 11 === 0
}

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]{2,}/
/** Runs of digits with the separators people type in numbers ("06-12345678", "+31 6 1234 5678", "123.456.782"). */
const CIJFERREEKS = /\+?\d[\d\s.\-()/]{6,}\d/g

/** Little words inside a name ("Sanne de Vries", "Ahmed el Amrani"). */
const TUSSEN = '(?:de|van|der|den|ter|ten|te|het|la|le|el|al|bin|ben|von|da|di|du)'
/** A capitalised word of two letters or more. */
const HOOFD = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+"
/** The patterns per list of words, made once per set of word lists. */
const naamNa = new WeakMap<readonly string[], readonly RegExp[]>()
/**
 * "ik ben Sanne de Vries", "I'm Ahmed Hassan": after "I am", two capitalised words (little words such as "de" between
 * them allowed) are a name. One capitalised word is not ("ik ben Marokkaans"), nor a text that capitalises every word.
 */
function naamNaIkBen(tekst: string, ikBen: readonly string[]): boolean {
  const woordenMetHoofd = tekst.match(/\p{L}+/gu) ?? []
  if (woordenMetHoofd.length > 2 && woordenMetHoofd.every((x) => /^\p{Lu}/u.test(x))) return false
  let patronen = naamNa.get(ikBen)
  if (!patronen) {
    patronen = ikBen.map((zin) => {
      const letters = [...zin].map((c) =>
        c === ' '
          ? '\\s+'
          : c.toLowerCase() === c.toUpperCase()
            ? c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            : `[${c.toLowerCase()}${c.toUpperCase()}]`,
      )
      return new RegExp(`(?:^|[^\\p{L}])${letters.join('')}\\s+${HOOFD}(?:\\s+${TUSSEN})*\\s+${HOOFD}(?![\\p{L}])`, 'u')
    })
    naamNa.set(ikBen, patronen)
  }
  return patronen.some((re) => re.test(tekst))
}

/** Which kind of personal data the text holds, if any. */
export function persoonsgegevenIn(tekst: string, w: Woorden, gemeenteTelefoon = ''): Persoonsgegeven | undefined {
  const schoon = normaal(tekst)
  if (EMAIL.test(schoon)) return 'email'
  const eigen = gemeenteTelefoon.replace(/\D/g, '')
  const lijst = woorden(tekst)
  for (const [reeks] of schoon.matchAll(CIJFERREEKS)) {
    const cijfers = reeks.replace(/\D/g, '')
    if (isBsn(cijfers)) return 'bsn'
    // Eight or nine digits after the word BSN are one, elfproef or not: better to ask not to type it.
    if (/^\d{8,9}$/.test(cijfers) && w.bsn.some((d) => bevat(lijst, d))) return 'bsn'
    // The gemeente's own number, typed back, is not the resident's.
    if (eigen && cijfers === eigen) continue
    const isNederlands = /^(?:0[1-9]\d{8}|(?:31|0031)[1-9]\d{8})$/.test(cijfers)
    const isInternationaal = reeks.startsWith('+') && cijfers.length >= 10 && cijfers.length <= 15
    if (isNederlands || isInternationaal) return 'telefoon'
  }
  for (const deel of w.naam) {
    const plek = plekVan(lijst, deel)
    // "Ik heet" with a word after it; "hoe heet dat" is no name.
    if (plek >= 0 && plek + deel.length < lijst.length) return 'naam'
  }
  if (naamNaIkBen(tekst.normalize('NFKC'), w.ikBen)) return 'naam'
  return undefined
}
