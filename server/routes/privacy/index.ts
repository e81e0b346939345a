/**
 * `GET /privacy`: the privacy statement in plain language, from `locales/<taal>/privacy.json`.
 * A static page with one inline style, allowed by its hash; nothing else may load.
 */
import { createHash } from 'node:crypto'
import { Hono } from 'hono'
import { html, raw } from 'hono/html'
import { type AppEnv, type Omgeving, STANDAARD_BEWAARMINUTEN } from '../../context.js'

/** The sections, in the order a resident reads them. */
export const PRIVACY_DELEN = ['wat', 'hoelang', 'waarom', 'delen', 'logboek', 'tellen', 'vragen'] as const

const STIJL =
  'body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}' +
  'h1{font-size:1.75rem;line-height:1.25}h2{font-size:1.25rem;margin-top:2rem}a{color:#0b4f8a}'

const STIJL_HASH = createHash('sha256').update(STIJL).digest('base64')

export const PRIVACY_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${STIJL_HASH}'`,
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

export function privacyRoutes(omgeving: Omgeving, bewaarMinuten = STANDAARD_BEWAARMINUTEN) {
  const { teksten, gemeente } = omgeving
  const router = new Hono<AppEnv>()
  router.get('/', (c) => {
    // A language without this page yet shows the Dutch one, and says so with `lang`.
    const gevraagd = c.get('taal')
    const taal = teksten.bronnen[gevraagd.code]?.privacy ? gevraagd : teksten.taal('nl')
    const t = teksten.t(taal.code, 'privacy')
    const waarden = {
      organisatie: gemeente.contact.organisatie,
      minuten: bewaarMinuten,
      email: gemeente.contact.email,
      telefoon: gemeente.contact.telefoon,
    }
    const pagina = html`<!doctype html>
<html lang="${taal.code}" dir="${taal.richting}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('titel')}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>${raw(STIJL)}</style>
</head>
<body>
<main>
<h1>${t('titel')}</h1>
<p>${t('inleiding', waarden)}</p>
${PRIVACY_DELEN.map(
  (deel) => html`<h2>${t(`${deel}.kop`)}</h2>
<p>${t(`${deel}.tekst`, waarden)}</p>
`,
)}</main>
</body>
</html>`
    c.header('Content-Security-Policy', PRIVACY_CSP)
    c.header('Content-Language', taal.code)
    c.header('Cache-Control', 'public, max-age=3600')
    return c.html(pagina)
  })
  return router
}
