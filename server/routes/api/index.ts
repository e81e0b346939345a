import type { OpenAPIHono } from '@hono/zod-openapi'
import { Hono } from 'hono'
import type { AppEnv, Omgeving } from '../../context.js'
import { API_VERSIE } from '../../schemas.js'

/** The landing document and the OpenAPI document (NL API Design Rules). */
export function apiRoutes(omgeving: Omgeving, api: OpenAPIHono<AppEnv>) {
  const { gemeente, basisUrl } = omgeving
  const router = new Hono<AppEnv>()
  let document: unknown
  router.get('/openapi.json', (c) => {
    document ??= api.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'Werkwijzer API',
        version: API_VERSIE,
        description: `Welke re-integratievoorziening past misschien? Volgens de ${gemeente.regelmodel.naam}. Het college beslist.`,
        contact: { name: gemeente.contact.organisatie, url: gemeente.contact.website, email: gemeente.contact.email },
        license: {
          name: 'EUPL-1.2',
          url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
        },
      },
      servers: [{ url: `${basisUrl}/api/v1`, description: `Werkwijzer ${gemeente.naam}` }],
      tags: [
        { name: 'checks', description: 'De regels op een situatie, zonder opslag.' },
        { name: 'voorzieningen', description: 'De voorzieningen van de verordening.' },
        { name: 'gesprekken', description: 'Een gesprek met vragen in gewone taal.' },
        { name: 'gemeente', description: 'Het openbare profiel van de gemeente.' },
        { name: 'teksten', description: 'De teksten van de widget, per taal.' },
        { name: 'statistieken', description: 'Anonieme tellingen voor de gemeente (met token).' },
      ],
    })
    c.header('Access-Control-Allow-Origin', '*')
    return c.json(document, 200)
  })
  router.get('/', (c) =>
    c.json(
      {
        naam: 'Werkwijzer API',
        versie: API_VERSIE,
        gemeente: gemeente.naam,
        regels: { model: gemeente.regelmodel.id, naam: gemeente.regelmodel.naam, versie: gemeente.regelmodel.versie },
        links: {
          self: { href: `${basisUrl}/api/v1` },
          openapi: { href: `${basisUrl}/api/v1/openapi.json` },
          documentatie: { href: `${basisUrl}/` },
        },
      },
      200,
    ),
  )
  return router
}
