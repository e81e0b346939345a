/** The conversation API, as the widget uses it. Every failure becomes an `ApiFout`. */
import type {
  Actie,
  BerichtStap,
  FeedbackAntwoord,
  FeedbackReden,
  NotitiesAntwoord,
  PubliekGemeente,
  Stap,
  Waarde,
} from '../contract/index.js'
import type { ServerTeksten } from './teksten.js'

/**
 * `status` 0: no answer at all (offline, blocked). `detail`: the server's Dutch sentence, if any.
 * `stap`: with a 409, the conversation as it is now (another tap or tab changed it first).
 * `codes`: with a 400, what was wrong per field (`bsn` in notes, say).
 */
export class ApiFout extends Error {
  constructor(
    readonly status: number,
    readonly detail = '',
    readonly stap?: Stap,
    readonly codes: readonly string[] = [],
  ) {
    super(detail || `HTTP ${status}`)
  }
}

export type Api = ReturnType<typeof maakApi>

/**
 * `gemeente`: in an installation with several gemeenten, which one this widget is for (the `gemeente`
 * attribute). It goes in the body of a new conversation and with `?gemeente=` on the texts, the profile,
 * the counts and the pages; a conversation knows its gemeente after that. Without it the server's first.
 */
export function maakApi(basis: string, haal: typeof fetch = (...a) => fetch(...a), gemeente?: string) {
  const wortel = `${basis.replace(/\/$/, '')}/api/v1`
  /** `?gemeente=…` (or `&` after a query already there), empty without a gemeente. */
  const metGemeente = (pad: string) =>
    gemeente ? `${pad}${pad.includes('?') ? '&' : '?'}gemeente=${encodeURIComponent(gemeente)}` : pad
  /**
   * Texts and the profile do not change during a visit: asked once per language for every widget
   * that shares this Api (element.tsx gives one Api per address). A failure is forgotten, so a retry asks again.
   */
  const eenmaal = new Map<string, Promise<unknown>>()
  function eenKeer<T>(pad: string): Promise<T> {
    let belofte = eenmaal.get(pad) as Promise<T> | undefined
    if (!belofte) {
      belofte = vraag<T>('GET', pad)
      eenmaal.set(pad, belofte)
      belofte.catch(() => eenmaal.delete(pad))
    }
    return belofte
  }

  async function vraag<T>(methode: string, pad: string, inhoud?: unknown): Promise<T> {
    // Every change is sent as JSON, `{}` when there is nothing to say: the server refuses a change
    // without it (415), so no other site can make a browser send one without asking first.
    const body = inhoud === undefined && methode !== 'GET' ? {} : inhoud
    let antwoord: Response
    try {
      antwoord = await haal(wortel + pad, {
        method: methode,
        headers:
          body === undefined
            ? { Accept: 'application/json' }
            : { Accept: 'application/json', 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        credentials: 'omit',
      })
    } catch {
      throw new ApiFout(0)
    }
    const tekst = await antwoord.text().catch(() => '')
    let data: unknown
    try {
      data = tekst ? JSON.parse(tekst) : undefined
    } catch {
      data = undefined
    }
    if (!antwoord.ok) {
      const probleem = data as { detail?: string; stap?: Stap; errors?: { code?: string }[] } | undefined
      throw new ApiFout(
        antwoord.status,
        probleem?.detail,
        antwoord.status === 409 ? probleem?.stap : undefined,
        (probleem?.errors ?? []).map((f) => f.code ?? ''),
      )
    }
    return data as T
  }

  const gesprek = (id: string) => `/gesprekken/${encodeURIComponent(id)}`
  return {
    basis: basis.replace(/\/$/, ''),
    /** The privacy statement of this widget's gemeente. */
    privacy: metGemeente(`${basis.replace(/\/$/, '')}/privacy`),
    /** With the gemeente, so a link opened after the conversation expired still shows its phone number. */
    samenvatting: (id: string) => metGemeente(`${wortel}${gesprek(id)}/samenvatting`),
    start: (taal?: string, onderwerp?: string) =>
      vraag<Stap>('POST', '/gesprekken', {
        ...(taal ? { taal } : {}),
        ...(onderwerp ? { onderwerp } : {}),
        ...(gemeente ? { gemeente } : {}),
      }),
    lees: (id: string) => vraag<Stap>('GET', gesprek(id)),
    antwoord: (id: string, vraagId: string, waarde: Waarde) =>
      vraag<Stap>('POST', `${gesprek(id)}/antwoorden`, { vraag: vraagId, waarde }),
    terug: (id: string) => vraag<Stap>('POST', `${gesprek(id)}/terug`),
    wijzig: (id: string, vraagId: string, waarde: Waarde) =>
      vraag<Stap>('PUT', `${gesprek(id)}/antwoorden/${encodeURIComponent(vraagId)}`, { waarde }),
    wis: (id: string) => vraag<void>('DELETE', gesprek(id)),
    bericht: (id: string, tekst: string) => vraag<BerichtStap>('POST', `${gesprek(id)}/berichten`, { tekst }),
    taal: (id: string, taal: string) => vraag<Stap>('PATCH', gesprek(id), { taal }),
    teksten: (taal: string) => eenKeer<ServerTeksten>(metGemeente(`/teksten/${encodeURIComponent(taal)}`)),
    gemeente: (taal: string) => eenKeer<PubliekGemeente>(metGemeente(`/gemeente?taal=${encodeURIComponent(taal)}`)),
    feedback: (id: string, antwoord: FeedbackAntwoord, reden?: FeedbackReden) =>
      vraag<void>('POST', `${gesprek(id)}/feedback`, { antwoord, ...(reden ? { reden } : {}) }),
    /** A count of something done in the widget, in this conversation, once per kind; no text. Never fails. */
    tel: (id: string, soort: Actie) =>
      vraag<void>('POST', `${gesprek(id)}/gebeurtenissen`, { soort }).catch(() => undefined),
    notities: (id: string, tekst: string) => vraag<NotitiesAntwoord>('PUT', `${gesprek(id)}/notities`, { tekst }),
  }
}
