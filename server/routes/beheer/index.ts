/**
 * `/beheer`: the dashboard for the gemeente, and its CSV.
 *
 * Access is the Bearer token of a gemeente (`BEHEER_TOKEN`, or `BEHEER_TOKEN_<ID>` per gemeente: each
 * token opens only its own gemeente's figures), either in the `Authorization` header (curl, a
 * header extension, a reverse proxy) or typed once into the login form. The form posts the token
 * and gets the page back directly: no cookie, no session, nothing in a URL. The page's own forms
 * post it again from a hidden field, so closing the tab forgets it. Pages are `no-store` and the
 * CSP forbids every script.
 */
import { type Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { ONDERWERPEN } from '../../../flows/index.js'
import type { AppEnv, Omgeving } from '../../context.js'
import { probleemUit, stuurProbleem } from '../../problem.js'
import { perGemeente, regioVan } from '../../regio.js'
import { MENU } from '../../statistieken/types.js'
import { CijfersWeg, cijfersWeg, leesOverzicht, periodeFouten, standaardPeriode } from '../statistieken/index.js'
import { alsCsv } from './csv.js'
import { beheerPagina, type Formulier, loginPagina } from './pagina.js'
import { beheerCss } from './stijl.js'
import { bearerUit, beheerAan, beheerProblemen, gemeenteVanToken } from './toegang.js'

const CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ')

const VEILIG = {
  'Content-Security-Policy': CSP,
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
}

/** A login form is tiny; anything bigger is not one. */
const BEHEER_MAX_BYTES = 4 * 1024

const DATUM = /^\d{4}-\d{2}-\d{2}$/
const isDatum = (waarde: string) =>
  DATUM.test(waarde) && new Date(`${waarde}T00:00:00Z`).toISOString().slice(0, 10) === waarde

export function beheerRoutes(omgeving: Omgeving) {
  const router = new Hono<AppEnv>()
  const { t, uit, geenToegang } = beheerProblemen(omgeving)

  // Each gemeente's dashboard in its own colours: `?gemeente=<id>` (the page links it), else the first's.
  const cssVan = perGemeente((eigen) => beheerCss(eigen.gemeente.thema))
  router.get('/beheer.css', (c) =>
    c.body(cssVan(regioVan(omgeving).van(c.req.query('gemeente') ?? '') ?? omgeving), 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
    }),
  )

  router.use(
    '*',
    bodyLimit({
      maxSize: BEHEER_MAX_BYTES,
      onError: (c) =>
        stuurProbleem(c, probleemUit(c.get('fouten'), 413, 'teGroot', { kb: BEHEER_MAX_BYTES / 1024 }), {
          Connection: 'close',
        }),
    }),
  )

  /** The fields of the request (query for GET, form body for POST). */
  async function velden(c: Context<AppEnv>): Promise<Record<string, string>> {
    if (c.req.method !== 'POST') return c.req.query()
    const body = await c.req.parseBody().catch(() => ({}))
    return Object.fromEntries(Object.entries(body).filter((v): v is [string, string] => typeof v[1] === 'string'))
  }

  /**
   * The token, where it came from and whose figures it opens (each gemeente has its own token, and its
   * dashboard shows only its own figures), or a response that refuses.
   */
  async function toegang(c: Context<AppEnv>) {
    if (!beheerAan(omgeving)) return { weigering: uit(c) }
    const invoer = await velden(c)
    const uitKop = bearerUit(c)
    const naam = c.req.query('gemeente')
    const viaKop = gemeenteVanToken(omgeving, uitKop, naam)
    if (viaKop) return { invoer, viaFormulier: false, eigen: viaKop }
    const viaFormulier = c.req.method === 'POST' ? gemeenteVanToken(omgeving, invoer.token, naam) : undefined
    if (viaFormulier) return { invoer, viaFormulier: true, eigen: viaFormulier }
    // A browser gets the login form (still 401); every other client the problem document.
    const wilHtml = (c.req.header('Accept') ?? '').includes('text/html')
    if (wilHtml) {
      const fout = uitKop !== undefined || invoer.token !== undefined
      c.header('WWW-Authenticate', 'Bearer realm="werkwijzer-beheer"')
      return { weigering: c.html(loginPagina(omgeving, fout), 401, VEILIG) }
    }
    return { weigering: geenToegang(c) }
  }

  /** The period and onderwerp asked for, or the Dutch reason it is wrong. */
  function periode(invoer: Record<string, string>) {
    const standaard = standaardPeriode(omgeving.vandaag())
    const van = invoer.van || standaard.van
    const tot = invoer.tot || standaard.tot
    const onderwerp = [MENU, ...ONDERWERPEN].includes(invoer.onderwerp ?? '') ? invoer.onderwerp : undefined
    if (!isDatum(van) || !isDatum(tot)) return { van, tot, onderwerp, fout: t('periode.detail') }
    const fouten = periodeFouten(t, van, tot)
    return { van, tot, onderwerp, fout: fouten[0]?.detail }
  }

  async function pagina(c: Context<AppEnv>) {
    const uitslag = await toegang(c)
    if ('weigering' in uitslag) return uitslag.weigering
    const { eigen } = uitslag
    const { van, tot, onderwerp, fout } = periode(uitslag.invoer)
    const formulier: Formulier = {
      van,
      tot,
      ...(onderwerp ? { onderwerp } : {}),
      ...(uitslag.viaFormulier ? { token: uitslag.invoer.token } : {}),
    }
    if (fout) return c.html(beheerPagina(eigen, undefined, formulier, fout), 400, VEILIG)
    const overzicht = await leesOverzicht(eigen, van, tot, onderwerp).catch((fout) => fout as Error)
    if (overzicht instanceof CijfersWeg) {
      const html = beheerPagina(eigen, undefined, formulier, t('cijfersWeg.detail'))
      return c.html(html, 503, { ...VEILIG, 'Retry-After': '30' })
    }
    if (overzicht instanceof Error) throw overzicht
    return c.html(beheerPagina(eigen, overzicht, formulier), 200, VEILIG)
  }

  async function csv(c: Context<AppEnv>) {
    const uitslag = await toegang(c)
    if ('weigering' in uitslag) return uitslag.weigering
    const { eigen } = uitslag
    const { van, tot, onderwerp, fout } = periode(uitslag.invoer)
    if (fout)
      return stuurProbleem(c, { ...probleemUit(t, 400, 'periode'), detail: fout }, { 'Cache-Control': 'no-store' })
    const overzicht = await leesOverzicht(eigen, van, tot, onderwerp).catch((fout) => fout as Error)
    if (overzicht instanceof CijfersWeg) return cijfersWeg(c, t)
    if (overzicht instanceof Error) throw overzicht
    // With several gemeenten the file says whose figures these are.
    const wie = regioVan(omgeving).lijst.length > 1 ? `${eigen.gemeente.id}-` : ''
    return c.body(alsCsv(overzicht), 200, {
      ...VEILIG,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="werkwijzer-cijfers-${wie}${van}-${tot}.csv"`,
    })
  }

  router.get('/', pagina)
  router.post('/', pagina)
  router.get('/statistieken.csv', csv)
  router.post('/statistieken.csv', csv)
  return router
}
