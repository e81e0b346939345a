/**
 * The figures as JSON (`GET /api/v1/statistieken`), the "Klopt dit voor jou?" answer of a
 * resident (`POST /api/v1/gesprekken/{id}/feedback`) and the anonymous count of what someone did
 * in the widget (`POST /api/v1/gebeurtenissen`).
 */
import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { FeedbackVerzoekSchema, GebeurtenisSchema, OverzichtSchema } from '../../../contract/index.js'
import { ONDERWERPEN, vraagVolgorde } from '../../../flows/index.js'
import { nieuweRouter } from '../../app-router.js'
import type { AppEnv, Omgeving } from '../../context.js'
import type { GesprekDienst } from '../../gesprekdienst.js'
import { PROBLEM_JSON, probleemAntwoord, probleemUit } from '../../problem.js'
import {
  GemeenteQuery,
  GesprekGemeenteQuery,
  IdParamSchema,
  jsonAntwoord,
  PROBLEMEN,
  VERANDER_PROBLEMEN,
  ZONDER_INHOUD,
} from '../../schemas.js'
import { telActie } from '../../statistieken/meten.js'
import { dagenVoor, maakOverzicht } from '../../statistieken/overzicht.js'
import { ruisUit, zonderRuis } from '../../statistieken/ruis.js'
import { type Actie, bewaarGrens, type Feedback, type FeedbackReden, MENU, type Rij } from '../../statistieken/types.js'
import { bearerUit, beheerAan, beheerProblemen, gemeenteVanToken } from '../beheer/toegang.js'
import { gedeeldAntwoord, nietBereikt, telEenKeer } from '../gesprekken/laad.js'

export const MAX_DAGEN = 366

const OnderwerpFilter = z.enum([MENU, ...ONDERWERPEN])

const datum = (naam: string, uitleg: string) =>
  z.iso
    .date()
    .optional()
    .openapi({ param: { name: naam, in: 'query' }, example: '2026-11-01', description: uitleg })

export const PeriodeQuery = z.object({
  van: datum('van', 'Eerste dag (Europe/Amsterdam); de week waarin hij valt, telt mee. Standaard 28 dagen voor `tot`.'),
  tot: datum(
    'tot',
    'Laatste dag, tot en met; de week waarin hij valt, telt mee als die voorbij is. Standaard vandaag.',
  ),
  onderwerp: OnderwerpFilter.optional().openapi({ param: { name: 'onderwerp', in: 'query' } }),
})

const BEVEILIGING = 'beheerToken'

const routes = {
  lees: createRoute({
    method: 'get',
    path: '/statistieken',
    operationId: 'leesStatistieken',
    summary: 'Anonieme gebruikscijfers over een periode',
    description:
      'Alleen aantallen per hele ISO-week (maandag tot en met zondag) die voorbij is, per onderwerp en taal, met vaste ruis per week (docs/statistieken.md). Aantallen onder 5 staan als "minder dan 5"; de rest is afgerond op 10.',
    tags: ['statistieken'],
    security: [{ [BEVEILIGING]: [] }],
    request: {
      query: PeriodeQuery.extend({
        gemeente: GemeenteQuery.openapi({
          param: { name: 'gemeente', in: 'query' },
          description:
            'Niet nodig: het token zegt van welke gemeente de cijfers zijn (elke gemeente heeft haar eigen BEHEER_TOKEN_<ID>). Noem je een gemeente, dan telt alleen haar token.',
        }),
      }),
    },
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
      query: GesprekGemeenteQuery,
      body: {
        required: true,
        content: {
          'application/json': { schema: FeedbackVerzoekSchema },
        },
      },
    },
    responses: {
      204: ZONDER_INHOUD,
      409: { ...PROBLEMEN[404], description: 'Te vroeg of al gegeven.' },
      ...PROBLEMEN,
      415: VERANDER_PROBLEMEN[415],
    },
  }),
  gebeurtenis: createRoute({
    method: 'post',
    path: '/gesprekken/{id}/gebeurtenissen',
    operationId: 'telGebeurtenis',
    summary: 'Tel iets wat een inwoner in de widget deed (één keer per soort per gesprek)',
    description:
      'Alleen de soort uit een vaste lijst, geen tekst. Het telt alleen voor een gesprek dat bestaat, en elke soort één keer per gesprek; taal en onderwerp komen uit het gesprek. 204, ook als de soort al geteld was.',
    tags: ['statistieken'],
    request: {
      params: IdParamSchema,
      query: GesprekGemeenteQuery,
      body: {
        required: true,
        content: {
          'application/json': {
            schema: GebeurtenisSchema,
          },
        },
      },
    },
    responses: { 204: ZONDER_INHOUD, ...PROBLEMEN, 415: VERANDER_PROBLEMEN[415] },
  }),
}

/** The store of the figures could not be read (Redis down, say): a 503, never a 500. */
export class CijfersWeg extends Error {}

/**
 * Reads the rows of the weeks of a period and the weeks before it, and makes the overview that may be
 * shown: whole weeks that have ended, with the noise drawn from the counter's secret.
 */
