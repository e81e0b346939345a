/**
 * The conversation resource of the contract. Every handler reads the same way: parse the request,
 * hand it to the conversation service (`server/gesprekdienst.ts`: load once, flows/ once, save,
 * render, count), and turn its outcome (a step, or a typed refusal) into HTTP.
 */
import { randomUUID } from 'node:crypto'
import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { AntwoordSchema, StapSchema, StartSchema, WijzigSchema } from '../../../contract/index.js'
import type { Verzoek } from '../../../flows/index.js'
import { nieuweRouter } from '../../app-router.js'
import type { AppEnv, Omgeving } from '../../context.js'
import type { GesprekDienst, Uitkomst } from '../../gesprekdienst.js'
import { probleemAntwoord } from '../../problem.js'
import { gemeenteVoor } from '../../regio.js'
import {
  GEMEENTE_PROBLEMEN,
  GesprekGemeenteQuery,
  IdParamSchema,
  jsonAntwoord,
  PROBLEMEN,
  VERANDER_PROBLEMEN,
  ZONDER_INHOUD,
} from '../../schemas.js'
import { OpslagFout } from '../../store/types.js'
import { conflictMetStap, gedeeldAntwoord, nietBereikt } from './laad.js'

export { StapSchema }

const idParam = IdParamSchema
const vraagParam = idParam.extend({
  vraag: z
    .string()
    .max(64)
    .openapi({ param: { name: 'vraag', in: 'path' } }),
})

const json = <T extends z.ZodType>(schema: T, required = true) => ({
  body: { required, content: { 'application/json': { schema } } },
})
const stapAntwoord = jsonAntwoord(StapSchema, 'De volgende stap van het gesprek.')
const tags = ['gesprekken']

const routes = {
  maak: createRoute({
    method: 'post',
    path: '/gesprekken',
    operationId: 'startGesprek',
    summary: 'Begin een gesprek',
    tags,
    request: json(StartSchema, false),
    responses: {
      201: { ...stapAntwoord, headers: { ...stapAntwoord.headers, Location: { schema: { type: 'string' } } } },
      ...PROBLEMEN,
      ...GEMEENTE_PROBLEMEN,
      415: VERANDER_PROBLEMEN[415],
    },
  }),
  lees: createRoute({
    method: 'get',
    path: '/gesprekken/{id}',
    operationId: 'leesGesprek',
    summary: 'De huidige stap (na herladen)',
    tags,
    request: { params: idParam, query: GesprekGemeenteQuery },
    responses: { 200: stapAntwoord, ...PROBLEMEN },
  }),
  antwoord: createRoute({
    method: 'post',
    path: '/gesprekken/{id}/antwoorden',
    operationId: 'beantwoordVraag',
    summary: 'Beantwoord de open vraag',
    tags,
    request: { params: idParam, query: GesprekGemeenteQuery, ...json(AntwoordSchema) },
    responses: { 200: stapAntwoord, ...PROBLEMEN, ...VERANDER_PROBLEMEN },
  }),
  terug: createRoute({
    method: 'post',
    path: '/gesprekken/{id}/terug',
    operationId: 'vorigeVraag',
    summary: 'Eén vraag terug',
    tags,
    request: { params: idParam, query: GesprekGemeenteQuery },
    responses: { 200: stapAntwoord, ...PROBLEMEN, ...VERANDER_PROBLEMEN },
  }),
  wijzig: createRoute({
    method: 'put',
    path: '/gesprekken/{id}/antwoorden/{vraag}',
    operationId: 'wijzigAntwoord',
    summary: 'Wijzig een eerder antwoord',
    tags,
    request: { params: vraagParam, query: GesprekGemeenteQuery, ...json(WijzigSchema) },
    responses: { 200: stapAntwoord, ...PROBLEMEN, ...VERANDER_PROBLEMEN },
  }),
  wis: createRoute({
    method: 'delete',
    path: '/gesprekken/{id}',
    operationId: 'wisGesprek',
    summary: 'Vergeet het gesprek meteen',
    tags,
    request: { params: idParam, query: GesprekGemeenteQuery },
    responses: { 204: ZONDER_INHOUD, ...PROBLEMEN, 415: VERANDER_PROBLEMEN[415] },
  }),
}

