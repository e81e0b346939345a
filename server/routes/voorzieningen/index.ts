import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { ALLE_VOORZIENINGEN } from '../../../rules/index.js'
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
        voorzieningen: ALLE_VOORZIENINGEN.map((v) => {
          const link = artikelLink(omgeving.gemeente, v.artikel)
          return {
            id: v.id,
            naam: t(`voorzieningen.${v.id}.naam`),
            uitleg: t(`voorzieningen.${v.id}.uitleg`),
            artikel: v.artikel,
            ...(link ? { link } : {}),
          }
        }),
      },
      200,
    )
  })
}
