/**
 * The one way a conversation is started, read and changed: load it with its version, let flows/
 * take the step once, save it naming that version, render what flows/ described, and count it.
 * `createApp` makes one; every route that changes a conversation (answers, terug, wijzig, typed
 * messages, language, notes, feedback) calls `verander` and only turns the outcome into HTTP.
 * The statistics and /metrics count from the outcome: a step is counted only by the write that won,
 * and /metrics counts without the statistics (`tel`).
 */
import type { Context } from 'hono'
import type { Stap } from '../contract/index.js'
import {
  beschrijf,
  evaluatieVan,
  nieuwGesprek,
  type Onderwerp,
  type StapGegevens,
  type Verzoek,
  type VraagDefinitie,
  verwerk,
  type Weigering,
} from '../flows/index.js'
import { begrensdGeheugen } from '../gedeeld/geheugen.js'
import type { AppEnv, Omgeving } from './context.js'
import { gemeenteVanGesprek, onbekendeGemeente, perGemeente } from './regio.js'
import { maakStapWeergave } from './stap.js'
import { tel, telFeedback, telGesprek, telStap } from './statistieken/meten.js'
import type { Feedback, FeedbackReden, Telling } from './statistieken/types.js'
import type { GesprekRecord } from './store/types.js'

/** Conversation ids are UUIDs; anything else cannot exist, so it is not found without asking the store. */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const isGesprekId = (id: string) => ID.test(id)

/** What a request changes in a conversation. */
export type Wijziging =
  /** An answer, going back, or changing an answer: a step of the dialogue (flows/). */
  | { readonly soort: 'verzoek'; readonly verzoek: Verzoek }
  | { readonly soort: 'taal'; readonly taal: string }
  /** The resident's own notes; an empty text removes them. */
  | { readonly soort: 'notities'; readonly notities: string }
  | { readonly soort: 'feedback'; readonly antwoord: Feedback; readonly reden?: FeedbackReden }
  /** Nothing (a typed question): the conversation is shown as it is. */
  | { readonly soort: 'geen' }
  /** The route refuses what was sent, having seen the conversation (a BSN in the notes): nothing is saved. */
  | { readonly soort: 'afgewezen' }

/** How a change went. */
export type Uitkomst =
  /** Saved (or nothing to save, `veranderd: false`), counted, and rendered (not for notes or feedback). */
  | {
      readonly soort: 'gedaan'
      readonly record: GesprekRecord
      readonly omgeving: Omgeving
      readonly veranderd: boolean
      readonly stap?: Stap
    }
  /** The dialogue refused the request; `stap` is the conversation as it is, unchanged. */
  | {
      readonly soort: 'geweigerd'
      readonly weigering: Weigering
      readonly vraag?: VraagDefinitie
      readonly record: GesprekRecord
      readonly omgeving: Omgeving
      readonly stap: Stap
    }
  /** Refused by the route itself (`Wijziging` `afgewezen`). */
  | { readonly soort: 'afgewezen'; readonly omgeving: Omgeving }
  /** "Klopt dit voor jou?" before the outcome, or a second time. */
  | { readonly soort: 'feedbackGeweigerd'; readonly reden: 'teVroeg' | 'alGegeven'; readonly omgeving: Omgeving }
  /** Another write came first: nothing saved; `stap` is the conversation as the winner left it. */
  | { readonly soort: 'gelijktijdig'; readonly omgeving: Omgeving; readonly stap: Stap }
  /** Gone meanwhile (deleted or expired). */
  | { readonly soort: 'weg' }

/** A request that cannot reach the conversation: not there (`weg`), or the 400 of an unknown gemeente. */
export type NietBereikt =
  | { readonly soort: 'weg' }
  | { readonly soort: 'antwoord'; readonly antwoord: NonNullable<ReturnType<typeof onbekendeGemeente>> }

