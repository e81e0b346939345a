import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { VOORZIENINGEN } from '../../../rules/index.js'
import type { AppEnv, Omgeving } from '../../context.js'
import { jsonAntwoord, PROBLEMEN, VoorzieningIdSchema } from '../../schemas.js'
import { artikelLink } from '../../weergave.js'

const VoorzieningSchema = z
  .object({
    id: VoorzieningIdSchema,
    naam: z.string(),
    uitleg: z.string(),
    artikel: z.string(),
    link: z.url().optional(),
  })
  .openapi('Voorziening')

const route = createRoute({
  method: 'get',
  path: '/voorzieningen',
  operationId: 'lijstVoorzieningen',
  summary: 'De 12 voorzieningen van de verordening',
  tags: ['voorzieningen'],
  responses: {
    200: jsonAntwoord(z.object({ voorzieningen: z.array(VoorzieningSchema) }), 'De voorzieningen, in vaste volgorde.'),
    500: PROBLEMEN[500],
  },
})

export function voorzieningenRoutes(omgeving: Omgeving) {
  return new OpenAPIHono<AppEnv>().openapi(route, (c) => {
    const taal = c.get('taal')
    const t = omgeving.teksten.t(taal.code)
    c.header('Content-Language', taal.code)
    return c.json(
      {
        voorzieningen: VOORZIENINGEN.map((id) => {
          const { artikel } = omgeving.gemeente.regelmodel.data.voorzieningen[id]
          const link = artikelLink(omgeving.gemeente, artikel)
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
