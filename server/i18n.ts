/**
 * Texts: every sentence a person reads comes from `locales/<taal>/*.json`, loaded once at start-up.
 * Adding a language is a new folder plus one line in `locales/talen.json`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import i18next, { type i18n } from 'i18next'

const MAP = fileURLToPath(new URL('../locales/', import.meta.url))

export interface Taal {
  readonly code: string
  readonly naam: string
  readonly richting: 'ltr' | 'rtl'
}

/** Looks up one text, filling in `{{waarden}}`. */
export type Vertaal = (sleutel: string, waarden?: Record<string, unknown>) => string

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
  const standaard = talen.find((t) => t.code === STANDAARD_TAAL) ?? { code: 'nl', naam: 'Nederlands', richting: 'ltr' }
  return {
    talen,
    bronnen,
    i18n: instantie,
    t(taal, ns = 'regels') {
      const sleutel = `${taal}:${ns}`
      let t = cache.get(sleutel)
      if (!t) {
        const vast = instantie.getFixedT(taal, ns)
        t = (sleutel, waarden) => String(vast(sleutel, waarden ?? {}))
        cache.set(sleutel, t)
      }
      return t
    },
    taal(code) {
      return talen.find((t) => t.code === code) ?? standaard
    },
  }
}
