/**
 * Several gemeenten in one installation (GEMEENTEN): which gemeente a request is for.
 *
 * Every gemeente has its own view of the app (an `Omgeving` with its profile, rules model, figures and
 * dashboard token; the store, texts and settings shared). A request names its gemeente: in the body of
 * `POST /gesprekken` and `POST /checks`, with `?gemeente=` on everything else; without a name it is for
 * the first. A conversation keeps the id of its gemeente and is only ever reached through that one: a
 * request that names another, or comes from a website that belongs to another gemeente alone, gets the
 * 404 of a conversation that does not exist.
 */
import type { Context } from 'hono'
import type { GemeenteDeel, Omgeving, Regio } from './context.js'
import type { AppEnv } from './verzoek.js'

export type { Regio }

import { envNaam } from './env.js'
import { probleemAntwoord } from './problem.js'
import type { Teller } from './statistieken/types.js'
import type { GesprekRecord } from './store/types.js'

/** How many refused pairs of website and gemeente are remembered for "log once". */
const MAX_GEMELD = 1000

/**
 * The gemeenten of an installation as the routes use them. `metTeller` wraps a gemeente's counter
 * (`createApp` makes a failing read of the figures a 503).
 */
export function maakRegio(basis: Omgeving, metTeller: (teller: Teller) => Teller = (t) => t): Regio {
  const delen: readonly GemeenteDeel[] = basis.gemeenten?.length
    ? basis.gemeenten
    : [{ gemeente: basis.gemeente, teller: basis.teller, beheerToken: basis.beheerToken }]
  const lijst: Omgeving[] = []
  const perId = new Map<string, Omgeving>()
  const gedeeld = new Set(basis.beveiliging?.origins ?? [])
  const perOrigin = new Map<string, Set<string>>()
  const eigenOrigins: string[] = []
  const regio: Regio = {
    lijst,
    van: (id) => perId.get(id),
    eigenaars: (origin) => (origin === undefined ? undefined : perOrigin.get(origin)),
    eigenOrigins,
  }
  for (const deel of delen) {
    const { id } = deel.gemeente
    if (perId.has(id)) throw new Error(`gemeente ${id} staat twee keer in de installatie`)
    const eigen: Omgeving = {
      ...basis,
      gemeente: deel.gemeente,
      teller: deel.teller ? metTeller(deel.teller) : undefined,
      beheerToken: deel.beheerToken,
      gemeenten: delen,
      regio,
    }
    lijst.push(eigen)
    perId.set(id, eigen)
    for (const origin of deel.origins ?? []) {
      // A website that every gemeente may use (ALLOWED_ORIGINS) is not one gemeente's.
      if (gedeeld.has(origin)) continue
      const eigenaars = perOrigin.get(origin) ?? new Set<string>()
      if (eigenaars.size === 0) eigenOrigins.push(origin)
      eigenaars.add(id)
      perOrigin.set(origin, eigenaars)
    }
  }
  return regio
}

const losse = new WeakMap<Omgeving, Regio>()

/** The regio of an app (`createApp` makes it); a route built on its own (in a test) gets one of its gemeente. */
export function regioVan(omgeving: Omgeving): Regio {
  if (omgeving.regio) return omgeving.regio
  let regio = losse.get(omgeving)
  if (!regio) {
    regio = maakRegio(omgeving)
    losse.set(omgeving, regio)
  }
  return regio
}

/** One value per gemeente (a renderer, a cache), made the first time a request for that gemeente needs it. */
export function perGemeente<T>(maak: (omgeving: Omgeving) => T): (omgeving: Omgeving) => T {
  const gemaakt = new WeakMap<Omgeving, T>()
  return (omgeving) => {
    let waarde = gemaakt.get(omgeving)
    if (waarde === undefined) {
      waarde = maak(omgeving)
      gemaakt.set(omgeving, waarde)
    }
    return waarde
  }
}

const ids = (regio: Regio) => regio.lijst.map((o) => o.gemeente.id).join(', ')

/** 400: a gemeente this installation does not have, with the ones it has. */
function onbekend(c: Context<AppEnv>, regio: Regio, plaats: 'body' | 'query') {
  const t = c.get('fouten')
  const gemeenten = ids(regio)
  const location = plaats === 'body' ? { pointer: '/gemeente' } : { name: 'gemeente' }
  const errors = [{ in: plaats, location, code: 'onbekende-gemeente', detail: t('veld.gemeente', { gemeenten }) }]
  return probleemAntwoord(c, 400, t, 'onbekendeGemeente', { gemeenten }, { errors })
}

