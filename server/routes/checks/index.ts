import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { CheckVerzoekSchema } from '../../../contract/index.js'
import { evaluate, tegenstrijdigheden } from '../../../rules/index.js'
import type { AppEnv, Omgeving } from '../../context.js'
import { probleemAntwoord } from '../../problem.js'
import { gemeenteVoor, regioVan } from '../../regio.js'
import { EvaluatieSchema, GEMEENTE_PROBLEMEN, jsonAntwoord, PROBLEMEN, VERANDER_PROBLEMEN } from '../../schemas.js'
import { maakUitkomstgeheugen } from '../../uitkomstgeheugen.js'
import { maakWeergever } from '../../weergave.js'

export { CheckVerzoekSchema }

const route = createRoute({
  method: 'post',
  path: '/checks',
  operationId: 'maakCheck',
  summary: 'Welke voorzieningen passen misschien bij deze situatie?',
  description:
    'De regels op de feiten, met redenen en artikelen. Het college beslist. Er komt geen gesprek; de server onthoudt het antwoord hoogstens 10 minuten na de laatste vraag met dezelfde feiten, zonder id of IP-adres, om het sneller te geven.',
  tags: ['checks'],
  request: { body: { required: true, content: { 'application/json': { schema: CheckVerzoekSchema } } } },
  responses: {
    200: jsonAntwoord(EvaluatieSchema, 'Het oordeel per voorziening.'),
    ...PROBLEMEN,
    ...GEMEENTE_PROBLEMEN,
    415: VERANDER_PROBLEMEN[415],
  },
})

/** How many finished checks a process remembers (a few MB at most; one answer's size is in bench/RESULTS.md). */
export const CHECKS_ONTHOUDEN = 500
/** And for how long after the last request that sent the same body. */
export const CHECKS_MINUTEN = 10
/** Longer bodies are never remembered (a full Situatie is far shorter; this bounds the keys). */
export const CHECKS_SLEUTEL_MAX = 2048

/** `POST /checks`: the stateless rules check of the contract. */
export function checksRoutes(omgeving: Omgeving) {
  const utf8 = new TextEncoder()
  // Kept as UTF-8 bytes: then the length is known and nothing is encoded again on the way out. With the
  // gemeente it was for, whose model made it.
  const geheugen = maakUitkomstgeheugen<{ json: Uint8Array<ArrayBuffer>; gemeente: string }>({
    max: omgeving.checksOnthouden ?? CHECKS_ONTHOUDEN,
    ttlMs: CHECKS_MINUTEN * 60_000,
  })
  const regio = regioVan(omgeving)
  /**
   * The same body, language, day and `?gemeente=` always give the same answer (the body may leave out
   * the peildatum, and name its gemeente or not).
   */
  const sleutelVan = async (c: Context<AppEnv>) => {
    const tekst = await c.req.text()
    return tekst.length > CHECKS_SLEUTEL_MAX
      ? undefined
      : `${c.get('taal').code}\u0000${omgeving.vandaag()}\u0000${c.req.query('gemeente') ?? ''}\u0000${tekst}`
  }
  const antwoord = (c: Context<AppEnv>, json: Uint8Array<ArrayBuffer>) =>
    c.body(json, 200, { 'Content-Type': 'application/json', 'Content-Language': c.get('taal').code })

  const router = new OpenAPIHono<AppEnv>()
  router
    // Before validation: a body remembered here passed it before, and the same bytes pass it again.
    .post('/checks', async (c, next) => {
      const sleutel = await sleutelVan(c)
      const bekend = sleutel === undefined ? undefined : geheugen.vind(sleutel)
      // The same bytes named the same gemeente; only the website asking may differ (the route refuses that).
      const eigenaars = regio.eigenaars(c.req.header('Origin'))
      if (bekend && (!eigenaars || eigenaars.has(bekend.gemeente))) {
        if (regio.lijst.length > 1) c.set('gemeente', bekend.gemeente)
        return antwoord(c, bekend.json)
      }
      await next()
    })
  return router.openapi(route, async (c) => {
    const { situatie, peildatum: gevraagd, gemeente: genoemd } = c.req.valid('json')
    const eigen = gemeenteVoor(c, omgeving, genoemd)
    if (eigen instanceof Response) return eigen
    const peildatum = gevraagd ?? omgeving.vandaag()
    const model = eigen.gemeente.regelmodel
    if (!model.isGeldigePeildatum(peildatum)) {
      const t = c.get('fouten')
      const errors = [
        {
          in: 'body' as const,
          location: { pointer: '/peildatum' },
          code: 'peildatum',
          detail: t('peildatum.detail', model.peildata),
        },
      ]
      return probleemAntwoord(c, 400, t, 'ongeldigeInvoer', {}, { errors })
    }
    // D2: contradictory facts are invalid input, never evaluated.
    const tegenstrijdig = tegenstrijdigheden(situatie, peildatum, model)
    if (tegenstrijdig.length > 0) {
      const t = c.get('fouten')
      const errors = tegenstrijdig.map((fout) => ({
        in: 'body' as const,
        location: { pointer: `/situatie/${fout.feit}` },
        code: 'tegenstrijdig',
        detail: t(`tegenstrijdig.${fout.sleutel}`, fout.params),
      }))
      return probleemAntwoord(c, 400, t, 'tegenstrijdig', {}, { errors })
    }
    const taal = c.get('taal').code
    const weergever = maakWeergever(omgeving.teksten.t(taal), eigen.gemeente, situatie, taal, c.get('taal').richting)
    const json = utf8.encode(JSON.stringify(weergever.evaluatie(evaluate(situatie, peildatum, model))))
    const sleutel = await sleutelVan(c)
    if (sleutel !== undefined) geheugen.bewaar(sleutel, { json, gemeente: eigen.gemeente.id })
    return antwoord(c, json) as never
  })
}
