import { randomUUID } from 'node:crypto'
import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import {
  type Bewaard,
  beschrijf,
  isGeldigAntwoord,
  kanTerug,
  ONDERWERPEN,
  openVraag,
  stap,
  start,
  type Verzoek,
  vraagMetId,
} from '../../../flows/index.js'
import { nieuweRouter } from '../../app-router.js'
import type { AppEnv, Omgeving } from '../../context.js'
import { probleemUit, stuurProbleem } from '../../problem.js'
import {
  IdParamSchema,
  jsonAntwoord,
  PROBLEMEN,
  RedenSchema,
  RegelsSchema,
  UitkomstSchema,
  VERANDER_PROBLEMEN,
  ZONDER_INHOUD,
} from '../../schemas.js'
import { maakStapWeergave } from '../../stap.js'
import { tel, telGesprek, telStap } from '../../statistieken/meten.js'
import { type Geladen, type GesprekRecord, type GesprekStore, OpslagFout } from '../../store/types.js'
import {
  conflictMetStap,
  gesprekNietGevonden,
  isGesprekId,
  laadGesprek,
  laadVoorSchrijven,
  nietGewonnen,
} from './laad.js'

const WaardeSchema = z.union([z.boolean(), z.number(), z.string().max(64), z.null()]).openapi('Waarde')

export const StapSchema = z
  .object({
    gesprek: z.string(),
    taal: z.string(),
    richting: z.enum(['ltr', 'rtl']),
    onderwerp: z.enum(ONDERWERPEN).optional(),
    berichten: z.array(z.object({ tekst: z.string() })),
    vraag: z
      .object({
        id: z.string(),
        feit: z.string().optional(),
        tekst: z.string(),
        hulp: z.string(),
        soort: z.enum(['keuze', 'getal', 'tekst']),
        keuzes: z.array(z.object({ waarde: WaardeSchema, label: z.string() })),
        label: z.string().optional(),
        min: z.number().int().optional(),
        max: z.number().int().optional(),
      })
      .optional(),
    uitkomsten: z.array(UitkomstSchema).optional(),
    doelgroep: z
      .object({
        oordeel: z.enum(['ja', 'nee', 'onbekend']),
        verwijzing: z.string().optional(),
        redenen: z.array(RedenSchema),
      })
      .optional(),
    aandachtspunten: z.array(RedenSchema).optional(),
    antwoorden: z.array(
      z.object({
        vraag: z.string(),
        feit: z.string().optional(),
        tekst: z.string(),
        waarde: WaardeSchema,
        label: z.string(),
      }),
    ),
    voortgang: z.object({ beantwoord: z.number().int(), geschat: z.number().int() }),
    regels: RegelsSchema,
    kanTerug: z.boolean(),
    klaar: z.boolean(),
  })
  .openapi('Stap')

const StartSchema = z
  .object({ taal: z.string().max(10).optional(), onderwerp: z.enum(ONDERWERPEN).optional() })
  .strict()
  .openapi('GesprekStart')
const AntwoordSchema = z
  .object({ vraag: z.string().max(64), waarde: WaardeSchema })
  .strict()
  .openapi('AntwoordVerzoek')