/** A name in `?gemeente=` that this installation does not have: the 400 to send, else undefined. */
export function onbekendeGemeente(c: Context<AppEnv>, omgeving: Omgeving) {
  const naam = c.req.query('gemeente')
  const regio = regioVan(omgeving)
  return naam && !regio.van(naam) ? onbekend(c, regio, 'query') : undefined
}

const gemeld = new WeakMap<Regio, Set<string>>()

/**
 * The gemeente a request is for: `uitBody` (the body's `gemeente`), else `?gemeente=`, else the first.
 * A Response instead when the name is unknown or given twice differently (400), or when the request
 * comes from a website of another gemeente alone (403, logged once per website and gemeente).
 */
export function gemeenteVoor(c: Context<AppEnv>, omgeving: Omgeving, uitBody?: string) {
  const regio = regioVan(omgeving)
  const uitQuery = c.req.query('gemeente') || undefined
  const t = c.get('fouten')
  if (uitBody !== undefined && uitQuery !== undefined && uitBody !== uitQuery) {
    const errors = [
      { in: 'query' as const, location: { name: 'gemeente' }, code: 'twee-gemeenten', detail: t('veld.gemeenteTwee') },
    ]
    return probleemAntwoord(c, 400, t, 'ongeldigeInvoer', {}, { errors })
  }
  const naam = uitBody ?? uitQuery
  const gekozen = naam === undefined ? regio.lijst[0] : regio.van(naam)
  if (!gekozen) return onbekend(c, regio, uitBody !== undefined ? 'body' : 'query')
  const origin = c.req.header('Origin')
  const eigenaars = regio.eigenaars(origin)
  if (origin !== undefined && eigenaars && !eigenaars.has(gekozen.gemeente.id)) {
    const namen = [...eigenaars].map((id) => regio.van(id)?.gemeente.naam ?? id).join(', ')
    meldAndere(regio, omgeving, origin, gekozen.gemeente.id, [...eigenaars])
    c.header('Cache-Control', 'no-store')
    return probleemAntwoord(c, 403, t, 'andereGemeente', {
      origin,
      gemeenten: namen,
      gemeente: gekozen.gemeente.naam,
    })
  }
  merk(c, regio, gekozen.gemeente.id)
  return gekozen
}

/** The gemeente goes into the request's log line when there is more than one to tell apart. */
function merk(c: Context<AppEnv>, regio: Regio, id: string) {
  if (regio.lijst.length > 1) c.set('gemeente', id)
}

/** One warning per website and gemeente: an embed that names the wrong gemeente (or none) shows up once. */
function meldAndere(regio: Regio, omgeving: Omgeving, origin: string, gemeente: string, eigenaars: string[]) {
  let set = gemeld.get(regio)
  if (!set) {
    set = new Set()
    gemeld.set(regio, set)
  }
  const sleutel = `${origin} ${gemeente}`
  if (set.has(sleutel) || set.size >= MAX_GEMELD) return
  set.add(sleutel)
  omgeving.logger?.warn(
    { origin, gemeente, hoortBij: eigenaars },
    `website hoort bij een andere gemeente: zet gemeente="${eigenaars[0]}" in de widget, of de website in ALLOWED_ORIGINS_${envNaam(gemeente)}`,
  )
}

/**
 * The gemeente of a stored conversation, if this request may reach it; undefined (answer 404, as if it
 * did not exist) when the request names another gemeente, comes from a website of another gemeente
 * alone, or the conversation's gemeente is no longer part of the installation. A conversation from
 * before gemeenten were stored belongs to the first.
 */
export function gemeenteVanGesprek(
  c: Context<AppEnv>,
  omgeving: Omgeving,
  record: GesprekRecord,
): Omgeving | undefined {
  const regio = regioVan(omgeving)
  const eigen = record.gemeente === undefined ? regio.lijst[0] : regio.van(record.gemeente)
  if (!eigen) return undefined
  const id = eigen.gemeente.id
  const genoemd = c.req.query('gemeente')
  if (genoemd && genoemd !== id) return undefined
  const eigenaars = regio.eigenaars(c.req.header('Origin'))
  if (eigenaars && !eigenaars.has(id)) return undefined
  merk(c, regio, id)
  return eigen
}
