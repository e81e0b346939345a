/**
 * The summary for a consulent meeting (JSON, or a printable page) and the resident's own notes.
 */
import { createRoute, z } from '@hono/zod-openapi'
import { isBsn } from '../../../begrip/persoonsgegevens.js'
import { NotitiesAntwoordSchema, NotitiesSchema } from '../../../contract/index.js'
import { SamenvattingSchema } from '../../../contract/samenvatting.js'
import { nieuweRouter } from '../../app-router.js'
import { type Omgeving, STANDAARD_BEWAARMINUTEN } from '../../context.js'
import type { GesprekDienst } from '../../gesprekdienst.js'
import { STANDAARD_TAAL } from '../../i18n.js'
import { probleemAntwoord } from '../../problem.js'
import { perGemeente, regioVan } from '../../regio.js'
import { maakSamenvatter, voorLezer } from '../../samenvatting/index.js'
import { STIJL_PAD, samenvattingPagina, verlopenPagina } from '../../samenvatting/pagina.js'
import { SAMENVATTING_JS, samenvattingCss } from '../../samenvatting/stijl.js'
import { GesprekGemeenteQuery, IdParamSchema, jsonAntwoord, PROBLEMEN, VERANDER_PROBLEMEN } from '../../schemas.js'
import { telSamenvatting } from '../../statistieken/meten.js'
import { gedeeldAntwoord, nietBereikt, telEenKeer } from '../gesprekken/laad.js'

const idParam = IdParamSchema

const formaatQuery = z.object({
  formaat: z
    .enum(['json', 'html'])
    .optional()
    .openapi({
      param: { name: 'formaat', in: 'query' },
      description: 'html: de pagina om te printen (ook met Accept: text/html). Zonder: JSON.',
    }),
})

const samenvattingAntwoord = jsonAntwoord(SamenvattingSchema, 'Het overzicht voor het gesprek met de consulent.')
const tags = ['gesprekken']

const routes = {
  samenvatting: createRoute({
    method: 'get',
    path: '/gesprekken/{id}/samenvatting',
    operationId: 'leesSamenvatting',
    summary: 'Overzicht voor het gesprek met de consulent',
    description:
      'JSON, of een pagina om te printen met `Accept: text/html` of `?formaat=html`. Dit is geen besluit: het college beslist.',
    tags,
    request: { params: idParam, query: formaatQuery.extend(GesprekGemeenteQuery.shape) },
    responses: {
      200: {
        ...samenvattingAntwoord,
        content: {
          ...samenvattingAntwoord.content,
          'text/html': { schema: z.string().openapi({ description: 'De pagina om te printen.' }) },
        },
      },
      ...PROBLEMEN,
      404: {
        description: 'Het gesprek bestaat niet (meer). Met HTML: een pagina die zegt waarom, en de weg terug.',
        content: {
          ...PROBLEMEN[404].content,
          'text/html': { schema: z.string().openapi({ description: 'De pagina voor een oude link.' }) },
        },
      },
    },
  }),
  notities: createRoute({
    method: 'put',
    path: '/gesprekken/{id}/notities',
    operationId: 'bewaarNotities',
    summary: 'Eigen notities voor het overzicht',
    description: 'Platte tekst, hoogstens 2000 tekens. Een lege tekst wist de notities. Ze gaan weg met het gesprek.',
    tags,
    request: {
      params: idParam,
      query: GesprekGemeenteQuery,
      body: { required: true, content: { 'application/json': { schema: NotitiesSchema } } },
    },
    responses: {
      200: jsonAntwoord(NotitiesAntwoordSchema, 'De notities zijn bewaard.'),
      ...PROBLEMEN,
      ...VERANDER_PROBLEMEN,
    },
  }),
}

/** The page: no inline script or style, nothing from elsewhere, never framed, never cached. */
const CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "script-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

const PAGINA_KOPPEN = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
}

/** `?formaat=` decides; else `Accept` asks for HTML before (or without) JSON. */
export function wilHtml(formaat: string | undefined, accept: string | undefined): boolean {
  if (formaat) return formaat === 'html'
  const soorten = (accept ?? '').toLowerCase()
  const html = soorten.indexOf('text/html')
  const json = soorten.indexOf('application/json')
  return html >= 0 && (json < 0 || html < json)
}

/** Plain text: one kind of line break, no control characters except line breaks and tabs. */
export function schoneNotities(tekst: string): string {
  return tekst
    .replace(/\r\n?/g, '\n')
    .replace(/[^\P{Cc}\n\t]/gu, '')
    .trim()
}

/** Nine digits that pass the elfproef, written with or without spaces, dots or dashes. */
export function metBsn(tekst: string): boolean {
  for (const [reeks] of tekst.matchAll(/\d[\d .-]{7,13}\d/g)) {
    const cijfers = reeks.replace(/\D/g, '')
    if (cijfers.length === 9 && isBsn(cijfers)) return true
  }
  return false
}

