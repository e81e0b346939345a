/**
 * `PATCH /api/v1/gesprekken/{id}` with `{ "taal": "ar" }`: the same conversation in another language.
 * Only the words change; the answers, the open question and the outcome stay as they were.
 */
import { createRoute } from '@hono/zod-openapi'
import { StapSchema, TaalVerzoekSchema } from '../../../contract/index.js'
import { beschrijf } from '../../../flows/index.js'
import { nieuweRouter } from '../../app-router.js'
import type { Omgeving } from '../../context.js'
import { probleemAntwoord } from '../../problem.js'
import { perGemeente } from '../../regio.js'
import { IdParamSchema, PROBLEMEN, VERANDER_PROBLEMEN, ZONDER_INHOUD } from '../../schemas.js'
import { maakStapWeergave } from '../../stap.js'
import { laadVoorSchrijven, nietGewonnen } from './laad.js'

const route = createRoute({
  method: 'patch',
  path: '/gesprekken/{id}',
  operationId: 'wijzigTaal',
  summary: 'Kies een andere taal voor het gesprek',
  tags: ['gesprekken'],
  request: {
    params: IdParamSchema,
    body: { required: true, content: { 'application/json': { schema: TaalVerzoekSchema } } },
  },
  responses: {
    200: {
      description: 'De huidige stap in de nieuwe taal.',
      headers: ZONDER_INHOUD.headers,
      content: { 'application/json': { schema: StapSchema } },
    },
    ...PROBLEMEN,
    ...VERANDER_PROBLEMEN,
  },
})

export function gesprekTaalRoutes(omgeving: Omgeving) {
  const stapTekstVan = perGemeente(maakStapWeergave)
  const { store, teksten } = omgeving
  return nieuweRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    const { taal } = c.req.valid('json')
    const t = c.get('fouten')
    if (!teksten.talen.some((x) => x.code === taal)) {
      const talen = teksten.talen.map((x) => x.code).join(', ')
      const fout = {
        in: 'body' as const,
        location: { pointer: '/taal' },
        code: 'onbekende-taal',
        detail: t('veld.taal', { talen }),
      }
      return probleemAntwoord(c, 400, t, 'ongeldigeInvoer', {}, { errors: [fout] })
    }
    const geladen = await laadVoorSchrijven(c, omgeving, id)
    if (geladen instanceof Response) return geladen
    const { omgeving: eigen } = geladen
    const nieuw = { ...geladen.record, taal, bijgewerkt: Date.now() }
    const verloren = await nietGewonnen(c, eigen, id, await store.bewaar(nieuw, geladen.versie))
    if (verloren) return verloren
    c.header('Content-Language', taal)
    const gegevens = beschrijf(nieuw.bewaard, undefined, { model: eigen.gemeente.regelmodel })
    return c.json(stapTekstVan(eigen)(nieuw, gegevens), 200)
  })
}
