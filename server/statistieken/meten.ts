/**
 * What a conversation step adds to the figures. Pure: it reads two states of one conversation and
 * returns the counts plus a small memory (`telling` on the record) of what was counted already, so
 * a question reached twice (after going back) or a second finish is counted once per conversation.
 * That memory lives and dies with the conversation; the figures never hold it.
 * It reads what flows/ returned for the step (the open question, the evaluation) and never asks
 * flows/ itself, so what is counted is what the resident was shown.
 */
import type { StapGegevens } from '../../contract/beschrijving.js'
import { voorzieningenVan, vraagMetId } from '../../contract/vragen.js'
import type { Evaluatie } from '../../rules/index.js'
import type { Omgeving } from '../context.js'
import type { GesprekRecord } from '../store/types.js'
import {
  type Actie,
  type BegripSoort,
  type Feedback,
  type FeedbackReden,
  logboekVan,
  MENU,
  standaardLogboek,
  type Telling,
} from './types.js'

/** What was counted for one conversation already. */
export interface TelStand {
  readonly bereikt: readonly string[]
  readonly beantwoord: readonly string[]
  readonly weetNiet: readonly string[]
  readonly gekozen?: true
  readonly klaar?: true
  /** The "Klopt dit voor jou?" answer (`true` in records from before the answer was kept). */
  readonly feedback?: true | Feedback
  /** The reason for "nee" was counted. */
  readonly reden?: true
}

export type GeteldRecord = GesprekRecord & { readonly telling?: TelStand }

const LEEG: TelStand = { bereikt: [], beantwoord: [], weetNiet: [] }

const onderwerpVan = (bewaard: GesprekRecord['bewaard']) =>
  bewaard.staat === 'kiesOnderwerp' ? MENU : bewaard.context.onderwerp

/** "Weet ik niet" is only recognisable where it is the one choice with `null` (not "Geen kinderen"). */
function isWeetNiet(vraagId: string, waarde: unknown): boolean {
  const vraag = vraagMetId(vraagId)
  return waarde === null && vraag !== undefined && vraag.keuzes.filter((k) => k.waarde === null).length === 1
}

/**
 * The counts for a conversation that moved from `vorige` (undefined: just created) to `nieuw`,
 * and the record to store (with the updated memory).
 */
export function telStap(
  vorige: GesprekRecord | undefined,
  nieuw: GesprekRecord,
  gegevens: Pick<StapGegevens, 'vraag' | 'evaluatie' | 'buitenDoelgroep'>,
): { record: GeteldRecord; tellingen: Telling[] } {
  const stand = (nieuw as GeteldRecord).telling ?? LEEG
  const { bewaard, taal } = nieuw
  const onderwerp = onderwerpVan(bewaard)
  const tellingen: Telling[] = []
  const plus = (sleutel: string, o = onderwerp) => tellingen.push({ onderwerp: o, taal, sleutel })
  const vraagOnderwerp = (vraag: string) => (vraag === 'onderwerp' ? MENU : onderwerp)

  if (!vorige) plus('gestart')
  let gekozen = stand.gekozen
  if (vorige?.bewaard.staat === 'kiesOnderwerp' && bewaard.staat !== 'kiesOnderwerp' && !gekozen) {
    plus('gekozen')
    gekozen = true
  }

  const beantwoord = [...stand.beantwoord]
  const weetNiet = [...stand.weetNiet]
  for (const { vraag, waarde } of bewaard.context.antwoorden) {
    if (!beantwoord.includes(vraag)) {
      beantwoord.push(vraag)
      plus(`beantwoord:${vraag}`, vraagOnderwerp(vraag))
    }
    if (isWeetNiet(vraag, waarde) && !weetNiet.includes(vraag)) {
      weetNiet.push(vraag)
      plus(`weetNiet:${vraag}`, vraagOnderwerp(vraag))
    }
  }

  const bereikt = [...stand.bereikt]
  const open = gegevens.vraag?.id
  if (open && !bereikt.includes(open)) {
    bereikt.push(open)
    plus(`bereikt:${open}`, vraagOnderwerp(open))
  }

  let klaar = stand.klaar
  if (bewaard.staat === 'uitkomst' && !klaar) {
    klaar = true
    plus('klaar')
    // What it told them the first time they reached the end: the voorzieningen of this onderwerp.
    // The evaluation flows made for this step, so the counts are what the resident saw.
    const { evaluatie } = gegevens
    const relevant = new Set<string>(voorzieningenVan(bewaard.context.onderwerp))
    for (const u of evaluatie.uitkomsten)
      if (relevant.has(u.voorziening)) plus(`uitkomst:${u.voorziening}:${u.oordeel}`)
    if (gegevens.buitenDoelgroep) {
      plus(`doelgroepNee:${evaluatie.doelgroep.verwijzing ?? 'geen'}`)
    }
  }

  const telling: TelStand = {
    ...stand,
    bereikt,
    beantwoord,
    weetNiet,
    ...(gekozen ? { gekozen } : {}),
    ...(klaar ? { klaar } : {}),
  }
  return { record: { ...nieuw, telling }, tellingen }
}

