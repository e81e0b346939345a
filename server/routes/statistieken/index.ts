/**
 * The figures as JSON (`GET /api/v1/statistieken`) and the "Klopt dit voor jou?" answer of a
 * resident (`POST /api/v1/gesprekken/{id}/feedback`).
 */
import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { ONDERWERPEN } from '../../../flows/index.js'
import { nieuweRouter } from '../../app-router.js'
import type { AppEnv, Omgeving } from '../../context.js'
import { probleemAntwoord } from '../../problem.js'
import { IdParamSchema, jsonAntwoord, PROBLEMEN, ZONDER_INHOUD } from '../../schemas.js'
import { tel, telFeedback } from '../../statistieken/meten.js'
import { MINDER_DAN, maakOverzicht } from '../../statistieken/overzicht.js'
import { FEEDBACK, MENU } from '../../statistieken/types.js'
import { bearerUit, beheerProblemen, tokenKlopt } from '../beheer/toegang.js'
import { laadGesprek } from '../gesprekken/laad.js'

export const MAX_DAGEN = 366

const AantalSchema = z
  .union([z.number().int().min(5), z.literal(MINDER_DAN)])
  .openapi('Aantal', { description: 'Een aantal; onder 5 staat er "minder dan 5".' })
const OnderwerpFilter = z.enum([MENU, ...ONDERWERPEN])
const tweeAantallen = { gestart: AantalSchema, klaar: AantalSchema }

export const OverzichtSchema = z
  .object({
    van: z.iso.date(),
    tot: z.iso.date(),
    onderwerp: z.string().optional(),
    drempel: z.number().int(),
    gesprekken: z.object({
      gestart: AantalSchema,
      klaar: AantalSchema,
      samenvattingen: AantalSchema,
      gewist: AantalSchema,
    }),
    perOnderwerp: z.array(z.object({ onderwerp: z.string(), ...tweeAantallen })),
    perTaal: z.array(z.object({ taal: z.string(), ...tweeAantallen })),
    vragen: z.array(
      z.object({
        vraag: z.string(),
        bereikt: AantalSchema,
        beantwoord: AantalSchema,
        gestopt: AantalSchema,
        weetNiet: AantalSchema,
      }),
    ),
    uitkomsten: z.array(
      z.object({ voorziening: z.string(), mogelijk: AantalSchema, onbekend: AantalSchema, niet: AantalSchema }),
    ),
    doelgroepNee: z.array(z.object({ verwijzing: z.string(), aantal: AantalSchema })),
    klopt: z.object({ ja: AantalSchema, eenBeetje: AantalSchema, nee: AantalSchema }),
  })
  .openapi('StatistiekenOverzicht')

const datum = (naam: string, uitleg: string) =>
  z.iso
    .date()
    .optional()
    .openapi({ param: { name: naam, in: 'query' }, example: '2026-11-01', description: uitleg })

export const PeriodeQuery = z.object({
  van: datum('van', 'Eerste dag (Europe/Amsterdam). Standaard 29 dagen voor `tot`.'),
  tot: datum('tot', 'Laatste dag, tot en met. Standaard vandaag.'),
  onderwerp: OnderwerpFilter.optional().openapi({ param: { name: 'onderwerp', in: 'query' } }),
})

const BEVEILIGING = 'beheerToken'

