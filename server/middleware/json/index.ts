/**
 * The JSON gate. A change of state (POST, PUT, PATCH, DELETE under /api) must say
 * `Content-Type: application/json`, or it is refused with 415: a browser sends that type from another
 * site only after a CORS preflight, which our CORS policy answers for the gemeente's own sites only.
 * So a plain form, an `<img>`, `navigator.sendBeacon` or a body-less `fetch` from elsewhere can never
 * change a conversation. Then the body must be valid UTF-8 and JSON, at most `MAX_DIEPTE` deep, and
 * without prototype keys, before any route parses it.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { probleemUit, stuurProbleem } from '../../problem.js'
import type { AppEnv } from '../../verzoek.js'

const VERANDERT = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const JSON_SOORT = /^application\/(?:[\w.+-]+\+)?json(?:\s*;|$)/i

/**
 * 415 for a change of state that is not JSON. `heeftRoute` says whether a route takes this method on
 * this path; one that does not changes nothing and gets its 404 or 405 instead.
 */
export function alleenJson(heeftRoute: (c: Context<AppEnv>) => boolean = () => true): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!VERANDERT.has(c.req.method) || !heeftRoute(c)) return next()
    const soort = c.req.header('Content-Type')
    if (soort === undefined || !JSON_SOORT.test(soort)) {
      return stuurProbleem(c, probleemUit(c.get('fouten'), 415, 'geenJson'), { Accept: 'application/json' })
    }
    return next()
  }
}

/** Keys that could reach an object's prototype; never valid in any of our bodies. */
const VERBODEN_SLEUTELS = new Set(['__proto__', 'constructor', 'prototype'])
export const MAX_DIEPTE = 16

const pointerDeel = (deel: string | number) => String(deel).replaceAll('~', '~0').replaceAll('/', '~1')

/**
 * A decoder writes U+FFFD for every byte that is not UTF-8. No field of ours takes that character, so a
 * body with it is refused as not UTF-8: the bytes themselves are gone once the text is decoded.
 */
const VERVANGEN = '\uFFFD'

/**
 * Before any route parses a JSON body: it must be valid UTF-8 and JSON, at most `MAX_DIEPTE` deep, and
 * without prototype keys. The body is at most 64 KB here (the body limit runs first). It is read with
 * the request's own `text()`, which Hono keeps, so the route's `json()` reads the same text. (Read as
 * bytes, Hono would make a web `Response` of them to decode them for the route: a twentieth of a step.)
 */
export function strikteJson(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!VERANDERT.has(c.req.method)) return next()
    const t = c.get('fouten')
    let tekst: string
    try {
      tekst = await c.req.text()
    } catch {
      // The client went away mid-upload: its doing, so a 400 (nobody reads it) and no error in the log.
      return stuurProbleem(c, probleemUit(t, 400, 'ongeldigeJson'), { Connection: 'close' })
    }
    if (tekst.includes(VERVANGEN)) return stuurProbleem(c, probleemUit(t, 400, 'ongeldigeJson'))
    if (tekst.trim() === '') return next()
    let waarde: unknown
    try {
      waarde = JSON.parse(tekst)
    } catch {
      return stuurProbleem(c, probleemUit(t, 400, 'ongeldigeJson'))
    }
    const fout = controleer(waarde)
    if (fout) {
      const detail = fout.code === 'onbekend-veld' ? t('veld.onbekend') : t('veld.ongeldig')
      return stuurProbleem(
        c,
        probleemUit(
          t,
          400,
          'ongeldigeInvoer',
          {},
          { errors: [{ in: 'body', location: { pointer: fout.pointer }, code: fout.code, detail }] },
        ),
      )
    }
    return next()
  }
}

/** A place in the body: its key and the place it sits in; the JSON pointer is written only for an error. */
interface Plek {
  readonly ouder?: Plek
  readonly sleutel: string | number
}

const pointerVan = (plek: Plek | undefined): string => {
  const delen: string[] = []
  for (let p = plek; p; p = p.ouder) delen.push(`/${pointerDeel(p.sleutel)}`)
  return delen.reverse().join('') || '/'
}

/** Walks the value without recursion (a 64 KB body can nest 32 000 deep). */
function controleer(waarde: unknown): { pointer: string; code: string } | undefined {
  const stapel: { waarde: unknown; diepte: number; plek?: Plek }[] = [{ waarde, diepte: 0 }]
  while (stapel.length > 0) {
    const hier = stapel.pop()
    if (!hier || hier.waarde === null || typeof hier.waarde !== 'object') continue
    if (hier.diepte >= MAX_DIEPTE) return { pointer: pointerVan(hier.plek), code: 'te-diep' }
    if (Array.isArray(hier.waarde)) {
      hier.waarde.forEach((kind, i) => {
        if (kind !== null && typeof kind === 'object')
          stapel.push({ waarde: kind, diepte: hier.diepte + 1, plek: { ouder: hier.plek, sleutel: i } })
      })
      continue
    }
    for (const sleutel in hier.waarde) {
      const kind = (hier.waarde as Record<string, unknown>)[sleutel]
      if (VERBODEN_SLEUTELS.has(sleutel))
        return { pointer: pointerVan({ ouder: hier.plek, sleutel }), code: 'onbekend-veld' }
      if (kind !== null && typeof kind === 'object')
        stapel.push({ waarde: kind, diepte: hier.diepte + 1, plek: { ouder: hier.plek, sleutel } })
    }
  }
  return undefined
}