/** The conversation resource of the contract. */
export function gesprekkenRoutes(omgeving: Omgeving, dienst: GesprekDienst) {
  const startLink = `${omgeving.basisUrl}/api/v1/gesprekken`
  const router = nieuweRouter()

  /**
   * A step as HTTP: 200 with the next Stap; a refusal of flows/ is 400 for a value the question does
   * not take, else 409 with its reason and the conversation as it is now (`stap`), so the widget shows
   * where the resident is.
   */
  function alsAntwoord(c: Context<AppEnv>, uit: Awaited<ReturnType<GesprekDienst['verander']>>) {
    const gedeeld = gedeeldAntwoord(c, omgeving, uit)
    if (gedeeld) return gedeeld
    const { soort } = uit as Uitkomst
    if (uit.soort === 'gedaan' && uit.stap) return c.json(uit.stap, 200)
    if (uit.soort !== 'geweigerd') throw new Error(`onverwachte uitkomst ${soort}`)
    const t = c.get('fouten')
    if (uit.weigering !== 'ongeldig') return conflictMetStap(c, uit.weigering, uit.stap)
    const vraag = uit.vraag
    const detail =
      vraag?.soort === 'getal' ? t('veld.antwoordGetal', { min: vraag.min, max: vraag.max }) : t('veld.antwoord')
    const errors = [{ in: 'body' as const, location: { pointer: '/waarde' }, code: 'ongeldig-antwoord', detail }]
    return probleemAntwoord(c, 400, t, 'ongeldigeInvoer', {}, { errors })
  }

  const stap = async (c: Context<AppEnv>, id: string, verzoek: Verzoek) =>
    alsAntwoord(c, await dienst.verander(c, id, { soort: 'verzoek', verzoek }))

  router.openapi(routes.maak, async (c) => {
    const gevraagd = c.req.valid('json') ?? {}
    const t = c.get('fouten')
    if (gevraagd.taal && !omgeving.teksten.talen.some((taal) => taal.code === gevraagd.taal)) {
      const talen = omgeving.teksten.talen.map((x) => x.code).join(', ')
      const errors = [
        {
          in: 'body' as const,
          location: { pointer: '/taal' },
          code: 'onbekende-taal',
          detail: t('veld.taal', { talen }),
        },
      ]
      return probleemAntwoord(c, 400, t, 'ongeldigeInvoer', {}, { errors })
    }
    const eigen = gemeenteVoor(c, omgeving, gevraagd.gemeente)
    if (eigen instanceof Response) return eigen
    const taal = gevraagd.taal ?? c.get('taal').code
    const { record, stap } = await dienst.begin(eigen, randomUUID(), gevraagd.onderwerp, taal)
    c.header('Location', `${startLink}/${record.id}`)
    return c.json(stap, 201)
  })

  router.openapi(routes.lees, async (c) => {
    const gelezen = await dienst.lees(c, c.req.valid('param').id)
    if (gelezen.soort !== 'gelezen') return nietBereikt(c, omgeving, gelezen)
    return c.json(dienst.weergave(gelezen.omgeving, gelezen.record), 200)
  })

  router.openapi(routes.antwoord, async (c) => {
    const { vraag, waarde } = c.req.valid('json')
    return stap(c, c.req.valid('param').id, { type: 'antwoord', vraag, waarde })
  })

  router.openapi(routes.terug, (c) => stap(c, c.req.valid('param').id, { type: 'terug' }))

  router.openapi(routes.wijzig, async (c) => {
    const { id, vraag } = c.req.valid('param')
    return stap(c, id, { type: 'wijzig', vraag, waarde: c.req.valid('json').waarde })
  })

  router.openapi(routes.wis, async (c) => {
    const uit = await dienst.wis(c, c.req.valid('param').id)
    if (uit.soort !== 'gewist') return nietBereikt(c, omgeving, uit)
    return c.body(null, 204)
  })

  return router
}

export { OpslagFout }
