/**
 * Understanding a typed message by fixed rules and word lists: no language model decides anything.
 * Pure: (text, open question, compiled word lists, search index) -> what was understood. It records
 * nothing itself; the route hands a recorded answer to flows/ exactly as a button would.
 */
import { isGeldigAntwoord, ONDERWERPEN, type Onderwerp, type VraagDefinitie, type Waarde } from '../flows/index.js'
import { type Eenheid, getalWoorden, leesGetallen, maandenSinds } from './getallen.js'
import { type Persoonsgegeven, persoonsgegevenIn } from './persoonsgegevens.js'
import {
  begintMet,
  bevat,
  isGelijk,
  langsteIn,
  normaal,
  plekVan,
  woorden as woordenVan,
  type Zinsdeel,
} from './tekst.js'
import type { Woorden } from './woorden.js'
import type { Zoeker } from './zoek.js'

export { isBsn } from './persoonsgegevens.js'
export { compileer, type Woorden, type WoordLijsten } from './woorden.js'
export { type Document, maakZoeker, type Zoeker } from './zoek.js'

/** Why nothing was understood, for the message. */
export type Onbegrepen = 'twijfel' | 'buitenBereik' | 'meerdere' | 'niets'

export type Begrip =
  | { readonly soort: 'antwoord'; readonly vraag: string; readonly waarde: Waarde; readonly vastgelegd: boolean }
  | { readonly soort: 'uitleg'; readonly begrip: string; readonly bron: 'voorziening' | 'begrip' | 'vraag' }
  | { readonly soort: 'waarom' }
  | { readonly soort: 'onderwerp'; readonly onderwerp: Onderwerp }
  | { readonly soort: 'mens' }
  | { readonly soort: 'buiten'; readonly over: string }
  | { readonly soort: 'persoonsgegevens'; readonly wat: Persoonsgegeven }
  | { readonly soort: 'onbekend'; readonly reden: Onbegrepen }

export { SOORTEN, type Soort } from './soorten.js'

export interface Omstandigheden {
  /** The open question; absent at the outcome. */
  readonly vraag?: VraagDefinitie
  readonly woorden: Woorden
  readonly zoeker: Zoeker
  /** The gemeente's own number: typed back, it is no personal data. */
  readonly gemeenteTelefoon?: string
  /** Today (`YYYY-MM-DD`), for "sinds januari". Without it, such a text is not read as a duration. */
  readonly peildatum?: string
}

/** The unit a number question counts in. */
const EENHEID: Readonly<Record<string, Eenheid>> = {
  leeftijd: 'jaar',
  jongsteKindLeeftijd: 'jaar',
  jarenGeenWerkinkomen: 'jaar',
  maandenUitkering: 'maand',
  contractMaanden: 'maand',
}
/** Ages count whole years lived: 3 months old is 0, "ik word 27" is 26 now. */
const LEEFTIJDEN = new Set(['leeftijd', 'jongsteKindLeeftijd'])
/** Questions about how long something has lasted up to now: "sinds januari" answers them. */
const SINDS = new Set(['maandenUitkering', 'jarenGeenWerkinkomen'])
/** Where several children's ages are typed, the question asks for the youngest. */
const JONGSTE = new Set(['jongsteKindLeeftijd'])

const antwoord = (vraag: VraagDefinitie, waarde: Waarde, vastgelegd: boolean): Begrip =>
  isGeldigAntwoord(vraag, waarde)
    ? { soort: 'antwoord', vraag: vraag.id, waarde, vastgelegd }
    : { soort: 'onbekend', reden: 'buitenBereik' }
const onbekend = (reden: Onbegrepen): Begrip => ({ soort: 'onbekend', reden })

const uniekeWaarden = (waarden: readonly Waarde[]) => [...new Set(waarden)]

