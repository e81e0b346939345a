/**
 * Finding the term a resident asks about ("wat is een participatieplaats?"), in the texts the widget
 * already shows: the glossary, the voorzieningen and the questions. Orama's full-text index (BM25,
 * with typo tolerance) and the Snowball stemmers of @orama/stemmers: "participatieplaatsen" finds
 * "participatieplaats", "beperkingen" finds "beperking". The index lives on the server only.
 */
import { create, insert, search, type Tokenizer } from '@orama/orama'
import { stemmer as arabisch } from '@orama/stemmers/arabic'
import { stemmer as nederlands } from '@orama/stemmers/dutch'
import { stemmer as engels } from '@orama/stemmers/english'
import { stemmer as turks } from '@orama/stemmers/turkish'
import { stemmer as oekraiens } from '@orama/stemmers/ukrainian'
import { vouw, woorden } from './tekst.js'

/** One text that can be found: a voorziening, a glossary term, or a question's reason. */
export interface Document {
  /** `voorziening:<id>`, `begrip:<key>` or `vraag:<id>`. */
  readonly id: string
  /** Its name, in the conversation's language and in Dutch. */
  readonly naam: string
  /** The same names one by one: a document one of whose names is exactly what was asked goes first. */
  readonly namen?: readonly string[]
  /** More words it is found by (from the word lists). */
  readonly zoekwoorden: string
  readonly tekst: string
}

/** Polish has no stemmer in the package: its words are compared whole (with typo tolerance). */
export const STAMMERS: Readonly<Record<string, (w: string) => string>> = {
  nl: nederlands,
  en: engels,
  ar: arabisch,
  tr: turks,
  uk: oekraiens,
}

export interface Zoeker {
  /** The best document for the words of a question, if one names it. */
  zoek(vraag: readonly string[]): string | undefined
}

/** A tokenizer that folds accents, drops stop words and gives each word's stem in the language and in Dutch. */
function tokenizer(taal: string, stopwoorden: ReadonlySet<string>): Tokenizer {
  const stammers = [...new Set([STAMMERS[taal], STAMMERS.nl])].filter((s): s is (w: string) => string => !!s)
  return {
    language: 'dutch',
    normalizationCache: new Map(),
    tokenize(tekst: string) {
      const uit = new Set<string>()
      for (const woord of woorden(tekst)) {
        if (stopwoorden.has(woord)) continue
        // Compound names keep their parts findable: "no-riskpolis" is also "riskpolis".
        for (const deel of [woord, ...(woord.includes('-') ? woord.split('-') : [])]) {
          if (deel.length < 2 || stopwoorden.has(deel)) continue
          for (const stam of stammers) uit.add(vouw(stam(deel)))
        }
      }
      return [...uit]
    },
  }
}

/** Builds the index of one language. */
export function maakZoeker(
  documenten: readonly Document[],
  taal: string,
  stopwoorden: ReadonlySet<string>,
  meervoud: readonly string[] = [],
): Zoeker {
  const db = create({
    schema: { naam: 'string', zoekwoorden: 'string', tekst: 'string' } as const,
    components: { tokenizer: tokenizer(taal, stopwoorden) },
  })
  const tokens = tokenizer(taal, stopwoorden)
  const naamWoorden = new Map<string, Set<string>>()
  /** The words of each of its names apart. */
  const alleenNaam = new Map<string, Set<string>[]>()
  for (const d of documenten) {
    insert(db, { id: d.id, naam: d.naam, zoekwoorden: d.zoekwoorden, tekst: d.tekst })
    naamWoorden.set(d.id, new Set(tokens.tokenize(`${d.naam} ${d.zoekwoorden}`)))
    alleenNaam.set(
      d.id,
      (d.namen ?? []).map((n) => new Set(tokens.tokenize(n))),
    )
  }
  /** Every word a name or a listed word has, longest first (for the second try below). */
  const bekend = [...new Set([...naamWoorden.values()].flatMap((w) => [...w]))]
    .filter((w) => w.length >= 6)
    .sort((a, b) => b.length - a.length)
  const bekendSet = new Set(bekend)
  /**
   * Orama ranks, and also finds a word by its start ("werk" finds "werkstage"). A hit counts only
   * when every word asked is in its name: the same stem, a longer or shorter form of it, or one typo.
   */
  const noemt = (id: string, gevraagd: readonly string[]) => {
    const namen = naamWoorden.get(id) ?? new Set<string>()
    return gevraagd.every((t) =>
      [...namen].some(
        (n) =>
          n === t ||
          (Math.min(n.length, t.length) >= 6 && (n.startsWith(t) || t.startsWith(n))) ||
          (t.length >= 8 && eenTypefout(n, t)),
      ),
    )
  }
  const voorkeur = (id: string) => (id.startsWith('voorziening:') ? 0 : id.startsWith('begrip:') ? 1 : 2)
  const isPrecies = (id: string, gevraagd: readonly string[]) =>
    (alleenNaam.get(id) ?? []).some((naam) => naam.size === gevraagd.length && gevraagd.every((t) => naam.has(t)))
  const zoekTerm = (term: string): string | undefined => {
    // Only a name or a listed word decides: a word that is merely in an explanation ("werk") names nothing.
    const uitkomst = search(db, {
      term,
      properties: ['naam', 'zoekwoorden'],
      tolerance: term.length >= 8 ? 1 : 0,
      limit: 8,
    }) as { hits: { id: string; score: number }[] }
    const gevraagd = tokens.tokenize(term)
    // A name that is exactly the words asked ("detachering") before one that only contains them
    // ("detacheringsbaan"); then Orama's score.
    const hits = [...uitkomst.hits].sort(
      (a, b) =>
        Number(isPrecies(b.id, gevraagd)) - Number(isPrecies(a.id, gevraagd)) ||
        b.score - a.score ||
        voorkeur(a.id) - voorkeur(b.id) ||
        a.id.localeCompare(b.id),
    )
    return hits.find((h) => noemt(h.id, gevraagd))?.id
  }
  return {
    zoek(vraag) {
      const woordenGevraagd = vraag.filter((w) => !stopwoorden.has(w))
      if (woordenGevraagd.length === 0) return undefined
      const eerst = zoekTerm(woordenGevraagd.join(' '))
      if (eerst) return eerst
      // A plural or a compound the stemmer keeps apart ("werkstages", "participatieplaatsen",
      // "loonwaardemeting"): each word is tried again as a known word, without a plural ending, or
      // else as the longest known word its stem starts with.
      let anders = false
      const korter = woordenGevraagd.map((w) => {
        const stam = tokens.tokenize(w)[0] ?? w
        if (bekendSet.has(stam)) return w
        for (const einde of meervoud) {
          if (!w.endsWith(einde) || w.length - einde.length < 5) continue
          const enkel = w.slice(0, -einde.length)
          if (bekendSet.has(tokens.tokenize(enkel)[0] ?? enkel)) {
            anders = true
            return enkel
          }
        }
        const deel = bekend.find((b) => b !== stam && stam.startsWith(b))
        if (!deel) return w
        anders = true
        return deel
      })
      return anders ? zoekTerm(korter.join(' ')) : undefined
    },
  }
}

/** True when two words differ by at most one letter (changed, added or left out). */
function eenTypefout(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  const kort = a.length <= b.length ? a : b
  const lang = a.length <= b.length ? b : a
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1)
  return lang.slice(i + 1) === kort.slice(i)
}
