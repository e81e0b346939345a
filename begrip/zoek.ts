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
  /** More words it is found by (from the word lists). */
  readonly zoekwoorden: string
  readonly tekst: string
}

/** Polish has no stemmer in the package: its words are compared whole (with typo tolerance). */
const STAMMERS: Readonly<Record<string, (w: string) => string>> = {
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
export function maakZoeker(documenten: readonly Document[], taal: string, stopwoorden: ReadonlySet<string>): Zoeker {
  const db = create({
    schema: { naam: 'string', zoekwoorden: 'string', tekst: 'string' } as const,
    components: { tokenizer: tokenizer(taal, stopwoorden) },
  })
  const tokens = tokenizer(taal, stopwoorden)
  const naamWoorden = new Map<string, Set<string>>()
  for (const d of documenten) {
    insert(db, { id: d.id, naam: d.naam, zoekwoorden: d.zoekwoorden, tekst: d.tekst })
    naamWoorden.set(d.id, new Set(tokens.tokenize(`${d.naam} ${d.zoekwoorden}`)))
  }
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
  return {
    zoek(vraag) {
      const term = vraag.filter((w) => !stopwoorden.has(w)).join(' ')
      if (!term) return undefined
      // Only a name or a listed word decides: a word that is merely in an explanation ("werk") names nothing.
      const uitkomst = search(db, {
        term,
        properties: ['naam', 'zoekwoorden'],
        tolerance: term.length >= 8 ? 1 : 0,
        limit: 5,
      }) as { hits: { id: string; score: number }[] }
      const hits = [...uitkomst.hits].sort(
        (a, b) => b.score - a.score || voorkeur(a.id) - voorkeur(b.id) || a.id.localeCompare(b.id),
      )
      const gevraagd = tokens.tokenize(term)
      return hits.find((h) => noemt(h.id, gevraagd))?.id
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