/** What a typed text means at the open question. */
export function begrijp(tekst: string, o: Omstandigheden): Begrip {
  const w = o.woorden
  const lijst = woordenVan(tekst)
  if (lijst.length === 0) return onbekend('niets')
  const gegeven = persoonsgegevenIn(tekst, w, o.gemeenteTelefoon)
  if (gegeven) return { soort: 'persoonsgegevens', wat: gegeven }
  const { vraag } = o
  // The whole text is a button's label or a word for it: exactly what the button does.
  if (vraag) {
    const exact = uniekeWaarden(
      keuzesVan(vraag, w).flatMap((k) => (k.delen.some((d) => isGelijk(lijst, d)) ? [k.waarde] : [])),
    )
    if (exact.length === 1) return antwoord(vraag, exact[0] as Waarde, true)
    if (w.twijfel.some((d) => isGelijk(lijst, d))) return onbekend('twijfel')
  }
  if (vraag && w.waarom.some((d) => bevat(lijst, d))) return { soort: 'waarom' }
  if (w.mens.some((d) => bevat(lijst, d))) return { soort: 'mens' }
  const buiten = langsteVan(lijst, w.buiten)
  if (buiten) return { soort: 'buiten', over: buiten }
  const uitleg = uitlegVan(tekst, lijst, o)
  if (uitleg) return uitleg
  // An answer in a sentence goes before a wish: "ja, ik ga naar school" answers the question.
  // In the first menu a sentence is a wish, offered rather than chosen; only a label typed whole chooses.
  const gelezen =
    vraag && vraag.id !== 'onderwerp'
      ? vraag.soort === 'getal'
        ? getalAntwoord(tekst, lijst, vraag, w, o.peildatum)
        : keuzeAntwoord(lijst, vraag, w)
      : onbekend('niets')
  if (gelezen.soort === 'antwoord') return gelezen
  const onderwerp = langsteVan(lijst, w.onderwerp)
  if (onderwerp && (ONDERWERPEN as readonly string[]).includes(onderwerp))
    return { soort: 'onderwerp', onderwerp: onderwerp as Onderwerp }
  return gelezen
}

/** The key whose list has the longest phrase in the text. */
function langsteVan(lijst: readonly string[], lijsten: ReadonlyMap<string, readonly Zinsdeel[]>): string | undefined {
  let beste: { sleutel: string; lengte: number } | undefined
  for (const [sleutel, delen] of lijsten) {
    const gevonden = langsteIn(lijst, delen)
    if (gevonden && (!beste || gevonden.deel.length > beste.lengte)) beste = { sleutel, lengte: gevonden.deel.length }
  }
  return beste?.sleutel
}

/** "Wat is een participatieplaats?": the term after the opening words, found by the search index. */
function uitlegVan(tekst: string, lijst: readonly string[], o: Omstandigheden): Begrip | undefined {
  const w = o.woorden
  const opening = langsteIn(lijst, w.uitleg)
  const rest = opening ? [...lijst.slice(0, opening.plek), ...lijst.slice(opening.plek + opening.deel.length)] : lijst
  const inhoud = rest.filter((x) => !w.stopwoorden.has(x))
  const isVraag = normaal(tekst).trim().endsWith('?')
  // Without opening words only a bare term asks ("participatieplaats?"); "kan ik een jobcoach krijgen?" is a wish.
  if (!opening && !(isVraag && inhoud.length === 1)) return undefined
  // "Wat bedoel je?" with nothing after it is about the open question itself.
  if (opening && inhoud.length === 0) return o.vraag ? { soort: 'waarom' } : undefined
  const gevonden = o.zoeker.zoek(inhoud)
  if (!gevonden) return undefined
  const [bron, id = ''] = gevonden.split(/:(.*)/s)
  return {
    soort: 'uitleg',
    begrip: id,
    bron: bron === 'voorziening' ? 'voorziening' : bron === 'vraag' ? 'vraag' : 'begrip',
  }
}

interface KeuzeWoorden {
  readonly waarde: Waarde
  readonly label: string
  readonly delen: readonly Zinsdeel[]
  readonly waarschijnlijk: readonly Zinsdeel[]
  /** Words that suggest this choice at this question only ("rugklachten"). */
  readonly voorstel: readonly Zinsdeel[]
}

function keuzesVan(vraag: VraagDefinitie, w: Woorden): KeuzeWoorden[] {
  const uit: KeuzeWoorden[] = vraag.keuzes.map((k) => ({
    waarde: k.waarde,
    label: k.label,
    delen: [...(w.keuzes.get(k.label) ?? []), ...(w.perVraag.get(vraag.id)?.get(k.label) ?? [])],
    waarschijnlijk: w.waarschijnlijk.get(k.label) ?? [],
    voorstel: w.voorstelPerVraag.get(vraag.id)?.get(k.label) ?? [],
  }))
  for (const v of w.vast.get(vraag.id) ?? [])
    if (!v.voorstel) uit.push({ waarde: v.waarde, label: '', delen: v.delen, waarschijnlijk: [], voorstel: [] })
  return uit
}