export async function leesOverzicht(omgeving: Omgeving, van: string, tot: string, onderwerp?: string) {
  const { teller } = omgeving
  const vandaag = omgeving.vandaag()
  const eersteDag = teller ? bewaarGrens(vandaag, teller.bewaarDagen) : undefined
  const weken = { vandaag, ...(eersteDag ? { eersteDag } : {}) }
  let rijen: Rij[] = []
  let geheim: string | undefined
  try {
    if (teller) {
      const dagen = dagenVoor(van, tot, weken)
      ;[rijen, geheim] = await Promise.all([teller.lees(dagen.van, dagen.tot), teller.geheim()])
    }
  } catch (fout) {
    throw new CijfersWeg((fout as Error).name)
  }
  // Without a counter there is nothing to protect: every figure is 0.
  const ruis = omgeving.statistiekRuis ?? (geheim ? ruisUit(geheim) : zonderRuis)
  return maakOverzicht(rijen, van, tot, {
    onderwerp,
    talen: omgeving.teksten.talen.map((t) => t.code),
    ...weken,
    ruis,
    volgorde: (o) => vraagVolgorde(o, omgeving.gemeente.regelmodel),
  })
}

/** The 503 for staff when the figures cannot be read; a retry later may work. */
export const cijfersWeg = (c: Context, t: (k: string) => string) =>
  c.json(probleemUit(t, 503, 'cijfersWeg'), 503, {
    'Content-Type': PROBLEM_JSON,
    'Retry-After': '30',
    'Cache-Control': 'no-store',
  })

/** The default period: the four whole weeks before this one (28 days back to today, in whole weeks). */
export function standaardPeriode(vandaag: string): { van: string; tot: string } {
  const van = new Date(Date.parse(`${vandaag}T00:00:00Z`) - 28 * 86_400_000).toISOString().slice(0, 10)
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

export function statistiekenRoutes(omgeving: Omgeving, dienst: GesprekDienst) {
  const router = nieuweRouter()
  const { t, uit, geenToegang } = beheerProblemen(omgeving)
  router.openAPIRegistry.registerComponent('securitySchemes', BEVEILIGING, {
    type: 'http',
    scheme: 'bearer',
    description:
      'Het beheertoken van de gemeente: BEHEER_TOKEN, of BEHEER_TOKEN_<ID> per gemeente als de installatie er meer heeft.',
  })

  /** Whose figures: the gemeente whose token this is (each dashboard token shows one gemeente). */
  const vanToken = (c: Context<AppEnv>) => gemeenteVanToken(omgeving, bearerUit(c), c.req.query('gemeente'))

  // Access first, before the query is even read: without the token nothing about the figures is said.
  router.use('/statistieken', async (c, next) => {
    if (!beheerAan(omgeving)) return uit(c)
    if (!vanToken(c)) return geenToegang(c)
    await next()
  })

  router.openapi(routes.lees, async (c) => {
    const eigen = vanToken(c) as Omgeving
    c.set('gemeente', eigen.gemeente.id)
    const query = c.req.valid('query')
    const standaard = standaardPeriode(omgeving.vandaag())
    const van = query.van ?? (query.tot ? standaardPeriode(query.tot).van : standaard.van)
    const tot = query.tot ?? standaard.tot
    const fouten = periodeFouten(t, van, tot)
    if (fouten.length > 0) return probleemAntwoord(c, 400, t, 'periode', {}, { errors: fouten })
    const overzicht = await leesOverzicht(eigen, van, tot, query.onderwerp).catch((fout) => fout as Error)
    if (overzicht instanceof CijfersWeg) return cijfersWeg(c, t)
    if (overzicht instanceof Error) throw overzicht
    c.header('Cache-Control', 'no-store')
    return c.json(overzicht, 200)
  })

  router.openapi(routes.feedback, async (c: Context<AppEnv>) => {
    const { id } = c.req.param() as { id: string }
    const { antwoord, reden } = (await c.req.json()) as { antwoord: Feedback; reden?: FeedbackReden }
    // Counted only by the write that won: two taps on "Klopt dit?" at once count once.
    const uit = await dienst.verander(c, id, { soort: 'feedback', antwoord, ...(reden ? { reden } : {}) })
    const gedeeld = gedeeldAntwoord(c, omgeving, uit)
    if (gedeeld) return gedeeld
    if (uit.soort === 'feedbackGeweigerd') {
      // The resident's own language: these two texts are translated with the rest of beheer.json.
      const tt = omgeving.teksten.t(c.get('taal').code, 'beheer')
      return probleemAntwoord(c, 409, tt, uit.reden === 'teVroeg' ? 'feedbackTeVroeg' : 'feedbackAlGegeven')
    }
    return c.body(null, 204)
  })

  // Only for a conversation that lives, each kind once: a script cannot add a thousand contacts.
  router.openapi(routes.gebeurtenis, async (c: Context<AppEnv>) => {
    const { id } = c.req.param() as { id: string }
    const { soort } = (await c.req.json()) as { soort: Actie }
    const geladen = await dienst.lees(c, id)
    if (geladen.soort !== 'gelezen') return nietBereikt(c, omgeving, geladen)
    // In the figures of the conversation's gemeente.
    await telEenKeer(geladen.omgeving, id, telActie(geladen.record, soort))
    return c.body(null, 204)
  })

  return router
}
