/**
 * The summary as a printable HTML page: one server-rendered document, its own stylesheet
 * and a tiny print script, both served from `/api/v1/samenvatting/`, so the CSP forbids inline code.
 * Made with hono's `html` tag (`../html.ts`): every text is escaped, the resident's own notes above all;
 * only markup made here passes as it is.
 */

import type { Samenvatting } from '../../contract/samenvatting.js'
import { type Html, html, raw, samen, tekstVan } from '../html.js'
import type { Vertaal } from '../i18n.js'
import { datumTekst } from '../weergave.js'
import { veiligeLink } from './html.js'

/** Where the page finds its stylesheet and script, relative to `/api/v1/gesprekken/{id}/samenvatting`. */
export const STIJL_PAD = '../../samenvatting/samenvatting.css'
export const SCRIPT_PAD = '../../samenvatting/samenvatting.js'

export interface PaginaOpties {
  readonly gemeente: string
  /** The stylesheet of the gemeente's colours, when it is not the installation's first (`STIJL_PAD?gemeente=…`). */
  readonly stijl?: string
}

/** The same summary in Dutch, with its words: a consulent reads Dutch (the resident's language comes first). */
export interface NederlandseVersie {
  readonly s: Samenvatting
  readonly t: Vertaal
}

type Stuk = Html | Promise<Html>

const blok = (id: string, kop: string, inhoud: Stuk, klasse = '') =>
  html`<section class="blok${klasse ? ` ${klasse}` : ''}" aria-labelledby="${id}">
<h2 id="${id}">${kop}</h2>
${inhoud}
</section>`

const lijst = (soort: 'ul' | 'ol', items: readonly string[], klasse = '') =>
  html`<${raw(soort)}${klasse ? html` class="${klasse}"` : ''}>${items.map((i) => html`<li>${i}</li>`)}</${raw(soort)}>`

/** The start of a page up to `</head>`: language and direction, never indexed, no referrer, our stylesheet. */
function begin(taal: string, richting: string, titel: string, metScript: boolean, stijl = STIJL_PAD): Stuk {
  return html`<!doctype html>
<html lang="${taal}" dir="${richting}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${titel}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${stijl}">
${metScript ? html`<script src="${SCRIPT_PAD}" defer></script>\n` : ''}</head>`
}

/** One full stop at the end: a date that ends in one ("2026 р.") does not get a second. */
const zin = (tekst: string) => tekst.replace(/\.\.$/, '.')

/** The `tel:` address of a phone number as people write it ("012 345 67 89"). */
const telLink = (telefoon: string) => `tel:${telefoon.replace(/[^\d+]/g, '')}`

/** A sentence as HTML, with the first of `links` ([text, address]) it contains made a link. */
function metLink(zin: string, links: readonly (readonly [string, string])[]): Html {
  const tekst = tekstVan(html`${zin}`)
  const escaped = (deel: string) => tekstVan(html`${deel}`)
  const gevonden = links.find(([deel]) => deel && tekst.includes(escaped(deel)))
  return raw(gevonden ? tekst.replace(escaped(gevonden[0]), tekstVan(link(gevonden[0], gevonden[1]))) : tekst)
}

/** An absolute link when the profile gives one that is safe; else the plain text. A phone number reads left to right, also in Arabic. */
function link(tekst: string, href: string | undefined): Stuk {
  const veilig = href ? veiligeLink(href) : undefined
  if (!veilig) return html`${tekst}`
  return html`<a href="${veilig}"${veilig.startsWith('tel:') ? raw(' dir="ltr"') : ''}>${tekst}</a>`
}

/** Open questions once each, with the voorzieningen they would settle. */
function openVragen(s: Samenvatting): { tekst: string; namen: string[] }[] {
  const perFeit = new Map<string, { tekst: string; namen: string[] }>()
  for (const v of s.open) {
    for (const vraag of v.vragen) {
      const rij = perFeit.get(vraag.feit) ?? { tekst: vraag.tekst, namen: [] }
      rij.namen.push(v.naam)
      perFeit.set(vraag.feit, rij)
    }
  }
  return [...perFeit.values()]
}

/**
 * The whole page. A conversation in another language also carries the Dutch version (`lang="nl"`),
 * on its own pages, so resident and consulent can both read it at the meeting.
 */
