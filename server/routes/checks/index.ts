import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { evaluate, SituatieSchema } from '../../../rules/index.js'
import type { AppEnv, Omgeving } from '../../context.js'
import { EvaluatieSchema, jsonAntwoord, PeildatumSchema, PROBLEMEN } from '../../schemas.js'
import { maakWeergever } from '../../weergave.js'

export const CheckVerzoekSchema = z
  .object({
    situatie: SituatieSchema,
    peildatum: PeildatumSchema.optional(),
  })
  .strict()
  .openapi('CheckVerzoek')

const route = createRoute({
  method: 'post',
  path: '/checks',
  operationId: 'maakCheck',
  summary: 'Welke voorzieningen passen misschien bij deze situatie?',
  description: 'Zonder opslag: de regels op de feiten, met redenen en artikelen. Het college beslist.',
  tags: ['checks'],
  request: { body: { required: true, content: { 'application/json': { schema: CheckVerzoekSchema } } } },
  responses: { 200: jsonAntwoord(EvaluatieSchema, 'Het oordeel per voorziening.'), ...PROBLEMEN },
})

/** `POST /checks`: the stateless rules check of the contract. */
export function checksRoutes(omgeving: Omgeving) {
  return new OpenAPIHono<AppEnv>().openapi(route, (c) => {
    const { situatie, peildatum } = c.req.valid('json')
    const datum = peildatum ?? omgeving.vandaag()
    const taal = c.get('taal')
    const weergever = maakWeergever(omgeving.teksten.t(taal.code), omgeving.gemeente, situatie, taal.code)
    c.header('Content-Language', taal.code)
    return c.json(weergever.evaluatie(evaluate(situatie, datum)), 200)
  })
}
