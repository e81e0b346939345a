/**
 * The conversation resource of the contract. Every handler reads the same way: load the
 * conversation once, ask flows/ once, save, render, count. The dialogue decides in flows/; this
 * file only turns its answer (a step, or a typed refusal) into HTTP.
 */
import { randomUUID } from 'node:crypto'
import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { AntwoordSchema, StapSchema, StartSchema, WijzigSchema } from '../../../contract/index.js'
import { beschrijf, nieuwGesprek, type Uitslag, type Verzoek, verwerk } from '../../../flows/index.js'
import { nieuweRouter } from '../../app-router.js'
import type { AppEnv, Omgeving } from '../../context.js'
import { probleemAntwoord } from '../../problem.js'
import { IdParamSchema, jsonAntwoord, PROBLEMEN, VERANDER_PROBLEMEN, ZONDER_INHOUD } from '../../schemas.js'
import { maakStapWeergave } from '../../stap.js'
import { tel, telGesprek, telStap } from '../../statistieken/meten.js'
import { type GesprekRecord, type GesprekStore, OpslagFout } from '../../store/types.js'
import {
  conflictMetStap,
  gesprekNietGevonden,
  isGesprekId,
  laadGesprek,
  laadVoorSchrijven,
  nietGewonnen,
} from './laad.js'

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
      415: VERANDER_PROBLEMEN[415],
    },
  }),
  lees: createRoute({
    method: 'get',
    path: '/gesprekken/{id}',
    operationId: 'leesGesprek',
    summary: 'De huidige stap (na herladen)',
    tags,
    request: { params: idParam },
    responses: { 200: stapAntwoord, ...PROBLEMEN },
  }),
  antwoord: createRoute({
    method: 'post',
    path: '/gesprekken/{id}/antwoorden',
    operationId: 'beantwoordVraag',
    summary: 'Beantwoord de open vraag',
    tags,
    request: { params: idParam, ...json(AntwoordSchema) },
    responses: { 200: stapAntwoord, ...PROBLEMEN, ...VERANDER_PROBLEMEN },
  }),
  terug: createRoute({
    method: 'post',
    path: '/gesprekken/{id}/terug',
    operationId: 'vorigeVraag',
    summary: 'Eén vraag terug',
    tags,
    request: { params: idParam },
    responses: { 200: stapAntwoord, ...PROBLEMEN, ...VERANDER_PROBLEMEN },
  }),
  wijzig: createRoute({
    method: 'put',
    path: '/gesprekken/{id}/antwoorden/{vraag}',
    operationId: 'wijzigAntwoord',
    summary: 'Wijzig een eerder antwoord',
    tags,
    request: { params: vraagParam, ...json(WijzigSchema) },
    responses: { 200: stapAntwoord, ...PROBLEMEN, ...VERANDER_PROBLEMEN },
  }),
  wis: createRoute({
    method: 'delete',
    path: '/gesprekken/{id}',
    operationId: 'wisGesprek',
    summary: 'Vergeet het gesprek meteen',
    tags,
    request: { params: idParam },
    responses: { 204: ZONDER_INHOUD, ...PROBLEMEN, 415: VERANDER_PROBLEMEN[415] },
  }),
}

