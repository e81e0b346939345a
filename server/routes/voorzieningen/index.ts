import { createRoute, z } from '@hono/zod-openapi'
import { VoorzieningenSchema } from '../../../contract/index.js'
import { VOORZIENINGEN } from '../../../rules/index.js'
import { nieuweRouter } from '../../app-router.js'
import type { Omgeving } from '../../context.js'
import { gemeenteVoor } from '../../regio.js'
import { GEMEENTE_PROBLEMEN, GemeenteQuery, jsonAntwoord, PROBLEMEN } from '../../schemas.js'
import { artikelLink } from '../../weergave.js'

const route = createRoute({
  method: 'get',
  path: '/voorzieningen',
  operationId: 'lijstVoorzieningen',
  summary: 'De 12 voorzieningen van de verordening',
  tags: ['voorzieningen'],
  request: { query: z.object({ gemeente: GemeenteQuery }) },
  responses: {
    200: jsonAntwoord(VoorzieningenSchema, 'De voorzieningen, in vaste volgorde.'),
    400: PROBLEMEN[400],
    ...GEMEENTE_PROBLEMEN,
    500: PROBLEMEN[500],
  },
})

export function voorzieningenRoutes(omgeving: Omgeving) {
  return nieuweRouter().openapi(route, (c) => {
    const eigen = gemeenteVoor(c, omgeving)
    if (eigen instanceof Response) return eigen
    const taal = c.get('taal')
    const t = omgeving.teksten.t(taal.code)
    c.header('Content-Language', taal.code)
    return c.json(
      {
        voorzieningen: VOORZIENINGEN.map((id) => {
          // The gemeente's own article numbers and links (its model may number them differently).
          const { artikel } = eigen.gemeente.regelmodel.data.voorzieningen[id]
          const link = artikelLink(eigen.gemeente, artikel)
          return {
            id,
            naam: t(`voorzieningen.${id}.naam`),
            uitleg: t(`voorzieningen.${id}.uitleg`),
            artikel,
            ...(link ? { link } : {}),
          }
        }),
      },
      200,
    )
  })
}
