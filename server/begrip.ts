/**
 * The word lists and search index of each language, read once from `locales/<taal>/woorden/` and
 * the texts the widget already shows (glossary, voorzieningen, the questions' reasons).
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  woorden as alleWoorden,
  compileer,
  type Document,
  maakZoeker,
  STAMMERS,
  type Woorden,
  type WoordLijsten,
  type Zoeker,
} from '../begrip/index.js'
import { ONDERWERP_VRAAG, VRAGEN } from '../flows/index.js'
import { VOORZIENINGEN } from '../rules/index.js'
import type { Gemeente } from './gemeente.js'
import { STANDAARD_TAAL, type Teksten } from './i18n.js'

const LOCALES = fileURLToPath(new URL('../locales/', import.meta.url))

/** Languages whose words take endings that a stemmer can take off safely. */
const VERBOGEN = new Set(['tr', 'uk', 'ar'])

/** The languages whose words a conversation in `taal` understands: its own, then Dutch and English. */
export const leesTalen = (taal: string) => [...new Set([taal, STANDAARD_TAAL, 'en'])]

export interface Begrijper {
  readonly woorden: Woorden
  readonly zoeker: Zoeker
  /** The voorziening a glossary term names, when it names exactly one (for its article). */
  readonly voorzieningVan: ReadonlyMap<string, string>
}

type Boom = Record<string, unknown>
const tak = (boom: unknown, pad: string): unknown =>
  pad
    .split('.')
    .reduce<unknown>((hier, deel) => (hier && typeof hier === 'object' ? (hier as Boom)[deel] : undefined), boom)
/** Every text in a tree of translations. */
const tekstenIn = (boom: unknown): string[] =>
  typeof boom === 'string'
    ? [boom]
    : boom && typeof boom === 'object'
      ? Object.values(boom).flatMap((x) => tekstenIn(x))
      : []
const tekstOp = (boom: unknown, pad: string) => {
  const waarde = tak(boom, pad)
  return typeof waarde === 'string' ? waarde : undefined
}

/** One language's lists; a language without its own files reads none (Dutch and English still apply). */
export function leesWoordLijsten(taal: string, map = LOCALES): WoordLijsten | undefined {
  const pad = (naam: string) => `${map}${taal}/woorden/${naam}.json`
  if (!existsSync(pad('antwoorden'))) return undefined
  const lees = (naam: string) => JSON.parse(readFileSync(pad(naam), 'utf8'))
  return { antwoorden: lees('antwoorden'), getallen: lees('getallen'), bedoelingen: lees('bedoelingen') }
}

/** Fills `{{gemeente}}` in the word lists ("ik woon in {{gemeente}}"). */
function metGemeente(lijsten: WoordLijsten, gemeente: Gemeente): WoordLijsten {
  return JSON.parse(
    JSON.stringify(lijsten).replaceAll('{{gemeente}}', gemeente.naam.replaceAll('"', '')),
  ) as WoordLijsten
}

const KOPPELING = fileURLToPath(new URL('../locales/voorzieningen-begrippen.json', import.meta.url))

