/**
 * The questions: one per fact, plus the first menu (`onderwerp`). Only shape lives here
 * (kind, choices, bounds); every word is in `locales/<taal>/gesprek.json` under `vragen.<id>`.
 * Part of the contract: flows/ asks them, server/ renders and counts them, and a Stap shows their
 * kind, choices and bounds; none of these may need flows/ to know what a question is.
 */

import {
  AFSTANDEN,
  type Feit,
  type Situatie,
  UITKERINGEN,
  VAST_CONTRACT_MAANDEN,
  VOORZIENINGEN,
  type VoorzieningId,
} from '../rules/index.js'
import { ONDERWERPEN, type Onderwerp, type Waarde } from './index.js'

export { ONDERWERPEN, type Onderwerp, type Waarde }

/** An answer given: the question and its value. */
export interface Antwoord {
  readonly vraag: string
  readonly waarde: Waarde
}

export interface Keuze {
  readonly waarde: Waarde
  /** Key under `keuzes.` in gesprek.json. */
  readonly label: string
}

export interface VraagDefinitie {
  readonly id: string
  readonly feit?: Feit
  readonly soort: 'keuze' | 'getal'
  readonly keuzes: readonly Keuze[]
  readonly min?: number
  readonly max?: number
  /**
   * A number outside these bounds is allowed but rarely meant (an age of 3 is a slip of the thumb more
   * often than a child): the widget asks first whether it is right, before it decides anything.
   */
  readonly bevestig?: { readonly min: number; readonly max: number }
  /**
   * Another wording of the question for some facts (`vragen.<id>.<variant>`): "eerder?" for someone
   * without a benefit now, where "how long do you have a benefit" would contradict "Geen uitkering".
   */
  readonly variant?: (s: Situatie) => string | undefined
  /** How a typed number answers it (begrip/ reads this; the buttons and the bounds are above). */
  readonly getal?: GetalLezing
}

/** How a typed number answers a number question: defined with the question, read by begrip/. */
export interface GetalLezing {
  /** The unit the answer counts in: "anderhalf jaar" at a question in months is 18. */
  readonly eenheid: 'jaar' | 'maand'
  /** An age: whole years lived (3 months old is 0; "ik word 27" is 26 now). */
  readonly leeftijd?: true
  /** How long something has lasted up to now: "sinds januari" answers it. */
  readonly sinds?: true
  /** Of several children's ages typed, the youngest is asked. */
  readonly jongste?: true
}

const WEET_NIET: Keuze = { waarde: null, label: 'weetNiet' }
const jaNee: readonly Keuze[] = [{ waarde: true, label: 'ja' }, { waarde: false, label: 'nee' }, WEET_NIET]

const keuzeVraag = (feit: Feit, keuzes: readonly Keuze[] = jaNee): VraagDefinitie => ({
  id: feit,
  feit,
  soort: 'keuze',
  keuzes,
})
const getalVraag = (
  feit: Feit,
  min: number,
  max: number,
  getal: GetalLezing,
  extra: readonly Keuze[] = [WEET_NIET],
): VraagDefinitie => ({
  id: feit,
  feit,
  soort: 'getal',
  keuzes: extra,
  min,
  max,
  getal,
})