export function samenvattingPagina(
  s: Samenvatting,
  t: Vertaal,
  opties: PaginaOpties,
  nederlands?: NederlandseVersie,
): string {
  const tweetalig = nederlands !== undefined && s.taal !== nederlands.s.taal
  const eerste = deel(s, t, opties, { voorvoegsel: '', printknop: true, tweetalig })
  const tweede =
    tweetalig && nederlands
      ? html`<section class="taaldeel taaldeel--nl" lang="${nederlands.s.taal}" dir="${nederlands.s.richting}" aria-labelledby="nl-taalkop">
${deel(nederlands.s, nederlands.t, opties, { voorvoegsel: 'nl-', printknop: false, tweetalig: false, kop: nederlands.t('pagina.nederlands') })}
</section>`
      : ''
  return tekstVan(html`${begin(s.taal, s.richting, `${s.titel} - ${opties.gemeente}`, true, opties.stijl)}
<body>
<div class="taaldeel">
${eerste}
</div>
${tweede}
</body>
</html>
`)
}

interface DeelOpties {
  /** Before every id, so two languages on one page never share one. */
  readonly voorvoegsel: string
  readonly printknop: boolean
  /** Say that the Dutch version follows. */
  readonly tweetalig: boolean
  /** A line above the title ("Nederlandse tekst voor de consulent"). */
  readonly kop?: string
}

/** One language's summary: header, main and footer. */
function deel(s: Samenvatting, t: Vertaal, opties: PaginaOpties, d: DeelOpties): Stuk {
  const k = (sleutel: string) => t(`koppen.${sleutel}`)
  const l = (sleutel: string) => t(`labels.${sleutel}`)
  const sectie = (id: string, kop: string, inhoud: Stuk, klasse = '') => blok(d.voorvoegsel + id, kop, inhoud, klasse)
  // One main landmark per page: the second language is a section of its own.
  const hoofd = d.voorvoegsel ? 'div' : 'main'

  const doelgroep = sectie(
    'doelgroep',
    k('doelgroep'),
    html`<p>${s.doelgroep.tekst}</p>${s.doelgroep.verwijzing ? html`<p class="nadruk">${s.doelgroep.verwijzing}</p>` : ''}`,
  )

  const passend = sectie(
    'passend',
    k('passend'),
    s.passend.length === 0
      ? html`<p>${t('leeg.passend')}</p>`
      : samen(
          s.passend.map(
            (v) => html`<div class="voorziening">
<h3>${v.naam} <span class="artikel">(<bdi dir="ltr" lang="nl">${link(v.artikel, v.link)}</bdi>)</span></h3>
${v.uitleg ? html`<p><strong>${l('waarom')}</strong> ${v.uitleg}</p>` : ''}
<p><strong>${l('betekenis')}</strong> ${v.betekenis}</p>
</div>`,
          ),
          '\n',
        ),
  )

  const vragen = openVragen(s)
  const open =
    s.open.length === 0
      ? ''
      : sectie(
          'open',
          k('open'),
          html`<p>${t('openUitleg')}</p>
<p><strong>${l('nogOpen')}:</strong> ${s.open.map((v) => v.naam).join(', ')}.</p>
<table class="tabel tabel--antwoorden">
<thead><tr><th scope="col">${l('openVraag')}</th><th scope="col">${l('nodigVoor')}</th></tr></thead>
<tbody>${vragen.map(
            (v) =>
              html`<tr><td>${v.tekst}</td><td>${v.namen.length === s.open.length && s.open.length > 1 ? l('nodigVoorAlles') : v.namen.join(', ')}</td></tr>`,
          )}</tbody>
</table>`,
        )

  const consulent = sectie(
    'vragen',
    k('vragen'),
    lijst(
      'ol',
      s.vragenVoorConsulent.map((v) => v.tekst),
    ),
  )

  const mee = sectie(
    'meenemen',
    k('meenemen'),
    lijst(
      'ul',
      s.meenemen.map((m) => m.tekst),
      'afvinken',
    ),
  )

  const notities = sectie(
    'notities',
    k('notities'),
    s.eigenNotities
      ? html`<p class="notities">${s.eigenNotities}</p>`
      : html`<p>${t('leeg.notities')}</p><div class="schrijfruimte" aria-hidden="true"></div>`,
  )

  // The steps name the phone number, website and e-mail address: those become links (on a phone, a tap calls).
  const c = s.contact
  const links: [string, string][] = [
    [c.telefoon, telLink(c.telefoon)],
    [c.website, c.website],
    [c.email, `mailto:${c.email}`],
    ...(c.livechat ? ([[c.livechat, c.livechat]] as [string, string][]) : []),
  ]
  // One link per sentence, the longest value first (a chat address may start with the website's).
  links.sort((a, b) => b[0].length - a[0].length)
  const stappen = s.volgendeStappen.map((stap) => metLink(stap, links))
  const afspraak = sectie(
    'afspraak',
    k('afspraak'),
    html`<p>${samen(stappen, ' ')}</p>
<p><strong>${l('adres')}:</strong> ${c.organisatie}, ${c.adres}</p>`,
  )

  const antwoorden = sectie(
    'antwoorden',
    k('antwoorden'),
    html`<table class="tabel tabel--antwoorden">
<thead><tr><th scope="col">${l('vraag')}</th><th scope="col">${l('antwoord')}</th></tr></thead>
<tbody>${s.antwoorden.map((a) => html`<tr><td>${a.tekst}</td><td>${a.label}</td></tr>`)}</tbody>
</table>`,
  )

  const niet =
    s.nietPassend.length === 0
      ? ''
      : sectie(
          'niet-passend',
          k('nietPassend'),
          html`<table class="tabel tabel--smal">
<thead><tr><th scope="col">${l('voorziening')}</th><th scope="col">${l('reden')}</th></tr></thead>
<tbody>${s.nietPassend.map((v) => html`<tr><td>${v.naam}</td><td>${v.reden}</td></tr>`)}</tbody>
</table>`,
        )

  const aandacht =
    s.aandachtspunten.length === 0
      ? ''
      : sectie(
          'aandachtspunten',
          k('aandachtspunten'),
          lijst(
            'ul',
            s.aandachtspunten.map((a) => a.uitleg),
          ),
        )

  // Duties and rights: with every outcome, right after what fits and what is open, never folded away.
  const rechten =
    s.rechten.length === 0
      ? ''
      : sectie(
          'rechten',
          k('rechten'),
          lijst(
            'ul',
            s.rechten.map((a) => a.uitleg),
          ),
        )

  const begrippen =
    s.begrippen.length === 0
      ? ''
      : sectie(
          'begrippen',
          k('begrippen'),
          html`<dl class="begrippen">${s.begrippen.map((b) => html`<dt>${b.naam}</dt><dd>${b.uitleg}</dd>`)}</dl>`,
        )

  return html`<header class="kop">
${d.kop ? html`<p class="taalkop" id="${d.voorvoegsel}taalkop">${d.kop}</p>\n` : ''}<p class="afzender">${t('pagina.werkwijzer', { gemeente: opties.gemeente })}</p>
<h1>${s.titel}</h1>
<p>${zin(t('pagina.gemaakt', { datum: datumTekst(s.datum, s.taal) }))} ${t('pagina.voorWie')}</p>
<p class="besluit">${s.beslissing}</p>
${s.klaar ? '' : html`<p class="nadruk">${t('pagina.nietKlaar')}</p>`}
${d.tweetalig ? html`<p class="nadruk">${t('pagina.tweetalig')}</p>\n` : ''}${d.printknop ? html`<button type="button" class="knop" id="printen" hidden>${t('pagina.printen')}</button>` : ''}
</header>
<${raw(hoofd)}>
${doelgroep}
${passend}
${open}
${rechten}
${consulent}
${mee}
${notities}
${afspraak}
${antwoorden}
${niet}
${aandacht}
${begrippen}
</${raw(hoofd)}>
<footer class="voet">
<p>${s.bron}</p>
<p>${s.beslissing}</p>
</footer>`
}