export function maakBegrijpers(teksten: Teksten, gemeente: Gemeente): (taal: string) => Begrijper {
  const koppeling = JSON.parse(readFileSync(KOPPELING, 'utf8')) as Record<string, string[]>
  const lijstenVan = new Map<string, WoordLijsten | undefined>()
  const lijsten = (taal: string) => {
    if (!lijstenVan.has(taal)) {
      const ruw = leesWoordLijsten(taal)
      lijstenVan.set(taal, ruw && metGemeente(ruw, gemeente))
    }
    return lijstenVan.get(taal)
  }
  const alleTalen = teksten.talen.map((t) => t.code)
  // Every label of every language: a button's words typed in any language choose that button.
  const labels: Record<string, string[]> = {}
  for (const vraag of [ONDERWERP_VRAAG, ...Object.values(VRAGEN)])
    for (const k of vraag.keuzes)
      labels[k.label] ??= alleTalen.flatMap((taal) => {
        const tekst = tekstOp(teksten.bronnen[taal]?.gesprek, `keuzes.${k.label}`)
        return tekst ? [tekst] : []
      })
  /** Glossary terms that name exactly one voorziening are found as that voorziening. */
  const eenVoorziening = new Map<string, string>()
  for (const [v, termen] of Object.entries(koppeling))
    for (const term of termen) {
      const alle = Object.entries(koppeling).filter(([, t]) => t.includes(term))
      if (alle.length === 1) eenVoorziening.set(term, v)
    }

  /** The words of one language's texts, found once and shared by every conversation language that reads it. */
  const gewoonPerTaal = new Map<string, readonly string[]>()
  const gewoonIn = (code: string) => {
    let uit = gewoonPerTaal.get(code)
    if (!uit) {
      uit = [...new Set(tekstenIn(teksten.bronnen[code] ?? {}).flatMap((t) => alleWoorden(t)))]
      gewoonPerTaal.set(code, uit)
    }
    return uit
  }

  const gemaakt = new Map<string, Begrijper>()
  return (taal: string) => {
    const bekend = gemaakt.get(taal)
    if (bekend) return bekend
    const talen = leesTalen(taal)
    const woordLijsten = talen.map(lijsten).filter((l): l is WoordLijsten => l !== undefined)
    const bronnen = talen.map((code) => teksten.bronnen[code] ?? {})
    const namen = (pad: (b: Record<string, unknown>) => string | undefined) =>
      bronnen.flatMap((b) => {
        const n = pad(b)
        return n ? [n] : []
      })
    const onderwerpNamen: Record<string, string[]> = {}
    for (const v of VOORZIENINGEN) {
      onderwerpNamen[v] = [
        ...namen((b) => tekstOp(b.regels, `voorzieningen.${v}.naam`)),
        ...(koppeling[v] ?? []).flatMap((term) =>
          eenVoorziening.get(term) === v ? namen((b) => tekstOp(b.begrippen, `${term}.naam`)) : [],
        ),
      ]
    }
    // Every word Werkwijzer itself writes in these languages is a real word: never read as a typo.
    const gewoon = talen.flatMap(gewoonIn)
    // Languages that put endings on a word ("danışmanımla", "допомогу", "مساعدات"): their own stemmer reads
    // it as the listed word. Not Dutch or English, whose stemmers also cut off meaning ("gezondheid" is no
    // "gezond"); Polish has no stemmer in the package.
    const stammer = VERBOGEN.has(taal) ? STAMMERS[taal] : undefined
    const woorden = compileer(woordLijsten, labels, onderwerpNamen, gewoon, stammer ? [stammer] : [])
    const zoekwoorden = (id: string) => woordLijsten.flatMap((l) => l.bedoelingen.zoekwoorden[id] ?? []).join(' ')
    const eigen = teksten.bronnen[taal] ?? {}
    const nl = teksten.bronnen[STANDAARD_TAAL] ?? {}
    const documenten: Document[] = []
    for (const id of VOORZIENINGEN) {
      const eigenNamen = [...new Set(namen((b) => tekstOp(b.regels, `voorzieningen.${id}.naam`)))]
      documenten.push({
        id: `voorziening:${id}`,
        naam: eigenNamen.join(' '),
        namen: eigenNamen,
        zoekwoorden: zoekwoorden(`voorziening:${id}`),
        tekst: tekstOp(eigen.regels, `voorzieningen.${id}.uitleg`) ?? '',
      })
    }
    // A glossary term and the voorziening it names are both found: "jobcoach" is the term, "persoonlijke
    // ondersteuning" the voorziening; with the same name the voorziening goes first.
    for (const term of Object.keys((nl.begrippen as Boom | undefined) ?? {})) {
      const termNamen = [...new Set(namen((b) => tekstOp(b.begrippen, `${term}.naam`)))]
      documenten.push({
        id: `begrip:${term}`,
        naam: termNamen.join(' '),
        namen: termNamen,
        zoekwoorden: zoekwoorden(`begrip:${term}`),
        tekst: tekstOp(eigen.begrippen, `${term}.uitleg`) ?? '',
      })
    }
    for (const id of Object.keys(VRAGEN)) {
      const extra = zoekwoorden(`vraag:${id}`)
      if (!extra) continue
      documenten.push({
        id: `vraag:${id}`,
        naam: extra,
        zoekwoorden: '',
        tekst: tekstOp(eigen.gesprek, `vragen.${id}.hulp`) ?? '',
      })
    }
    const begrijper = {
      woorden,
      zoeker: maakZoeker(documenten, taal, woorden.stopwoorden, woorden.meervoud),
      voorzieningVan: eenVoorziening,
    }
    gemaakt.set(taal, begrijper)
    return begrijper
  }
}
