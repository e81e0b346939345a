import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv, Omgeving } from '../../context.js'
import { GemeenteSchema } from '../../gemeente.js'
import { jsonAntwoord, PROBLEMEN } from '../../schemas.js'

const route = createRoute({
  method: 'get',
  path: '/gemeente',
  operationId: 'toonGemeente',
  summary: 'Het profiel van de gemeente',
  description:
    'Naam, verordening (naam, versie, datum, links per artikel), contact, tolk, kleuren en parameters van de gemeente. Alles hierin is openbaar.',
  tags: ['gemeente'],
  responses: {
    200: jsonAntwoord(GemeenteSchema, 'Het openbare profiel van de gemeente.'),
    500: PROBLEMEN[500],
  },
})

/**
 * `GET /gemeente`: the public part of the gemeente profile, for the widget and integrators.
 * Every field of the profile is public today; a secret field would have to be left out here.
 */
export function gemeenteRoutes(omgeving: Omgeving) {
  return new OpenAPIHono<AppEnv>().openapi(route, (c) => c.json(omgeving.gemeente, 200))
}