export interface VerlopenOpties {
  readonly taal: string
  readonly richting: string
  readonly gemeente: string
  readonly website: string
  readonly telefoon: string
  readonly minuten: number
  /** The label of the widget's delete button, in this language. */
  readonly wis: string
  readonly stijl?: string
}

/**
 * The page for a summary link whose conversation is gone (deleted, expired, or never there): a
 * resident who opens an old link sees why, and the way back, instead of problem+json (status 404).
 */
export function verlopenPagina(t: Vertaal, o: VerlopenOpties): string {
  const v = (sleutel: string, waarden?: Record<string, unknown>) => t(`verlopen.${sleutel}`, waarden)
  const bel = metLink(t('verlopen.bellen', { telefoon: o.telefoon }), [[o.telefoon, telLink(o.telefoon)]])
  return tekstVan(html`${begin(o.taal, o.richting, `${t('verlopen.titel')} - ${o.gemeente}`, false, o.stijl)}
<body>
<header class="kop">
<p class="afzender">${t('pagina.werkwijzer', { gemeente: o.gemeente })}</p>
<h1>${v('titel')}</h1>
</header>
<main>
<p>${v('gewist')} ${v('waarom', { minuten: o.minuten, wis: o.wis })} ${v('privacy')}</p>
<p>${v('opnieuw')}</p>
<p>${link(t('verlopen.website', { gemeente: o.gemeente }), o.website)}</p>
<p>${bel}</p>
</main>
</body>
</html>
`)
}
