import { createApp } from '../server/app.js'
import type { Omgeving } from '../server/context.js'
import { laadGemeente } from '../server/gemeente.js'
import { maakTeksten } from '../server/i18n.js'
import { geheugenStore } from '../server/store/geheugen.js'
import type { GesprekStore } from '../server/store/types.js'

export const teksten = maakTeksten()
export const assen = laadGemeente('assen')

/** An app on a fixed day, as a test needs it. */
export function testApp(extra: Partial<Omgeving> = {}) {
  return createApp({
    gemeente: assen,
    teksten,
    vandaag: () => '2026-11-22',
    basisUrl: 'http://localhost:8787',
    store: geheugenStore({ max: 1000, ttlMs: 60 * 60_000 }),
    ...extra,
  })
}

export type TestApp = ReturnType<typeof testApp>

/** A JSON request to the app. */
export async function vraag(
  app: TestApp,
  methode: string,
  pad: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const init: RequestInit = { method: methode, headers: { ...headers } }
  // A change of state is always JSON (the preflight a browser must make): `{}` when there is nothing to send.
  if (body === undefined && ['POST', 'PUT', 'PATCH', 'DELETE'].includes(methode.toUpperCase())) body = {}
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body)
    ;(init.headers as Record<string, string>)['Content-Type'] ??= 'application/json'
  }
  const res = await app.request(pad, init)
  const tekst = await res.text()
  let json: unknown
  try {
    json = tekst ? JSON.parse(tekst) : undefined
  } catch {
    json = undefined
  }
  // biome-ignore lint/suspicious/noExplicitAny: tests read the JSON freely
  return { status: res.status, headers: res.headers, json: json as any, tekst }
}

/**
 * The memory store, counting reads (with and without a version) and writes (saving a change): for tests that
 * a request reads and writes a conversation once.
 */
export function tellendeStore(binnen: GesprekStore = geheugenStore({ max: 100, ttlMs: 60_000 })) {
  const telling = { get: 0, set: 0 }
  const store: GesprekStore = {
    ...binnen,
    soort: binnen.soort,
    get: (id) => {
      telling.get++
      return binnen.get(id)
    },
    laad: (id) => {
      telling.get++
      return binnen.laad(id)
    },
    maak: (record) => binnen.maak(record),
    bewaar: (record, versie) => {
      telling.set++
      return binnen.bewaar(record, versie)
    },
    delete: (id) => binnen.delete(id),
    eenKeer: (id, merk) => binnen.eenKeer(id, merk),
    gereed: () => binnen.gereed(),
    close: () => binnen.close(),
  }
  return { store, telling }
}
