/**
 * Texts: every sentence a person reads comes from `locales/<taal>/*.json`, loaded once at start-up.
 * Adding a language is a new folder plus one line in `locales/talen.json`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import i18next, { type i18n } from 'i18next'
import type { Taal } from '../contract/index.js'
import { begrensdGeheugen } from '../gedeeld/geheugen.js'
import type { Vertaal } from './verzoek.js'

const MAP = fileURLToPath(new URL('../locales/', import.meta.url))

export type { Taal, Vertaal }

/** True when a key exists (in the language or its fallback). */
export type Bestaat = (sleutel: string) => boolean

export type Bronnen = Record<string, Record<string, Record<string, unknown>>>

export interface Teksten {
  readonly talen: readonly Taal[]
  readonly bronnen: Bronnen
  readonly i18n: i18n
  /** A translator for one language and namespace. */
  t(taal: string, ns?: string): Vertaal
  /** The language to use for a requested code (falls back to nl). */
  taal(code: string | undefined): Taal
}

export const STANDAARD_TAAL = 'nl'

/** Reads every namespace of every configured language. */
export function leesBronnen(map = MAP): { talen: Taal[]; bronnen: Bronnen } {
  const talen = JSON.parse(readFileSync(`${map}talen.json`, 'utf8')) as Taal[]
  const bronnen: Bronnen = {}
  for (const taal of talen) {
    const naamruimten: Record<string, Record<string, unknown>> = {}
    for (const bestand of readdirSync(`${map}${taal.code}`)) {
      if (!bestand.endsWith('.json')) continue
      naamruimten[bestand.slice(0, -5)] = JSON.parse(readFileSync(`${map}${taal.code}/${bestand}`, 'utf8'))
    }
    bronnen[taal.code] = naamruimten
  }
  return { talen, bronnen }
}

/** Builds the i18next instance once; lookups are synchronous. */
export function maakTeksten(map = MAP): Teksten {
  const { talen, bronnen } = leesBronnen(map)
  const instantie = i18next.createInstance()
  void instantie.init({
    resources: bronnen,
    lng: STANDAARD_TAAL,
    fallbackLng: STANDAARD_TAAL,
    supportedLngs: talen.map((t) => t.code),
    ns: Object.keys(bronnen[STANDAARD_TAAL] ?? {}),
    defaultNS: 'regels',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  const cache = new Map<string, Vertaal>()
  const onthouden = maakGeheugen(instantie)
  const standaard = talen.find((t) => t.code === STANDAARD_TAAL) ?? { code: 'nl', naam: 'Nederlands', richting: 'ltr' }
  return {
    talen,
    bronnen,
    i18n: instantie,
    t(taal, ns = 'regels') {
      const sleutel = `${taal}:${ns}`
      let t = cache.get(sleutel)
      if (!t) {
        // What i18next's getFixedT(taal, ns) does, without copying all of i18next's options on every call.
        const vertaal = (sleutel: string, waarden?: Record<string, unknown>) => {
          const opties: Record<string, unknown> = { ...waarden }
          opties.lng ||= taal
          opties.ns ||= ns
          return String(instantie.t(sleutel, opties))
        }
        t = onthouden(taal, ns, vertaal)
        cache.set(sleutel, t)
      }
      return t
    },
    taal(code) {
      return talen.find((t) => t.code === code) ?? standaard
    },
  }
}

/** Options that make i18next do more than fill in `{{values}}`: calls that pass one are never remembered. */
const OPTIES = new Set([
  'count',
  'context',
  'replace',
  'lng',
  'lngs',
  'ns',
  'ordinal',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'postProcess',
  'interpolation',
  'keyPrefix',
  'skipInterpolation',
  'nsSeparator',
  'keySeparator',
  'fallbackLng',
  'nest',
])
const isOptie = (naam: string) => OPTIES.has(naam) || naam.startsWith('defaultValue')

/** At most this many remembered texts for the whole process (a few MB at worst); then it starts afresh. */
export const MAX_ONTHOUDEN = 10_000

/**
 * Remembers finished texts (a step looks up dozens, and i18next's lookup is the largest cost
 * of a render). A text is remembered under its key and the values of only the `{{names}}` its
 * resource strings use, so a reason with `{{leeftijd}}` is remembered per age, not per person.
 * Keys whose resource is missing text, an object, or nests `$t(...)`, and calls with i18next
 * options, values that are objects, are passed straight through. The resources never change
 * after start-up, so a remembered text is the text i18next would give.
 */
function maakGeheugen(instantie: i18n) {
  const teksten = begrensdGeheugen<string, string>(MAX_ONTHOUDEN)
  /** Value objects already found free of i18next options (a render passes the same one for every reason). */
  const zonderOpties = new WeakSet<object>()
  return (taal: string, ns: string, vertaal: Vertaal): Vertaal => {
    const voor = `${taal}\u0000${ns}\u0000`
    const namenVan = new Map<string, readonly string[] | null>()
    const namen = (sleutel: string): readonly string[] | null => {
      const bekend = namenVan.get(sleutel)
      if (bekend !== undefined) return bekend
      let uit: string[] | null = sleutel.includes(':') ? null : []
      // The languages i18next falls back through, as configured above (public API only).
      for (const code of taal === STANDAARD_TAAL ? [taal] : [taal, STANDAARD_TAAL]) {
        if (uit === null) break
        const bron: unknown = instantie.getResource(code, ns, sleutel)
        if (bron === undefined) continue
        if (typeof bron !== 'string' || bron.includes('$t(')) uit = null
        else
          for (const [, binnen = ''] of bron.matchAll(/\{\{(.+?)\}\}/g)) {
            // The whole name: `{{premieParticipatieplaats.bedrag}}` is a value of its own (`waarde()` below).
            const naam = binnen.replace(/^\s*-/, '').split(',')[0]?.trim() ?? ''
            if (!uit.includes(naam)) uit.push(naam)
          }
      }
      if (namenVan.size < MAX_ONTHOUDEN) namenVan.set(sleutel, uit)
      return uit
    }
    return (sleutel, waarden) => {
      const gebruikt = namen(sleutel)
      if (gebruikt === null) return vertaal(sleutel, waarden)
      let plek = voor + sleutel
      if (waarden) {
        if (!zonderOpties.has(waarden)) {
          for (const naam in waarden) if (isOptie(naam)) return vertaal(sleutel, waarden)
          zonderOpties.add(waarden)
        }
        for (const naam of gebruikt) {
          // A dotted name is a flat value (`'premieParticipatieplaats.bedrag': 100`) or a path into an object.
          const waarde = naam in waarden ? waarden[naam] : waarden[naam.split('.')[0] ?? '']
          if (typeof waarde === 'object' && waarde !== null) return vertaal(sleutel, waarden)
          plek += `\u0000${typeof waarde}:${String(waarde)}`
        }
      }
      return teksten.vind(plek, () => vertaal(sleutel, waarden))
    }
  }
}
