/**
 * Shared by the hardening tests: walking a conversation the way a resident would, deterministically.
 */
import type { TestApp } from './helpers.js'
import { vraag } from './helpers.js'

// biome-ignore lint/suspicious/noExplicitAny: a Stap as JSON
export type Stap = any

/** An answer that fits the open question; `keus` picks among the choices. */
export function kiesAntwoord(stap: Stap, keus: number): unknown {
  const v = stap.vraag
  if (!v) return undefined
  if (v.soort === 'keuze') {
    const bruikbaar = v.keuzes.filter((k: { waarde: unknown }) => k.waarde !== null)
    const lijst = bruikbaar.length > 0 ? bruikbaar : v.keuzes
    return lijst[keus % lijst.length].waarde
  }
  if (v.soort === 'getal') {
    const min = v.min ?? 0
    const max = v.max ?? min + 40
    return min + ((keus * 7) % (max - min + 1))
  }
  return 'ja'
}

type Vrager = (methode: string, pad: string, body?: unknown) => Promise<{ status: number; json: Stap }>

/** Answers `aantal` questions (or until done); returns the last Stap. */
export async function beantwoord(vrager: Vrager, stap: Stap, aantal: number, zaad = 0): Promise<Stap> {
  let hier = stap
  for (let i = 0; i < aantal && !hier.klaar && hier.vraag; i++) {
    const r = await vrager('POST', `/api/v1/gesprekken/${hier.gesprek}/antwoorden`, {
      vraag: hier.vraag.id,
      waarde: kiesAntwoord(hier, zaad + i),
    })
    if (r.status !== 200) throw new Error(`antwoord gaf ${r.status}: ${JSON.stringify(r.json)}`)
    hier = r.json
  }
  return hier
}

/** A `Vrager` for an in-process app. */
export const viaApp =
  (app: TestApp): Vrager =>
  (methode, pad, body) =>
    vraag(app, methode, pad, body)

/** A `Vrager` for a running server. */
export const viaHttp =
  (basis: string): Vrager =>
  async (methode, pad, body) => {
    const res = await fetch(basis + pad, {
      method: methode,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const tekst = await res.text()
    return { status: res.status, json: tekst ? JSON.parse(tekst) : undefined }
  }

/** A Stap without what differs between two conversations (the id). */
export function zonderId(stap: Stap): Stap {
  const { gesprek: _id, ...rest } = stap
  return rest
}