const heeftBuiten = (lijst: readonly string[], van: number, tot: number, delen: readonly Zinsdeel[]) =>
  delen.some((d) => {
    for (let p = plekVan(lijst, d); p >= 0; p = plekVan(lijst, d, p + 1))
      if (p + d.length <= van || p >= tot) return true
    return false
  })

/** Is the phrase one of the general words for these choices ("ja hoor" for `ja`)? */
const isWoordVan = (w: Woorden, labels: readonly string[], deel: Zinsdeel) => {
  const tekst = deel.join(' ')
  return labels.some((label) => (w.keuzes.get(label) ?? []).some((x) => x.join(' ') === tekst))
}

/** An answer to a choice question found in a sentence ("ja, ik woon in Assen", "ik heb de ziektewet"). */
function keuzeAntwoord(lijst: readonly string[], vraag: VraagDefinitie, w: Woorden): Begrip {
  if (w.twijfel.some((d) => bevat(lijst, d))) return onbekend('twijfel')
  const keuzes = keuzesVan(vraag, w)
  const vermoed = uniekeWaarden(
    keuzes.flatMap((k) => (k.waarschijnlijk.some((d) => bevat(lijst, d)) ? [k.waarde] : [])),
  )
  if (vermoed.length === 1) return antwoord(vraag, vermoed[0] as Waarde, false)
  const treffers = keuzes.flatMap((k) => {
    const gevonden = langsteIn(lijst, k.delen)
    return gevonden ? [{ waarde: k.waarde, ...gevonden }] : []
  })
  // A phrase inside a longer one counts once ("weet ik niet" is not also "niet").
  const overgebleven = treffers.filter(
    (t) =>
      !treffers.some(
        (u) =>
          u !== t &&
          u.deel.length > t.deel.length &&
          u.plek <= t.plek &&
          u.plek + u.deel.length >= t.plek + t.deel.length,
      ),
  )
  const waarden = uniekeWaarden(overgebleven.map((t) => t.waarde))
  const jaNee = vraag.keuzes.some((k) => typeof k.waarde === 'boolean')
  if (waarden.length === 0) {
    // "Ik heb rugklachten": a word that suggests one choice here, proposed (but not "geen rugklachten").
    const gesuggereerd = uniekeWaarden(
      keuzes.flatMap((k) =>
        k.voorstel.some((d) => {
          const p = plekVan(lijst, d)
          return p >= 0 && !heeftBuiten(lijst, p, p + d.length, w.ontkenning)
        })
          ? [k.waarde]
          : [],
      ),
    )
    if (gesuggereerd.length === 1) return antwoord(vraag, gesuggereerd[0] as Waarde, false)
    // "Ik woon niet in Assen": a no, but only proposed.
    const nee = vraag.keuzes.find((k) => k.waarde === false)
    if (jaNee && nee && w.ontkenning.some((d) => bevat(lijst, d))) return antwoord(vraag, false, false)
    return onbekend('niets')
  }
  if (waarden.length > 1) {
    // "WW en bijstand": the choice that goes first is proposed.
    const labels = new Set(keuzes.filter((k) => waarden.includes(k.waarde)).map((k) => k.label))
    const eerst = keuzes.find((k) => [...labels].every((l) => l === k.label || w.voorrang.get(k.label)?.has(l)))
    return eerst && labels.has(eerst.label) ? antwoord(vraag, eerst.waarde, false) : onbekend('meerdere')
  }
  const treffer = overgebleven.find((t) => t.waarde === waarden[0])
  if (!treffer) return onbekend('niets')
  const waarde = treffer.waarde
  const eind = treffer.plek + treffer.deel.length
  const ontkend = heeftBuiten(lijst, treffer.plek, eind, w.ontkenning)
  // "Ja, maar ..." or "ik heb geen WW": said, but not clearly; a "nee" with a "niet" stays a no
  // ("nee, dat lukt niet" to a question whose no is "langer dan een jaar").
  if (ontkend && waarde !== false && !isWoordVan(w, ['nee'], treffer.deel)) return onbekend('meerdere')
  if (heeftBuiten(lijst, treffer.plek, eind, w.voorbehoud)) return antwoord(vraag, waarde, false)
  const zelfde = keuzes.filter((k) => k.waarde === waarde).flatMap((k) => k.delen)
  // A plain yes or no counts when the sentence starts with it; a choice's own words ("havo", "WW") anywhere.
  const duidelijk =
    waarde === null || !isWoordVan(w, ['ja', 'nee'], treffer.deel) || zelfde.some((d) => begintMet(lijst, d))
  return antwoord(vraag, waarde, duidelijk)
}

