/**
 * `GET /privacy`: the privacy statement (AVG art. 13) in plain language and in the resident's language
 * (`?taal=`, else `Accept-Language`), from `locales/<taal>/privacy.json`. What only the gemeente knows
 * (who is responsible, the FG) comes from its profile; how long things are kept comes from the running
 * configuration (GESPREK_TTL_MINUTES, GESPREK_MAX_UUR, STATISTIEKEN_BEWAAR_DAGEN), never from a text.
 * A static page with one inline style, allowed by its hash; nothing else may load.
 */
import { createHash } from 'node:crypto'
import { Hono } from 'hono'
import { type AppEnv, type Omgeving, STANDAARD_BEWAARMINUTEN } from '../../context.js'
import { inTaal, type Meertalig } from '../../gemeente.js'
import { type Html, html, raw, samen, tekstVan } from '../../html.js'
import type { Taal } from '../../i18n.js'
import { gemeenteVoor } from '../../regio.js'
import { STANDAARD_BEWAAR_DAGEN } from '../../statistieken/types.js'
import { STANDAARD_MAX_UUR } from '../../store/types.js'

/** The sections, in the order a resident reads them; each is an `<h2>` with this id. */
export const PRIVACY_DELEN = [
  'verantwoordelijk',
  'wat',
  'gezondheid',
  'hoelang',
  'grondslag',
  'delen',
  'logboek',
  'tellen',
  'rechten',
  'fg',
  'klacht',
] as const

/** The rights of AVG art. 15-21 that apply here, in the order the statement names them. */
export const RECHTEN = ['inzage', 'correctie', 'verwijdering', 'beperking', 'bezwaar'] as const

/** Where a resident complains about the use of personal data (AVG art. 77). */
export const AP_URL = 'https://www.autoriteitpersoonsgegevens.nl/'

const STIJL =
  'body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff;overflow-wrap:break-word;hyphens:auto}' +
  'h1{font-size:1.75rem;line-height:1.25}h2{font-size:1.25rem;margin-top:2rem}a{color:#0b4f8a}' +
  'a:focus-visible{outline:3px solid #0b4f8a;outline-offset:2px}' +
  'nav ul{padding-inline-start:1.25rem}dt{font-weight:700}dd{margin:0 0 .75rem}'

const STIJL_HASH = createHash('sha256').update(STIJL).digest('base64')

export const PRIVACY_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${STIJL_HASH}'`,
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * A duration in the language, with its plural as the language has it ("1 minuut", "60 minuten",
 * "24 години", "5 godzin"), from the platform's CLDR data; Western digits, as in every other text.
 */
export function duur(waarde: number, eenheid: 'minute' | 'hour' | 'day', taal: string): string {
  return new Intl.NumberFormat(taal, {
    style: 'unit',
    unit: eenheid,
    unitDisplay: 'long',
    numberingSystem: 'latn',
  }).format(waarde)
}

/** Values filled into a text as HTML (made with `html`: a word escaped, or a link made here). */
type Fragmenten = Readonly<Record<string, Html>>

/**
 * One text with HTML filled in: i18next fills in markers, the text around them is escaped,
 * then each marker becomes its fragment. So a link can stand inside a sentence, in any word order.
 */
function metFragmenten(vertaal: (sleutel: string, waarden?: Record<string, unknown>) => string) {
  return (sleutel: string, fragmenten: Fragmenten = {}): Html => {
    const markers = Object.fromEntries(Object.keys(fragmenten).map((naam) => [naam, `\uE000${naam}\uE001`]))
    return raw(
      tekstVan(html`${vertaal(sleutel, markers)}`).replace(/\uE000(\w+)\uE001/g, (_, naam: string) =>
        String(fragmenten[naam] ?? ''),
      ),
    )
  }
}

/** An address or number reads left to right, also in an Arabic sentence. */
const link = (href: string, tekst: string) => raw(tekstVan(html`<a href="${href}" dir="ltr">${tekst}</a>`))

export interface PrivacyInstellingen {
  readonly bewaarMinuten: number
  readonly bewaarMaxUur: number
  /** Days the counts are kept; undefined when nothing is counted. */
  readonly statistiekenBewaarDagen: number | undefined
  /** True when conversations live only in this process's memory (gone at a restart). */
  readonly alleenGeheugen: boolean
}

/** The instellingen of the running server, as the page states them. */
export function privacyInstellingen(omgeving: Omgeving): PrivacyInstellingen {
  return {
    bewaarMinuten: omgeving.bewaarMinuten ?? STANDAARD_BEWAARMINUTEN,
    bewaarMaxUur: omgeving.bewaarMaxUur ?? STANDAARD_MAX_UUR,
    statistiekenBewaarDagen: omgeving.teller ? (omgeving.statistiekenBewaarDagen ?? STANDAARD_BEWAAR_DAGEN) : undefined,
    alleenGeheugen: omgeving.store.soort === 'geheugen',
  }
}