/** The conversation resource of the contract. */
export function gesprekkenRoutes(omgeving: Omgeving, store: GesprekStore) {
  const stapTekst = maakStapWeergave(omgeving)
  const startLink = `${omgeving.basisUrl}/api/v1/gesprekken`
  const router = nieuweRouter()
  /** What the dialogue needs of this app: the gemeente's rules model. */
  const flowsOmgeving = { model: omgeving.gemeente.regelmodel }

  /** The anonymous counts of a step, only when the app has a counter. */
  const geteld = (vorige: GesprekRecord | undefined, nieuw: GesprekRecord) =>
    omgeving.teller ? telStap(vorige, nieuw, flowsOmgeving.model) : { record: nieuw, tellingen: [] }

  /**
   * A refusal of flows/ as HTTP: 400 for a value the question does not take, else 409 with its
   * reason and the conversation as it is now (`stap`), so the widget shows where the resident is.
   */
  function weigering(c: Context<AppEnv>, record: GesprekRecord, uitslag: Extract<Uitslag, { soort: 'weigering' }>) {
    const t = c.get('fouten')
    if (uitslag.weigering !== 'ongeldig') return conflictMetStap(c, omgeving, record, uitslag.weigering)
    const vraag = uitslag.vraag
    const detail =
      vraag?.soort === 'getal' ? t('veld.antwoordGetal', { min: vraag.min, max: vraag.max }) : t('veld.antwoord')
    const errors = [{ in: 'body' as const, location: { pointer: '/waarde' }, code: 'ongeldig-antwoord', detail }]
    return probleemAntwoord(c, 400, t, 'ongeldigeInvoer', {}, { errors })
  }

  /**
   * One request about a conversation: load once (with its version), flows once, save only if no
   * other write came in between, render, and count only when this write won (a step taken by two
   * servers at once is counted once).
   */
  async function verwerkVerzoek(c: Context<AppEnv>, id: string, verzoek: Verzoek) {
    const geladen = await laadVoorSchrijven(c, omgeving, id)
    if (geladen instanceof Response) return geladen
    const { record, versie } = geladen
    const uitslag = verwerk(record.bewaard, verzoek, flowsOmgeving)
    if (uitslag.soort === 'weigering') return weigering(c, record, uitslag)
    const { record: nieuw, tellingen } = geteld(record, { ...record, bewaard: uitslag.bewaard, bijgewerkt: Date.now() })
    const verloren = await nietGewonnen(c, omgeving, id, await store.bewaar(nieuw, versie))
    if (verloren) return verloren
    const body = stapTekst(nieuw, uitslag.stap)
    tel(omgeving, tellingen)
    return c.json(body, 200)
  }

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
    const nu = Date.now()
    const begin = nieuwGesprek(gevraagd.onderwerp, omgeving.vandaag(), flowsOmgeving)
    const { record, tellingen } = geteld(undefined, {
      id: randomUUID(),
      taal: gevraagd.taal ?? c.get('taal').code,
      aangemaakt: nu,
      bijgewerkt: nu,
      bewaard: begin.bewaard,
    })
    // A fresh random id: `conflict` would mean a UUID repeated, which is not worth a branch of its own.
    if ((await store.maak(record)) !== 'ok') throw new Error('gesprek-id bestond al')
    const body = stapTekst(record, begin.stap)
    tel(omgeving, tellingen)
    c.header('Location', `${startLink}/${record.id}`)
    return c.json(body, 201)
  })

  router.openapi(routes.lees, async (c) => {
    const record = await laadGesprek(c, omgeving, c.req.valid('param').id)
    if (record instanceof Response) return record
    return c.json(stapTekst(record, beschrijf(record.bewaard, undefined, flowsOmgeving)), 200)
  })

  router.openapi(routes.antwoord, async (c) => {
    const { vraag, waarde } = c.req.valid('json')
    return verwerkVerzoek(c, c.req.valid('param').id, { type: 'antwoord', vraag, waarde })
  })

  router.openapi(routes.terug, (c) => verwerkVerzoek(c, c.req.valid('param').id, { type: 'terug' }))

  router.openapi(routes.wijzig, async (c) => {
    const { id, vraag } = c.req.valid('param')
    return verwerkVerzoek(c, id, { type: 'wijzig', vraag, waarde: c.req.valid('json').waarde })
  })

  router.openapi(routes.wis, async (c) => {
    const { id } = c.req.valid('param')
    // The store hands back what it removed only to the one delete that removed it: counted once.
    const gewist = isGesprekId(id) ? await store.delete(id) : undefined
    if (!gewist) return gesprekNietGevonden(c, omgeving)
    tel(omgeving, telGesprek(gewist, 'gewist'))
    return c.body(null, 204)
  })

  return router
}

export { OpslagFout }