const routes = {
  lees: createRoute({
    method: 'get',
    path: '/statistieken',
    operationId: 'leesStatistieken',
    summary: 'Anonieme gebruikscijfers over een periode',
    description: 'Alleen aantallen per dag, onderwerp en taal. Aantallen onder 5 staan als "minder dan 5".',
    tags: ['statistieken'],
    security: [{ [BEVEILIGING]: [] }],
    request: { query: PeriodeQuery },
    responses: {
      200: jsonAntwoord(OverzichtSchema, 'De cijfers over de periode.'),
      401: { ...PROBLEMEN[404], description: 'Geen of een verkeerd beheertoken.' },
      ...PROBLEMEN,
    },
  }),
  feedback: createRoute({
    method: 'post',
    path: '/gesprekken/{id}/feedback',
    operationId: 'geefFeedback',
    summary: 'Klopt dit voor jou? (één keer, na de uitkomst)',
    tags: ['gesprekken'],
    request: {
      params: IdParamSchema,
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z
              .object({ antwoord: z.enum(FEEDBACK) })
              .strict()
              .openapi('FeedbackVerzoek'),
          },
        },
      },
    },
    responses: { 204: ZONDER_INHOUD, 409: { ...PROBLEMEN[404], description: 'Te vroeg of al gegeven.' }, ...PROBLEMEN },
  }),
}

/** The default period: the last 30 days up to today. */
export function standaardPeriode(vandaag: string): { van: string; tot: string } {
  const van = new Date(Date.parse(`${vandaag}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10)
  return { van, tot: vandaag }
}

/** Checks a period; returns the problem's `errors`, or nothing when it is fine. */
export function periodeFouten(
  t: (k: string, w?: Record<string, unknown>) => string,
  van: string,
  tot: string,
): { in: 'query'; location: { name: string }; code: string; detail: string }[] {
  if (van > tot) return [{ in: 'query', location: { name: 'van' }, code: 'van-na-tot', detail: t('periode.vanNaTot') }]
  const dagen = (Date.parse(tot) - Date.parse(van)) / 86_400_000 + 1
  if (dagen > MAX_DAGEN) {
    return [
      { in: 'query', location: { name: 'van' }, code: 'te-lang', detail: t('periode.teLang', { max: MAX_DAGEN }) },
    ]
  }
  return []
}

export function statistiekenRoutes(omgeving: Omgeving) {
  const router = nieuweRouter()
  const { t, uit, geenToegang } = beheerProblemen(omgeving)
  router.openAPIRegistry.registerComponent('securitySchemes', BEVEILIGING, {
    type: 'http',
    scheme: 'bearer',
    description: 'Het BEHEER_TOKEN van deze server.',
  })

  // Access first, before the query is even read: without the token nothing about the figures is said.
  router.use('/statistieken', async (c, next) => {
    if (!omgeving.beheerToken) return uit(c)
    if (!tokenKlopt(omgeving.beheerToken, bearerUit(c))) return geenToegang(c)
    await next()
  })

  router.openapi(routes.lees, async (c) => {
    const query = c.req.valid('query')
    const standaard = standaardPeriode(omgeving.vandaag())
    const van = query.van ?? (query.tot ? standaardPeriode(query.tot).van : standaard.van)
    const tot = query.tot ?? standaard.tot
    const fouten = periodeFouten(t, van, tot)
    if (fouten.length > 0) return probleemAntwoord(c, 400, t, 'periode', {}, { errors: fouten })
    const rijen = omgeving.teller ? await omgeving.teller.lees(van, tot) : []
    c.header('Cache-Control', 'no-store')
    return c.json(maakOverzicht(rijen, van, tot, query.onderwerp), 200)
  })

  router.openapi(routes.feedback, async (c: Context<AppEnv>) => {
    const { id } = c.req.param() as { id: string }
    const { antwoord } = (await c.req.json()) as { antwoord: (typeof FEEDBACK)[number] }
    const record = await laadGesprek(c, omgeving, id)
    if (record instanceof Response) return record
    const uitslag = telFeedback(record, antwoord)
    if (typeof uitslag === 'string') {
      // The resident's own language: these two texts are translated with the rest of beheer.json.
      const tt = omgeving.teksten.t(c.get('taal').code, 'beheer')
      return probleemAntwoord(c, 409, tt, uitslag === 'teVroeg' ? 'feedbackTeVroeg' : 'feedbackAlGegeven')
    }
    await omgeving.store.set(uitslag.record)
    tel(omgeving, uitslag.tellingen)
    return c.body(null, 204)
  })

  return router
}