/** A number answer ("ik ben 58 jaar oud", "anderhalf jaar", "ik word volgende maand 27"). */
function getalAntwoord(
  tekst: string,
  lijst: readonly string[],
  vraag: VraagDefinitie,
  w: Woorden,
  peildatum?: string,
): Begrip {
  const twijfel = w.twijfel.some((d) => bevat(lijst, d))
  // "Sinds januari": counted from that month to now, and proposed (the day in the month is not known).
  const sinds = peildatum && SINDS.has(vraag.id) ? maandenSinds(getalWoorden(tekst), w, peildatum) : undefined
  if (sinds !== undefined && !twijfel)
    return antwoord(vraag, EENHEID[vraag.id] === 'jaar' ? Math.floor(sinds / 12) : sinds, false)
  const getallen = leesGetallen(tekst, w)
  for (const v of w.vast.get(vraag.id) ?? [])
    if (v.delen.some((d) => bevat(lijst, d)) && getallen.hoeveelheden.length === 0)
      return antwoord(vraag, v.waarde, !v.voorstel && !twijfel)
  if (getallen.hoeveelheden.length === 0) {
    // "Ik heb geen kinderen", "nee, geen baan": the extra buttons of a number question.
    const keuzes = uniekeWaarden(
      keuzesVan(vraag, w).flatMap((k) => (k.delen.some((d) => bevat(lijst, d)) ? [k.waarde] : [])),
    )
    if (keuzes.length === 1 && !twijfel) return antwoord(vraag, keuzes[0] as Waarde, true)
    return onbekend(twijfel ? 'twijfel' : keuzes.length > 1 ? 'meerdere' : 'niets')
  }
  const doel = EENHEID[vraag.id] ?? 'jaar'
  const omgerekend = getallen.hoeveelheden.map((h) => ({
    waarde: inEenheid(h.waarde, h.eenheid, doel),
    eenheid: h.eenheid,
  }))
  let waarde: number
  let zeker = !getallen.ongeveer && !twijfel
  const verschillend = [...new Set(omgerekend.map((h) => h.waarde))]
  if (verschillend.length === 1) waarde = verschillend[0] as number
  else if (omgerekend.every((h) => h.eenheid) && new Set(omgerekend.map((h) => h.eenheid)).size === omgerekend.length) {
    // "1 jaar en 6 maanden": one length in two units.
    waarde = omgerekend.reduce((s, h) => s + h.waarde, 0)
  } else if (JONGSTE.has(vraag.id) && omgerekend.every((h) => h.eenheid !== 'maand' && h.eenheid !== 'week')) {
    waarde = Math.min(...verschillend)
    zeker = false
  } else return onbekend('meerdere')
  if (LEEFTIJDEN.has(vraag.id) && (getallen.worden || getallen.bijna)) waarde -= 1
  if (!Number.isInteger(waarde)) {
    const isLeeftijd = LEEFTIJDEN.has(vraag.id)
    // An age in months is the whole years lived; any other part of a unit is rounded and proposed.
    // A question in years counts whole years ("anderhalf jaar" without work is 1 whole year); months are rounded.
    waarde = isLeeftijd || doel === 'jaar' ? Math.floor(waarde + 1e-9) : Math.round(waarde)
    if (doel !== 'jaar') zeker = false
  }
  return antwoord(vraag, waarde, zeker)
}

function inEenheid(waarde: number, van: Eenheid | undefined, naar: Eenheid): number {
  if (!van || van === naar) return waarde
  const dagen = { jaar: 365.25, maand: 365.25 / 12, week: 7 }
  const uit = (waarde * dagen[van]) / dagen[naar]
  // Whole months of whole years stay whole ("2 jaar" = 24 months, "18 maanden" = 1.5 years).
  return Math.round(uit * 1000) / 1000
}
