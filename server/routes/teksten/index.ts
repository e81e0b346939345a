/**
 * `GET /api/v1/teksten/{taal}`: every word the widget shows in one language, in one request.
 * The widget carries the Dutch UI texts itself (first paint); it asks for the rest here: the
 * glossary ("Wat is dat?"), the one-line uitleg per voorziening, the shape and words of every
 * question (for "Wijzig"), and the list of languages for the language menu.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createRoute, z } from '@hono/zod-openapi'
import { WidgetTekstenSchema } from '../../../contract/index.js'
import { ONDERWERP_VRAAG, VRAGEN, type VraagDefinitie, WERKGEVER_VOORZIENINGEN } from '../../../flows/index.js'
import { VOORZIENINGEN } from '../../../rules/index.js'
import { nieuweRouter } from '../../app-router.js'
import type { Omgeving } from '../../context.js'
import { bewaarbaarJson } from '../../etag.js'
import type { Gemeente } from '../../gemeente.js'
import { STANDAARD_TAAL } from '../../i18n.js'
import { probleemAntwoord } from '../../problem.js'
import { gemeenteVoor } from '../../regio.js'
import { GEMEENTE_PROBLEMEN, GemeenteQuery, jsonAntwoord, PROBLEMEN } from '../../schemas.js'

const route = createRoute({
  method: 'get',
  path: '/teksten/{taal}',
  operationId: 'leesTeksten',
  summary: 'De woorden van de widget in één taal',
  tags: ['teksten'],
  request: {
    params: z.object({
      taal: z
        .string()
        .max(10)
        .openapi({ param: { name: 'taal', in: 'path' }, example: 'nl' }),
    }),
    query: z.object({ gemeente: GemeenteQuery }),
  },
  responses: {
    200: jsonAntwoord(WidgetTekstenSchema, 'De woorden van de widget.'),
    ...PROBLEMEN,
    ...GEMEENTE_PROBLEMEN,
  },
})

type Boom = Record<string, unknown>

/** Dutch under, the language on top: a key a translator has not done yet still shows, in Dutch. */
function samen(nl: unknown, vertaald: unknown): unknown {
  if (!nl || typeof nl !== 'object') return typeof vertaald === 'string' && vertaald.trim() ? vertaald : nl
  const uit: Boom = {}
  for (const [k, v] of Object.entries(nl as Boom)) uit[k] = samen(v, (vertaald as Boom | undefined)?.[k])
  return uit
}

const KOPPELING = fileURLToPath(new URL('locales/voorzieningen-begrippen.json', bovenMap()))

/** The folder above `server/` (or `dist/`), found from this module, built or not. */
function bovenMap(): URL {
  const hier = new URL('.', import.meta.url)
  return hier.pathname.endsWith('/server/routes/teksten/') ? new URL('../../../', hier) : new URL('../', hier)
}

export function tekstenRoutes(omgeving: Omgeving) {
  const { teksten } = omgeving
  const koppeling = JSON.parse(readFileSync(KOPPELING, 'utf8')) as Record<string, string[]>
  /** Per gemeente and language: the questions name the gemeente and its phone number. */
  const cache = new Map<string, z.infer<typeof WidgetTekstenSchema>>()

  function vraagTekst(gemeente: Gemeente, taal: string, vraag: VraagDefinitie) {
    const t = teksten.t(taal, 'gesprek')
    const profiel = { gemeente: gemeente.naam, telefoon: gemeente.contact.telefoon }
    const werkgever = `vragen.${vraag.id}.werkgever`
    return {
      tekst: t(`vragen.${vraag.id}.tekst`, profiel),
      ...(t(werkgever, profiel) !== werkgever ? { werkgever: t(werkgever, profiel) } : {}),
      soort: vraag.soort,
      keuzes: vraag.keuzes.map((k) => ({ waarde: k.waarde, label: t(`keuzes.${k.label}`) })),
      ...(vraag.soort === 'getal' ? { label: t(`vragen.${vraag.id}.label`), min: vraag.min, max: vraag.max } : {}),
      ...(vraag.bevestig
        ? {
            bevestig: {
              ...vraag.bevestig,
              tekst: t(`vragen.${vraag.id}.bevestig`, { ...profiel, waarde: '{{waarde}}' }),
            },
          }
        : {}),
    }
  }

  function bouw(gemeente: Gemeente, code: string) {
    const taal = teksten.taal(code)
    const nl = teksten.bronnen[STANDAARD_TAAL] ?? {}
    const eigen = teksten.bronnen[taal.code] ?? {}
    const regels = teksten.t(taal.code, 'regels')
    return {
      taal: taal.code,
      richting: taal.richting,
      talen: teksten.talen.map((t) => ({ code: t.code, naam: t.naam, richting: t.richting })),
      widget: samen(nl.widget ?? {}, eigen.widget) as Boom,
      begrippen: Object.fromEntries(
        Object.entries(
          samen(nl.begrippen ?? {}, eigen.begrippen) as Record<string, { naam: string; uitleg: string }>,
        ).map(([sleutel, begrip]) => {
          const naam = regels(`begrippenWerkgever.${sleutel}.naam`)
          const werkgever =
            naam === `begrippenWerkgever.${sleutel}.naam`
              ? undefined
              : { naam, uitleg: regels(`begrippenWerkgever.${sleutel}.uitleg`) }
          return [sleutel, werkgever ? { ...begrip, werkgever } : begrip]
        }),
      ),
      voorzieningen: Object.fromEntries(
        VOORZIENINGEN.map((v) => {
          const werkgever = `voorzieningenWerkgever.${v}.uitleg`
          return [
            v,
            {
              uitleg: regels(`voorzieningen.${v}.uitleg`),
              // What it means for an employer and the candidate ("u krijgt …"), where written.
              ...(regels(werkgever) !== werkgever ? { uitlegWerkgever: regels(werkgever) } : {}),
              begrippen: koppeling[v] ?? [],
            },
          ]
        }),
      ),
      werkgever: [...WERKGEVER_VOORZIENINGEN],
      vragen: Object.fromEntries(
        [ONDERWERP_VRAAG, ...Object.values(VRAGEN)].map((v) => [v.id, vraagTekst(gemeente, taal.code, v)]),
      ),
    }
  }

  return nieuweRouter().openapi(route, (c) => {
    const { taal } = c.req.valid('param')
    const eigen = gemeenteVoor(c, omgeving)
    if (eigen instanceof Response) return eigen
    if (!teksten.talen.some((t) => t.code === taal)) {
      const start = `${omgeving.basisUrl}/api/v1`
      return probleemAntwoord(c, 404, c.get('fouten'), 'nietGevonden', { start })
    }
    const sleutel = `${eigen.gemeente.id}\u0000${taal}`
    let inhoud = cache.get(sleutel)
    if (!inhoud) {
      inhoud = bouw(eigen.gemeente, taal)
      cache.set(sleutel, inhoud)
    }
    c.header('Content-Language', taal)
    c.header('Access-Control-Allow-Origin', '*')
    // The texts change only with a new release: an hour in the cache, then one revalidation (304).
    return bewaarbaarJson(c, inhoud, 'public, max-age=3600, stale-while-revalidate=86400') as never
  })
}