const WijzigSchema = z.object({ waarde: WaardeSchema }).strict().openapi('WijzigVerzoek')

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

  // Handlers answer with a Stap or with problem+json; the typed routes know only the Stap, so the
  // plain Responses are passed as `never` (the OpenAPI document still declares every problem).
  const nietGevonden = (c: Context<AppEnv>) => gesprekNietGevonden(c, omgeving)
  const antwoord = (c: Context<AppEnv>, record: GesprekRecord, vorige?: Bewaard, status: 200 | 201 = 200): never =>
    c.json(stapTekst(record, beschrijf(record.bewaard, vorige)), status) as never

  /** Issue 10: the anonymous counts of a step, only when the app has a counter. */
  const geteld = (vorige: GesprekRecord | undefined, nieuw: GesprekRecord) =>
    omgeving.teller ? telStap(vorige, nieuw) : { record: nieuw, tellingen: [] }

  const laad = (c: Context<AppEnv>, id: string) => laadGesprek(c, omgeving, id)
  const laadMetVersie = (c: Context<AppEnv>, id: string) => laadVoorSchrijven(c, omgeving, id)
  /** A 409 that shows the conversation as it is now. */
  const conflict = (c: Context<AppEnv>, record: GesprekRecord, sleutel: string): never =>
    conflictMetStap(c, omgeving, record, sleutel)

  /**
   * Applies one step to the conversation as loaded, and writes it only if no other write came in
   * between (the version). Counts only when this write won, so a step taken by two servers at once
   * is counted once. Unchanged state means the request did not fit the dialogue (409).
   */
  async function verwerk(c: Context<AppEnv>, geladen: Geladen, verzoek: Verzoek, sleutel: string): Promise<never> {
    const { record, versie } = geladen
    const volgende = stap(record.bewaard, verzoek)
    if (!volgende) return conflict(c, record, sleutel)
    const { record: nieuw, tellingen } = geteld(record, { ...record, bewaard: volgende, bijgewerkt: Date.now() })
    const verloren = await nietGewonnen(c, omgeving, record.id, await store.bewaar(nieuw, versie))
    if (verloren) return verloren as never
    tel(omgeving, tellingen)
    return antwoord(c, nieuw, record.bewaard)
  }

  /** A 400 for one field of the body. */
  const ongeldig = (c: Context<AppEnv>, pointer: string, code: string, detail: string): never =>
    stuurProbleem(
      c,
      probleemUit(
        c.get('fouten'),
        400,
        'ongeldigeInvoer',
        {},
        { errors: [{ in: 'body', location: { pointer }, code, detail }] },
      ),
    ) as never

  /** A value of the wrong kind for this question: 400, and the conversation stays as it was. */
  function ongeldigeWaarde(c: Context<AppEnv>, vraagId: string, waarde: unknown): never | undefined {
    const vraag = vraagMetId(vraagId)
    if (!vraag || isGeldigAntwoord(vraag, waarde)) return undefined
    const t = c.get('fouten')
    const detail =
      vraag.soort === 'getal' ? t('veld.antwoordGetal', { min: vraag.min, max: vraag.max }) : t('veld.antwoord')
    return ongeldig(c, '/waarde', 'ongeldig-antwoord', detail)
  }

  router.openapi(routes.maak, async (c) => {
    const gevraagd = c.req.valid('json') ?? {}
    const t = c.get('fouten')
    if (gevraagd.taal && !omgeving.teksten.talen.some((taal) => taal.code === gevraagd.taal)) {
      const talen = omgeving.teksten.talen.map((x) => x.code).join(', ')
      return ongeldig(c, '/taal', 'onbekende-taal', t('veld.taal', { talen }))
    }
    const nu = Date.now()
    const { record, tellingen } = geteld(undefined, {
      id: randomUUID(),
      taal: gevraagd.taal ?? c.get('taal').code,
      aangemaakt: nu,
      bijgewerkt: nu,
      bewaard: start(gevraagd.onderwerp, omgeving.vandaag()),
    })
    // A fresh random id: `conflict` would mean a UUID repeated, which is not worth a branch of its own.
    if ((await store.maak(record)) !== 'ok') throw new Error('gesprek-id bestond al')
    tel(omgeving, tellingen)
    c.header('Location', `${startLink}/${record.id}`)
    return antwoord(c, record, undefined, 201)
  })

  router.openapi(routes.lees, async (c) => {
    const record = await laad(c, c.req.valid('param').id)
    if (record instanceof Response) return record as never
    return antwoord(c, record)
  })

  router.openapi(routes.antwoord, async (c) => {
    const { id } = c.req.valid('param')
    const { vraag, waarde } = c.req.valid('json')
    const geladen = await laadMetVersie(c, id)
    if (geladen instanceof Response) return geladen as never
    if (vraag !== openVraag(geladen.record.bewaard)) return conflict(c, geladen.record, 'nietOpen')
    return ongeldigeWaarde(c, vraag, waarde) ?? verwerk(c, geladen, { type: 'antwoord', vraag, waarde }, 'nietOpen')
  })

  router.openapi(routes.terug, async (c) => {
    const { id } = c.req.valid('param')
    const geladen = await laadMetVersie(c, id)
    if (geladen instanceof Response) return geladen as never
    if (!kanTerug(geladen.record.bewaard)) return conflict(c, geladen.record, 'geenTerug')
    return verwerk(c, geladen, { type: 'terug' }, 'geenTerug')
  })

  router.openapi(routes.wijzig, async (c) => {
    const { id, vraag } = c.req.valid('param')
    const { waarde } = c.req.valid('json')
    const geladen = await laadMetVersie(c, id)
    if (geladen instanceof Response) return geladen as never
    const { bewaard } = geladen.record
    const gegeven = bewaard.context.antwoorden.some((a) => a.vraag === vraag) || vraag === openVraag(bewaard)
    if (!gegeven) return conflict(c, geladen.record, 'nietBeantwoord')
    return ongeldigeWaarde(c, vraag, waarde) ?? verwerk(c, geladen, { type: 'wijzig', vraag, waarde }, 'nietBeantwoord')
  })

  router.openapi(routes.wis, async (c) => {
    const { id } = c.req.valid('param')
    // The store hands back what it removed only to the one delete that removed it: counted once.
    const gewist = isGesprekId(id) ? await store.delete(id) : undefined
    if (!gewist) return nietGevonden(c)
    tel(omgeving, telGesprek(gewist, 'gewist'))
    return c.body(null, 204) as never
  })

  return router
}

export { OpslagFout }
