/**
 * A step of the dialogue described in keys: what flows/ hands to the server, which puts it into
 * words (`server/stap.ts`) and counts it (`server/statistieken/meten.ts`). Neither needs flows/ to
 * read it: the dialogue has decided everything in it, the renderer only chooses words.
 */
import type { Aandachtspunt, Evaluatie, Lezer } from '../rules/index.js'
import type { BerichtSoort } from './index.js'
import type { Antwoord, VraagDefinitie } from './vragen.js'

/** The key of the welcome (`soort: 'welkom'`); a translated screen adds its language notes right after it. */
export const WELKOM = 'berichten.welkom'
export const WELKOM_WERKGEVER = 'berichten.welkomWerkgever'

/** A message key (in gesprek.json) with the values it needs, and what kind of message it is. */
export interface Bericht {
  readonly sleutel: string
  readonly soort: BerichtSoort
  readonly waarden?: Readonly<Record<string, string>>
}

export interface StapGegevens {
  readonly vraag?: VraagDefinitie
  readonly antwoorden: readonly Antwoord[]
  readonly voortgang: { readonly beantwoord: number; readonly geschat: number }
  readonly kanTerug: boolean
  readonly klaar: boolean
  readonly evaluatie: Evaluatie
  /** The notes of this dialogue: its own voorzieningen's and the person's, for its reader. */
  readonly aandachtspunten: readonly Aandachtspunt[]
  /** The duties and rights shown with the outcome (none for an employer, who asks about a candidate). */
  readonly rechten: readonly Aandachtspunt[]
  /** The wording of the open question for these facts (`vragen.<id>.<variant>`), when not the usual one. */
  readonly vraagVariant?: string
  /** Who reads the texts: the resident ("je") or an employer ("u"). */
  readonly lezer: Lezer
  /** Outside the doelgroep (art. 2) as the dialogue tells it: never in an employer's dialogue. */
  readonly buitenDoelgroep: boolean
  readonly berichten: readonly Bericht[]
}
