import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { evaluate, FEITEN, type Situatie, SituatieSchema } from '../../../rules/index.js'
import type { AppEnv, Omgeving } from '../../context.js'
import { EvaluatieSchema, jsonAntwoord, PeildatumSchema, PROBLEMEN } from '../../schemas.js'
import { maakUitkomstgeheugen } from '../../uitkomstgeheugen.js'
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

/** How many finished checks a process remembers (about 5 to 9 KB each: a few MB at most). */
export const CHECKS_ONTHOUDEN = 500

/** The facts in contract order, so the order of the keys in a body does not matter. */
function feitenSleutel(situatie: Situatie): string {
  let sleutel = ''
  for (const feit of FEITEN) sleutel += `${situatie[feit] ?? ''},`
  return sleutel
}

/** `POST /checks`: the stateless rules check of the contract. */
export function checksRoutes(omgeving: Omgeving) {
  const geheugen = maakUitkomstgeheugen(omgeving.checksOnthouden ?? CHECKS_ONTHOUDEN)
  return new OpenAPIHono<AppEnv>().openapi(route, (c) => {
    const { situatie, peildatum } = c.req.valid('json')
    const datum = peildatum ?? omgeving.vandaag()
    const taal = c.get('taal').code
    // The same facts, day and language always give the same answer: a shared situation is rendered once.
    const json = geheugen.haal(`${taal}\u0000${datum}\u0000${feitenSleutel(situatie)}`, () => {
      const weergever = maakWeergever(omgeving.teksten.t(taal), omgeving.gemeente, situatie, taal)
      return JSON.stringify(weergever.evaluatie(evaluate(situatie, datum)))
    })
    return c.body(json, 200, { 'Content-Type': 'application/json', 'Content-Language': taal }) as never
  })
}