/** The whole page in one language. */
export function privacyPagina(omgeving: Omgeving, taal: Taal, instellingen = privacyInstellingen(omgeving)): string {
  const { teksten, gemeente } = omgeving
  const code = taal.code
  const t = metFragmenten(teksten.t(code, 'privacy'))
  const widget = teksten.t(code, 'widget')
  const gesprek = teksten.t(code, 'gesprek')
  /** A profile text; one the profile has only in Dutch says so, for a screen reader's voice. */
  const profiel = (tekst: Meertalig) => {
    const eigen = code === 'nl' || (typeof tekst === 'object' && tekst[code] !== undefined)
    const waarde = inTaal(tekst, code)
    return raw(tekstVan(eigen ? html`${waarde}` : html`<span lang="nl" dir="ltr">${waarde}</span>`))
  }
  const woord = (tekst: string) => raw(tekstVan(html`${tekst}`))
  const waarden = {
    gemeente: woord(gemeente.naam),
    verwerkingsverantwoordelijke: profiel(gemeente.privacy.verwerkingsverantwoordelijke),
    stil: woord(duur(instellingen.bewaarMinuten, 'minute', code)),
    max: woord(duur(instellingen.bewaarMaxUur, 'hour', code)),
    weetNiet: woord(gesprek('keuzes.weetNiet')),
    wis: woord(widget('knoppen.wis')),
    medewerker: woord(widget('contact.knop')),
  }
  const p = (sleutel: string, extra: Fragmenten = {}) => html`<p>${t(sleutel, { ...waarden, ...extra })}</p>`
  const { fg, privacyverklaringGemeente } = gemeente.privacy

  const inhoud: Record<(typeof PRIVACY_DELEN)[number], (Html | Promise<Html>)[]> = {
    verantwoordelijk: [p('verantwoordelijk.tekst'), p('verantwoordelijk.college')],
    wat: [p('wat.tekst'), p('wat.typen')],
    gezondheid: ['vraag', 'bijzonder', 'waarom', 'nietVerplicht', 'bewaren'].map((a) => p(`gezondheid.${a}`)),
    hoelang: [
      p('hoelang.stil'),
      p('hoelang.max'),
      ...(instellingen.alleenGeheugen ? [p('hoelang.herstart')] : []),
      p('hoelang.wissen'),
    ],
    grondslag: [p('grondslag.taak'), p('grondslag.wet'), p('grondslag.doel')],
    delen: [p('delen.tekst'), p('delen.cookies'), p('delen.besluit')],
    logboek: [p('logboek.tekst')],
    tellen:
      instellingen.statistiekenBewaarDagen === undefined
        ? [p('tellen.uit')]
        : [
            p('tellen.wat'),
            p('tellen.hoelang', { dagen: woord(duur(instellingen.statistiekenBewaarDagen, 'day', code)) }),
          ],
    rechten: [
      p('rechten.intro'),
      html`<dl>\n${samen(
        RECHTEN.map(
          (recht) => html`<dt>${t(`rechten.${recht}.naam`)}</dt>\n<dd>${t(`rechten.${recht}.uitleg`, waarden)}</dd>`,
        ),
        '\n',
      )}\n</dl>`,
      p('rechten.weinig'),
      p('rechten.gebruiken'),
    ],
    fg: [
      p('fg.tekst'),
      p('fg.voor'),
      html`<dl>\n${[
        fg.naam === undefined ? '' : html`<dt>${t('fg.wie')}</dt>\n<dd>${profiel(fg.naam)}</dd>\n`,
        html`<dt>${t('fg.email')}</dt>\n<dd>${link(`mailto:${fg.email}`, fg.email)}</dd>\n`,
        fg.telefoon === undefined
          ? ''
          : html`<dt>${t('fg.telefoon')}</dt>\n<dd>${link(`tel:${fg.telefoon.replace(/[^\d+]/g, '')}`, fg.telefoon)}</dd>\n`,
      ]}</dl>`,
      ...(privacyverklaringGemeente === undefined
        ? []
        : [
            p('fg.verklaring', {
              link: raw(tekstVan(html`<a href="${privacyverklaringGemeente}">${t('fg.verklaringLink')}</a>`)),
            }),
          ]),
    ],
    klacht: [p('klacht.tekst'), p('klacht.ap', { ap: link(AP_URL, 'autoriteitpersoonsgegevens.nl') })],
  }

  return tekstVan(html`<!doctype html>
<html lang="${code}" dir="${taal.richting}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('titel')} – ${woord(gemeente.naam)}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>${raw(STIJL)}</style>
</head>
<body>
<main>
<h1>${t('titel')}</h1>
${p('inleiding')}
<nav aria-labelledby="inhoud">
<h2 id="inhoud">${t('inhoud')}</h2>
<ul>
${samen(
  PRIVACY_DELEN.map((deel) => html`<li><a href="#${deel}">${t(`${deel}.kop`)}</a></li>`),
  '\n',
)}
</ul>
</nav>
${samen(
  PRIVACY_DELEN.map(
    (deel) => html`<section>\n<h2 id="${deel}">${t(`${deel}.kop`)}</h2>\n${samen(inhoud[deel], '\n')}\n</section>`,
  ),
  '\n',
)}
</main>
</body>
</html>`)
}

export function privacyRoutes(omgeving: Omgeving) {
  const { teksten } = omgeving
  // The page depends only on the gemeente (`?gemeente=`, else the first), the language and settings fixed
  // at start-up: made once per gemeente and language.
  const paginas = new Map<string, string>()
  const router = new Hono<AppEnv>()
  router.get('/', (c) => {
    const eigen = gemeenteVoor(c, omgeving)
    if (eigen instanceof Response) return eigen
    // A language without this page yet shows the Dutch one, and says so with `lang`.
    const gevraagd = c.get('taal')
    const taal = teksten.bronnen[gevraagd.code]?.privacy ? gevraagd : teksten.taal('nl')
    const sleutel = `${eigen.gemeente.id}\u0000${taal.code}`
    let pagina = paginas.get(sleutel)
    if (pagina === undefined) {
      pagina = privacyPagina(eigen, taal, privacyInstellingen(eigen))
      paginas.set(sleutel, pagina)
    }
    c.header('Content-Security-Policy', PRIVACY_CSP)
    c.header('Content-Language', taal.code)
    c.header('Cache-Control', 'public, max-age=3600')
    c.header('Vary', 'Accept-Language', { append: true })
    return c.html(pagina)
  })
  return router
}