/** One question per fact; bounds within the Situatie schema. */
export const VRAGEN: Readonly<Record<Feit, VraagDefinitie>> = {
  woontInGemeente: keuzeVraag('woontInGemeente'),
  // Under 16 ends the dialogue (art. 2: school first); over 100 is likelier a typing slip than a fact.
  leeftijd: { ...getalVraag('leeftijd', 0, 120, { eenheid: 'jaar', leeftijd: true }), bevestig: { min: 16, max: 100 } },
  aowLeeftijdBereikt: keuzeVraag('aowLeeftijdBereikt'),
  uitkering: keuzeVraag('uitkering', [...UITKERINGEN.map((u) => ({ waarde: u, label: `uitkering.${u}` })), WEET_NIET]),
  werktMetLoonkostensubsidie: keuzeVraag('werktMetLoonkostensubsidie'),
  maandenUitkering: {
    ...getalVraag('maandenUitkering', 0, 600, { eenheid: 'maand', sinds: true }),
    variant: (s) => (s.uitkering === 'geen' ? 'geenUitkering' : undefined),
  },
  jarenGeenWerkinkomen: getalVraag('jarenGeenWerkinkomen', 0, 100, { eenheid: 'jaar', sinds: true }),
  ooitBetaaldGewerkt: keuzeVraag('ooitBetaaldGewerkt'),
  startkwalificatie: keuzeVraag('startkwalificatie'),
  kanBekostigdOnderwijsVolgen: keuzeVraag('kanBekostigdOnderwijsVolgen'),
  afstandTotArbeidsmarkt: keuzeVraag('afstandTotArbeidsmarkt', [
    ...AFSTANDEN.map((a) => ({ waarde: a, label: `afstand.${a}` })),
    WEET_NIET,
  ]),
  kanOoitZonderSteunWerken: keuzeVraag('kanOoitZonderSteunWerken'),
  beperking: keuzeVraag('beperking'),
  beschutteWerkplekNodig: keuzeVraag('beschutteWerkplekNodig'),
  kanVolledigMinimumloonVerdienen: keuzeVraag('kanVolledigMinimumloonVerdienen'),
  contractMaanden: getalVraag('contractMaanden', 0, 120, { eenheid: 'maand' }, [
    { waarde: 0, label: 'geenContract' },
    { waarde: VAST_CONTRACT_MAANDEN, label: 'vastContract' },
    WEET_NIET,
  ]),
  jongsteKindLeeftijd: getalVraag('jongsteKindLeeftijd', 0, 25, { eenheid: 'jaar', leeftijd: true, jongste: true }, [
    { waarde: null, label: 'geenKinderen' },
    WEET_NIET,
  ]),
  voorzieningOudeVerordening: keuzeVraag('voorzieningOudeVerordening'),
  alleenstaandeOuder: keuzeVraag('alleenstaandeOuder'),
}

/** The menu when a conversation starts without an onderwerp; it fills no fact. */
export const ONDERWERP_VRAAG: VraagDefinitie = {
  id: 'onderwerp',
  soort: 'keuze',
  keuzes: ONDERWERPEN.map((o) => ({ waarde: o, label: `onderwerp.${o}` })),
}

/** A question by id. */
export function vraagMetId(id: string): VraagDefinitie | undefined {
  if (id === ONDERWERP_VRAAG.id) return ONDERWERP_VRAAG
  return Object.hasOwn(VRAGEN, id) ? VRAGEN[id as Feit] : undefined
}

/** True when a value fits the question (a choice's value, or a whole number within bounds, or null). */
export function isGeldigAntwoord(vraag: VraagDefinitie, waarde: unknown): waarde is Waarde {
  if (waarde === null) return vraag.keuzes.some((k) => k.waarde === null)
  if (vraag.keuzes.some((k) => k.waarde === waarde)) return true
  return (
    vraag.soort === 'getal' &&
    typeof waarde === 'number' &&
    Number.isInteger(waarde) &&
    waarde >= (vraag.min ?? 0) &&
    waarde <= (vraag.max ?? Number.MAX_SAFE_INTEGER)
  )
}

/** The voorzieningen a dialogue is about. */
export const WERKGEVER_VOORZIENINGEN: readonly VoorzieningId[] = [
  'no-riskpolis',
  'loonkostensubsidie',
  'loonkostensubsidie-loonwaarde',
  'persoonlijke-ondersteuning',
  'detacheringsbaan',
  'bemiddeling',
]

export function voorzieningenVan(onderwerp: Onderwerp): readonly VoorzieningId[] {
  if (onderwerp === 'alles') return VOORZIENINGEN
  if (onderwerp === 'werkgever') return WERKGEVER_VOORZIENINGEN
  return [onderwerp]
}

export type { Situatie }