export function maakGesprekDienst(omgeving: Omgeving) {
  const { store } = omgeving
  const weergaveVan = perGemeente(maakStapWeergave)
  /** What the dialogue needs of the app: the rules model of the conversation's gemeente. */
  const flowsVan = perGemeente((eigen) => ({ model: eigen.gemeente.regelmodel }))
  /** Counted when anyone counts: the gemeente's statistics, or /metrics (which need no statistics). */
  const telt = (eigen: Omgeving) => Boolean(eigen.teller || eigen.metingen)

  /** The conversation in words: what flows/ described for this step, or (after a reload) the state described. */
  function weergave(eigen: Omgeving, record: GesprekRecord, gegevens?: StapGegevens): Stap {
    return weergaveVan(eigen)(record, gegevens ?? beschrijf(record.bewaard, undefined, flowsVan(eigen)))
  }

  /**
   * Whether this request may reach the conversation with this id: not when the id cannot exist, or the
   * request names a gemeente this installation does not have (its 400, from `regio.ts`).
   */
  function bereikbaar(c: Context<AppEnv>, id: string): NietBereikt | undefined {
    if (!isGesprekId(id)) return { soort: 'weg' }
    const onbekend = onbekendeGemeente(c, omgeving)
    return onbekend ? { soort: 'antwoord', antwoord: onbekend } : undefined
  }

  /** The conversation's gemeente as seen from this request: none when another gemeente is named (`regio.ts`). */
  const vanGesprek = (c: Context<AppEnv>, record: GesprekRecord) =>
    gemeenteVanGesprek(c, omgeving, record) as Omgeving | undefined

  /** The conversation and its gemeente's view of the app, with one read of the store, for a request that only reads. */
  async function lees(c: Context<AppEnv>, id: string): Promise<NietBereikt | Gelezen> {
    const niet = bereikbaar(c, id)
    if (niet) return niet
    const record = await store.get(id)
    const eigen = record && vanGesprek(c, record)
    return record && eigen ? { soort: 'gelezen', record, omgeving: eigen } : { soort: 'weg' }
  }

  /**
   * The first Stap of a new conversation, by gemeente, language, onderwerp and day: every start of an
   * onderwerp on a day shows the same (only the id differs), so it is rendered once (what that saves:
   * bench/RESULTS.md). Kept by value, so it is the same for every store.
   */
  const begonnen = begrensdGeheugen<string, Omit<Stap, 'gesprek'>>(256)

  /** Counts and the record to save for a step of the dialogue, from what flows/ returned for it. */
  const geteld = (eigen: Omgeving, vorige: GesprekRecord | undefined, nieuw: GesprekRecord, gegevens: StapGegevens) =>
    telt(eigen) ? telStap(vorige, nieuw, gegevens) : { record: nieuw, tellingen: [] as Telling[] }

  return {
    lees,
    weergave,

    /** A new conversation, at its first question (or the menu), saved and counted. */
    async begin(eigen: Omgeving, id: string, onderwerp: Onderwerp | undefined, taal: string) {
      const nu = Date.now()
      const start = nieuwGesprek(onderwerp, omgeving.vandaag(), flowsVan(eigen))
      const { record, tellingen } = geteld(
        eigen,
        undefined,
        { id, taal, aangemaakt: nu, bijgewerkt: nu, bewaard: start.bewaard, gemeente: eigen.gemeente.id },
        start.stap,
      )
      // A fresh random id: `conflict` would mean a UUID repeated, which is not worth a branch of its own.
      if ((await store.maak(record)) !== 'ok') throw new Error('gesprek-id bestond al')
      const sleutel = [eigen.gemeente.id, taal, onderwerp ?? '', record.bewaard.context.peildatum].join('\u0000')
      const getoond = begonnen.vind(sleutel, () => {
        const { gesprek: _id, ...zonderId } = weergave(eigen, record, start.stap)
        return zonderId
      })
      tel(eigen, tellingen)
      const stap: Stap = { gesprek: record.id, ...getoond }
      return { record, stap }
    },

    /**
     * Forgets a conversation at once, only through its own gemeente (read first, so a request for
     * another one deletes nothing). The store hands back what it removed only to the one delete that
     * removed it: counted once.
     */
    async wis(c: Context<AppEnv>, id: string): Promise<NietBereikt | { readonly soort: 'gewist' }> {
      const gelezen = await lees(c, id)
      if (gelezen.soort !== 'gelezen') return gelezen
      const gewist = await store.delete(id)
      if (!gewist) return { soort: 'weg' }
      tel(gelezen.omgeving, telGesprek(gewist, 'gewist'))
      return { soort: 'gewist' }
    },

    /**
     * One change of a conversation: load once (with its version), apply the change (the dialogue's
     * step in flows/, once), save only if no other write came in between, render, and count only
     * when this write won (a step taken by two servers at once is counted once). `kies` sees the
     * conversation as loaded (a typed message is understood against its open question).
     */
    async verander(
      c: Context<AppEnv>,
      id: string,
      kies: Wijziging | ((record: GesprekRecord, eigen: Omgeving) => Wijziging),
    ): Promise<Uitkomst | NietBereikt> {
      const niet = bereikbaar(c, id)
      if (niet) return niet
      const geladen = await store.laad(id)
      const eigen = geladen && vanGesprek(c, geladen.record)
      if (!geladen || !eigen) return { soort: 'weg' }
      const { record, versie } = geladen
      const wijziging = typeof kies === 'function' ? kies(record, eigen) : kies
      let nieuw: GesprekRecord
      let gegevens: StapGegevens | undefined
      let tellingen: readonly Telling[] = []
      const nu = Date.now()
      switch (wijziging.soort) {
        case 'afgewezen':
          return { soort: 'afgewezen', omgeving: eigen }
        case 'geen':
          return { soort: 'gedaan', record, omgeving: eigen, veranderd: false, stap: weergave(eigen, record) }
        case 'verzoek': {
          const uitslag = verwerk(record.bewaard, wijziging.verzoek, flowsVan(eigen))
          if (uitslag.soort === 'weigering') {
            const { weigering, vraag } = uitslag
            const stap = weergave(eigen, record)
            return { soort: 'geweigerd', weigering, ...(vraag ? { vraag } : {}), record, omgeving: eigen, stap }
          }
          gegevens = uitslag.stap
          ;({ record: nieuw, tellingen } = geteld(
            eigen,
            record,
            { ...record, bewaard: uitslag.bewaard, bijgewerkt: nu },
            gegevens,
          ))
          break
        }
        case 'taal':
          nieuw = { ...record, taal: wijziging.taal, bijgewerkt: nu }
          break
        case 'notities': {
          const { notities: _oud, ...zonder } = record
          nieuw = wijziging.notities
            ? { ...zonder, notities: wijziging.notities, bijgewerkt: nu }
            : { ...zonder, bijgewerkt: nu }
          break
        }
        case 'feedback': {
          // Counted for every outcome as the resident saw it: the evaluation of the answers she has.
          const uit = telFeedback(record, wijziging.antwoord, wijziging.reden, () =>
            evaluatieVan(record.bewaard.context, eigen.gemeente.regelmodel),
          )
          if (typeof uit === 'string') return { soort: 'feedbackGeweigerd', reden: uit, omgeving: eigen }
          ;({ record: nieuw, tellingen } = uit)
          break
        }
      }
      const geschreven = await store.bewaar(nieuw, versie)
      if (geschreven !== 'ok') {
        // Read again, as the winner left it; gone when it was deleted or expired meanwhile.
        const winnaar = geschreven === 'conflict' ? await store.get(id) : undefined
        return winnaar ? { soort: 'gelijktijdig', omgeving: eigen, stap: weergave(eigen, winnaar) } : { soort: 'weg' }
      }
      const getoond = wijziging.soort === 'verzoek' || wijziging.soort === 'taal'
      const stap = getoond ? weergave(eigen, nieuw, gegevens) : undefined
      tel(eigen, tellingen)
      return { soort: 'gedaan', record: nieuw, omgeving: eigen, veranderd: true, ...(stap ? { stap } : {}) }
    },
  }
}

interface Gelezen {
  readonly soort: 'gelezen'
  readonly record: GesprekRecord
  readonly omgeving: Omgeving
}

export type GesprekDienst = ReturnType<typeof maakGesprekDienst>
