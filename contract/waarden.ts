/**
 * The fixed values of the public contract, without zod: the widget imports these (and only these)
 * as values, so its bundle carries a few short lists instead of a schema library. The zod schemas in
 * `contract/index.ts` are built from the same lists, so a value is written once.
 */
import { VOORZIENINGEN } from '../rules/voorzieningen.js'

export { VOORZIENINGEN }

/**
 * What a conversation is about: everything, one voorziening, or an employer's questions. Made in a
 * call marked pure, so a bundle that does not use it (the widget) leaves it and the voorzieningen out.
 */
export const ONDERWERPEN = /* @__PURE__ */ (() => ['alles', 'werkgever', ...VOORZIENINGEN] as const)()

/** The oordeel of one voorziening, in the order the widget shows them (what may fit first). */
export const OORDELEN = ['mogelijk', 'onbekend', 'niet'] as const

/** Whether someone belongs to the doelgroep (art. 2). */
export const DOELGROEP_OORDELEN = ['ja', 'nee', 'onbekend'] as const

/** Where someone outside the doelgroep is sent. */
export const VERWIJZINGEN = ['uwv', 'andere-gemeente', 'onderwijs', 'aow'] as const

/** Writing direction of a language. */
export const RICHTINGEN = ['ltr', 'rtl'] as const

/** How a question is answered: a choice, a number, or typed text. */
export const VRAAG_SOORTEN = ['keuze', 'getal', 'tekst'] as const

/** Who reads the texts: the resident ("je") or an employer about a candidate ("u"). */
export const LEZERS = ['inwoner', 'werkgever'] as const

/**
 * What a message is, so a client never has to find it out from its words: `mens` offers a person
 * (the phone number), `herhaling` asks the open question again, `voorstel` proposes an answer to
 * confirm, `verwijzing` sends the resident elsewhere, `welkom` and `klaar` open and close, `info` is the rest.
 */
export const BERICHT_SOORTEN = ['info', 'welkom', 'mens', 'verwijzing', 'klaar', 'herhaling', 'voorstel'] as const

/** What a typed message can be understood as (`begrip.soort`). */
export const BEGRIP_SOORTEN = [
  'antwoord',
  'uitleg',
  'waarom',
  'onderwerp',
  'mens',
  'buiten',
  'persoonsgegevens',
  'onbekend',
] as const

/**
 * A typed message is at most this many characters, also once normalised (NFKC turns one "ﷺ" into 18
 * letters), and may not grow more than `MAX_BERICHT_GROEI` times as long by normalising.
 */
export const MAX_BERICHT_TEKENS = 500
export const MAX_BERICHT_GROEI = 2

/** "Klopt dit voor jou?": the three answers. */
export const FEEDBACK_ANTWOORDEN = ['ja', 'een-beetje', 'nee'] as const

/** Why "Klopt dit voor jou?" was "nee": a short fixed list, never free text. */
export const FEEDBACK_REDENEN = ['past-niet', 'snap-niet', 'mis-hulp', 'anders-verwacht', 'andere-reden'] as const

/**
 * What a resident does besides answering, counted without any id: contact ("Praat met een
 * medewerker", a tap on the phone number, livechat, e-mail), the explanations ("Waarom vragen we
 * dit?", "Wat is dat?"), a language switch, starting over, erasing, and how the widget was opened
 * (inline on the page, or behind the launcher button).
 */
export const ACTIES = [
  'medewerker',
  'bel',
  'livechat',
  'mail',
  'waarom',
  'wat-is-dat',
  'taal',
  'opnieuw',
  'wis',
  'inline',
  'launcher',
] as const

/** What a count under the threshold of the figures reads as, instead of its number. */
export const MINDER_DAN = 'minder dan 5'

/** The resident's own notes: plain text, at most this many characters. */
export const MAX_NOTITIES = 2000

export type { Lezer, Oordeel } from '../rules/model.js'
export type { VoorzieningId } from '../rules/voorzieningen.js'
export type Onderwerp = (typeof ONDERWERPEN)[number]
export type Richting = (typeof RICHTINGEN)[number]
export type VraagSoort = (typeof VRAAG_SOORTEN)[number]
export type BerichtSoort = (typeof BERICHT_SOORTEN)[number]
export type BegripSoort = (typeof BEGRIP_SOORTEN)[number]
export type FeedbackAntwoord = (typeof FEEDBACK_ANTWOORDEN)[number]
export type FeedbackReden = (typeof FEEDBACK_REDENEN)[number]
export type Actie = (typeof ACTIES)[number]

/**
 * A date written by `formaat`, without what some languages put after the year: Ukrainian writes "2026 р."
 * (an abbreviation with its own dot), which in "на {{peildatum}}." gave two dots. Server and widget both use it.
 */
export function datumZonderAfsluiting(formaat: Intl.DateTimeFormat, datum: Date): string {
  const delen = formaat.formatToParts(datum)
  let eind = delen.length
  while (eind > 0 && delen[eind - 1]?.type === 'literal') eind--
  return delen
    .slice(0, eind)
    .map((deel) => deel.value)
    .join('')
}
