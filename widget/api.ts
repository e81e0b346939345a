/** The conversation API, as the widget uses it. Every failure becomes an `ApiFout`. */
import type { Stap, Waarde } from '../contract/index.js'
import type { Teksten } from './teksten.js'

export type { Stap, Waarde }

/** `status` 0: no answer at all (offline, blocked). `detail`: the server's Dutch sentence, if any. */
export class ApiFout extends Error {
  constructor(
    readonly status: number,
    readonly detail = '',
  ) {
    super(detail || `HTTP ${status}`)
  }
}

export interface GemeenteProfiel {
  naam: string
  contact: {
    organisatie: string
    telefoon: string
    website: string
    email: string
    adres: string
    openingstijden: string
    livechat: string
  }
}

export type Api = ReturnType<typeof maakApi>

export function maakApi(basis: string, haal: typeof fetch = (...a) => fetch(...a)) {
  const wortel = `${basis.replace(/\/$/, '')}/api/v1`

  async function vraag<T>(methode: string, pad: string, body?: unknown): Promise<T> {
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
    if (!antwoord.ok) throw new ApiFout(antwoord.status, (data as { detail?: string } | undefined)?.detail)
    return data as T
  }

  const gesprek = (id: string) => `/gesprekken/${encodeURIComponent(id)}`
  return {
    basis: basis.replace(/\/$/, ''),
    samenvatting: (id: string) => `${wortel}${gesprek(id)}/samenvatting`,
    start: (taal?: string, onderwerp?: string) =>
      vraag<Stap>('POST', '/gesprekken', { ...(taal ? { taal } : {}), ...(onderwerp ? { onderwerp } : {}) }),
    lees: (id: string) => vraag<Stap>('GET', gesprek(id)),
    antwoord: (id: string, vraagId: string, waarde: Waarde) =>
      vraag<Stap>('POST', `${gesprek(id)}/antwoorden`, { vraag: vraagId, waarde }),
    terug: (id: string) => vraag<Stap>('POST', `${gesprek(id)}/terug`),
    wijzig: (id: string, vraagId: string, waarde: Waarde) =>
      vraag<Stap>('PUT', `${gesprek(id)}/antwoorden/${encodeURIComponent(vraagId)}`, { waarde }),
    wis: (id: string) => vraag<void>('DELETE', gesprek(id)),
    taal: (id: string, taal: string) => vraag<Stap>('PATCH', gesprek(id), { taal }),
    teksten: (taal: string) => vraag<Teksten>('GET', `/teksten/${encodeURIComponent(taal)}`),
    gemeente: (taal: string) => vraag<GemeenteProfiel>('GET', `/gemeente?taal=${encodeURIComponent(taal)}`),
    feedback: (id: string, antwoord: 'ja' | 'een-beetje' | 'nee') =>
      vraag<void>('POST', `${gesprek(id)}/feedback`, { antwoord }),
    notities: (id: string, tekst: string) => vraag<unknown>('PUT', `${gesprek(id)}/notities`, { tekst }),
  }
}