/** The summary and the notes of a conversation. */
export function samenvattingRoutes(omgeving: Omgeving, dienst: GesprekDienst) {
  const samenvatterVan = perGemeente(maakSamenvatter)
  const cssVan = perGemeente((eigen) => samenvattingCss(eigen.gemeente))
  const router = nieuweRouter()
  /** The page's stylesheet in its gemeente's colours: the first's at the plain address, another's with its id. */
  const stijlVan = (eigen: Omgeving) =>
    eigen === omgeving ? STIJL_PAD : `${STIJL_PAD}?gemeente=${encodeURIComponent(eigen.gemeente.id)}`

  router.openapi(routes.samenvatting, async (c) => {
    const { id } = c.req.valid('param')
    const { formaat } = c.req.valid('query')
    const geladen = await dienst.lees(c, id)
    if (geladen.soort !== 'gelezen') {
      // An old link opened in a browser: a page that says why and the way back, not problem+json.
      // Whose way back: the gemeente the link names (the widget adds it), else the first.
      if (!wilHtml(formaat, c.req.header('Accept')) || geladen.soort !== 'weg') return nietBereikt(c, omgeving, geladen)
      const taal = c.get('taal')
      const genoemd = regioVan(omgeving).van(c.req.query('gemeente') ?? '') ?? omgeving
      const { gemeente } = genoemd
      const pagina = verlopenPagina(omgeving.teksten.t(taal.code, 'samenvatting'), {
        stijl: stijlVan(genoemd),
        taal: taal.code,
        richting: taal.richting,
        gemeente: gemeente.naam,
        website: gemeente.contact.website,
        telefoon: gemeente.contact.telefoon,
        minuten: omgeving.bewaarMinuten ?? STANDAARD_BEWAARMINUTEN,
        wis: omgeving.teksten.t(taal.code, 'widget')('knoppen.wis'),
      })
      return c.body(pagina, 404, { 'Content-Language': taal.code, Vary: 'Accept', ...PAGINA_KOPPEN })
    }
    const { record, omgeving: eigen } = geladen
    const samenvatting = samenvatterVan(eigen)
    const inhoud = samenvatting(record)
    // Once per conversation, however often it is opened or printed; in the figures of its gemeente.
    await telEenKeer(eigen, id, telSamenvatting(record))
    const algemeen = { 'Content-Language': inhoud.taal, Vary: 'Accept', 'Cache-Control': 'no-store' }
    if (wilHtml(formaat, c.req.header('Accept'))) {
      const t = voorLezer(omgeving.teksten.t(inhoud.taal, 'samenvatting'), inhoud.lezer)
      // The consulent reads Dutch: a page in another language carries the Dutch version too.
      const nederlands =
        inhoud.taal === STANDAARD_TAAL
          ? undefined
          : {
              s: samenvatting({ ...record, taal: STANDAARD_TAAL }),
              t: voorLezer(omgeving.teksten.t(STANDAARD_TAAL, 'samenvatting'), inhoud.lezer),
            }
      const html = samenvattingPagina(inhoud, t, { gemeente: eigen.gemeente.naam, stijl: stijlVan(eigen) }, nederlands)
      const taal = nederlands ? `${inhoud.taal}, ${STANDAARD_TAAL}` : inhoud.taal
      return c.body(html, 200, { ...algemeen, 'Content-Language': taal, ...PAGINA_KOPPEN })
    }
    return c.json(inhoud, 200, algemeen)
  })

  router.openapi(routes.notities, async (c) => {
    const { id } = c.req.valid('param')
    const { tekst } = c.req.valid('json')
    const notities = schoneNotities(tekst)
    // The notes are printed and kept for the meeting: a BSN does not belong there (nobody needs it).
    // Refused once the conversation is found, so an unknown one is still a 404.
    const uit = await dienst.verander(
      c,
      id,
      metBsn(notities) ? { soort: 'afgewezen' } : { soort: 'notities', notities },
    )
    const gedeeld = gedeeldAntwoord(c, omgeving, uit)
    if (gedeeld) return gedeeld
    if (uit.soort === 'afgewezen') {
      const t = c.get('fouten')
      const errors = [{ in: 'body' as const, location: { pointer: '/tekst' }, code: 'bsn', detail: t('veld.bsn') }]
      return probleemAntwoord(c, 400, t, 'ongeldigeInvoer', {}, { errors })
    }
    if (uit.soort !== 'gedaan') throw new Error(`onverwachte uitkomst ${uit.soort}`)
    const { record } = uit
    return c.json({ gesprek: record.id, eigenNotities: notities }, 200, { 'Cache-Control': 'no-store' })
  })

  router.get('/samenvatting/samenvatting.css', (c) =>
    c.body(cssVan(regioVan(omgeving).van(c.req.query('gemeente') ?? '') ?? omgeving), 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
    }),
  )
  router.get('/samenvatting/samenvatting.js', (c) =>
    c.body(SAMENVATTING_JS, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
    }),
  )

  return router
}