/**
 * "Klopt dit voor jou?": allowed once per conversation, and only at the outcome. It is counted for
 * the conversation and for every outcome of its onderwerp as the resident saw it ("nee" to
 * "werkstage: misschien mogelijk"). After "nee", one reason from the fixed list may follow, in the
 * same request or in one more.
 */
export function telFeedback(
  record: GesprekRecord,
  antwoord: Feedback,
  reden: FeedbackReden | undefined,
  evaluatie: () => Evaluatie,
): { record: GeteldRecord; tellingen: Telling[] } | 'teVroeg' | 'alGegeven' {
  const stand = (record as GeteldRecord).telling ?? LEEG
  const onderwerp = onderwerpVan(record.bewaard)
  const plus = (sleutel: string): Telling => ({ onderwerp, taal: record.taal, sleutel })
  if (stand.feedback) {
    if (stand.feedback !== 'nee' || antwoord !== 'nee' || !reden || stand.reden) return 'alGegeven'
    return { record: { ...record, telling: { ...stand, reden: true } }, tellingen: [plus(`feedbackReden:${reden}`)] }
  }
  if (record.bewaard.staat !== 'uitkomst') return 'teVroeg'
  const tellingen = [plus(`feedback:${antwoord}`)]
  const relevant = new Set<string>(voorzieningenVan(record.bewaard.context.onderwerp))
  for (const u of evaluatie().uitkomsten)
    if (relevant.has(u.voorziening)) tellingen.push(plus(`feedback:${antwoord}:${u.voorziening}:${u.oordeel}`))
  const metReden = antwoord === 'nee' && reden !== undefined
  if (metReden) tellingen.push(plus(`feedbackReden:${reden}`))
  return {
    record: { ...record, telling: { ...stand, feedback: antwoord, ...(metReden ? { reden: true as const } : {}) } },
    tellingen,
  }
}

/**
 * Something that counts once per conversation, however often it happens: the mark the store keeps
 * for the conversation (`GesprekStore.eenKeer`), and the count when that mark is new. A script that
 * taps "medewerker" a thousand times, reads the summary a hundred times or types the same kind of
 * message sixty times a minute adds one.
 */
export interface EenKeer {
  readonly merk: string
  readonly tellingen: Telling[]
}

const eenKeerVan = (record: GesprekRecord, sleutel: string): EenKeer => ({
  merk: sleutel,
  tellingen: [{ onderwerp: onderwerpVan(record.bewaard), taal: record.taal, sleutel }],
})

/** A typed message, by its kind only (`begrip.soort`); the text is never handed to the counter. */
export const telBericht = (record: GesprekRecord, soort: BegripSoort): EenKeer => eenKeerVan(record, `bericht:${soort}`)

/** Something the resident did in the widget, in a conversation that lives. */
export const telActie = (record: GesprekRecord, actie: Actie): EenKeer => eenKeerVan(record, `actie:${actie}`)

/** The summary was opened (read or printed). */
export const telSamenvatting = (record: GesprekRecord): EenKeer => eenKeerVan(record, 'samenvatting')

/** One count about a whole conversation (`samenvatting`, `gewist`). */
export function telGesprek(record: GesprekRecord, sleutel: 'samenvatting' | 'gewist'): Telling[] {
  return [{ onderwerp: onderwerpVan(record.bewaard), taal: record.taal, sleutel }]
}

/**
 * Hands counts to the counter of the app, if there is one, for today in Europe/Amsterdam.
 * Never throws and never waits: counting must not slow down or break a conversation.
 */
export function tel(omgeving: Omgeving, tellingen: readonly Telling[]): void {
  // The same moments feed /metrics (operations), with or without a statistics store.
  const metingen = omgeving.metingen
  if (metingen) {
    for (const { sleutel, onderwerp } of tellingen) {
      if (sleutel === 'gestart') metingen.gesprekGestart(onderwerp)
      else if (sleutel === 'klaar') metingen.gesprekAfgerond(onderwerp)
    }
  }
  const teller = omgeving.teller
  if (!teller || tellingen.length === 0) return
  try {
    teller.tel(omgeving.vandaag(), tellingen)
  } catch (fout) {
    ;(omgeving.logger ? logboekVan(omgeving.logger) : standaardLogboek)('statistieken niet geteld', fout)
  }
}
