import { createRoute, z } from '@hono/zod-openapi'
import { PubliekGemeenteSchema } from '../../../contract/gemeente.js'
import { nieuweRouter } from '../../app-router.js'
import type { Omgeving } from '../../context.js'
import { bewaarbaarJson } from '../../etag.js'
import { publiekProfiel } from '../../gemeente.js'
import { gemeenteVoor } from '../../regio.js'
import { GEMEENTE_PROBLEMEN, GemeenteQuery, jsonAntwoord, PROBLEMEN } from '../../schemas.js'

const route = createRoute({
  method: 'get',
  path: '/gemeente',
  operationId: 'toonGemeente',
  summary: 'Het profiel van de gemeente',
  description:
    'Naam, verordening (naam, versie, datum, links per artikel), contact, tolk, kleuren en parameters van de gemeente. Alles hierin is openbaar. Openingstijden en tolk in de gevraagde taal (`?taal=` of `Accept-Language`), anders in het Nederlands.',
  tags: ['gemeente'],
  request: {
    query: z.object({
      taal: z
        .string()
        .optional()
        .openapi({ param: { name: 'taal', in: 'query' }, description: 'De taal van de teksten, zoals `en`.' }),
      gemeente: GemeenteQuery,
    }),
  },
  responses: {
    200: jsonAntwoord(PubliekGemeenteSchema, 'Het openbare profiel van de gemeente.'),
    400: PROBLEMEN[400],
    ...GEMEENTE_PROBLEMEN,
    500: PROBLEMEN[500],
  },
})

/**
 * `GET /gemeente`: the public part of the gemeente profile, for the widget and integrators.
 * Every field of the profile is public today; a secret field would have to be left out here.
 */
export function gemeenteRoutes(omgeving: Omgeving) {
  return nieuweRouter().openapi(route, (c) => {
    const eigen = gemeenteVoor(c, omgeving)
    if (eigen instanceof Response) return eigen
    const taal = c.get('taal').code
    c.header('Content-Language', taal)
    c.header('Vary', 'Accept-Language', { append: true })
    // The profile changes only with a restart: five minutes in the cache, then one revalidation (304).
    return bewaarbaarJson(c, publiekProfiel(eigen.gemeente, taal), 'public, max-age=300') as never
  })
}
