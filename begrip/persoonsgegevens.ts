/**
 * Personal data in a typed text: a BSN (nine digits that pass the elfproef), a phone number, an
 * e-mail address, or a name after "ik heet". Werkwijzer never asks for them and keeps none of them.
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
  return undefined
}
