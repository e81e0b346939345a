/**
 * The summary as a printable HTML page: one server-rendered document, its own stylesheet
 * and a tiny print script, both served from `/api/v1/samenvatting/`, so the CSP forbids inline code.
 * Every text is escaped with `escapeHtml`, the resident's own notes above all.
 */

import type { Samenvatting } from '../../contract/samenvatting.js'
import type { Vertaal } from '../i18n.js'
import { datumTekst } from '../weergave.js'
import { escapeHtml as e, veiligeLink } from './html.js'

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

const blok = (id: string, kop: string, inhoud: string, klasse = '') =>
  `<section class="blok${klasse ? ` ${klasse}` : ''}" aria-labelledby="${id}">
<h2 id="${id}">${e(kop)}</h2>
${inhoud}
</section>`

const lijst = (soort: 'ul' | 'ol', items: readonly string[], klasse = '') =>
  `<${soort}${klasse ? ` class="${klasse}"` : ''}>${items.map((i) => `<li>${e(i)}</li>`).join('')}</${soort}>`

/** The start of a page up to `</head>`: language and direction, never indexed, no referrer, our stylesheet. */
function begin(taal: string, richting: string, titel: string, metScript: boolean, stijl = STIJL_PAD): string {
  return `<!doctype html>
<html lang="${e(taal)}" dir="${e(richting)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${e(titel)}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${e(stijl)}">
${metScript ? `<script src="${SCRIPT_PAD}" defer></script>\n` : ''}</head>`
}

/** One full stop at the end: a date that ends in one ("2026 р.") does not get a second. */
const zin = (tekst: string) => tekst.replace(/\.\.$/, '.')

/** The `tel:` address of a phone number as people write it ("012 345 67 89"). */
const telLink = (telefoon: string) => `tel:${telefoon.replace(/[^\d+]/g, '')}`

/** A sentence as HTML, with the first of `links` ([text, address]) it contains made a link. */
function metLink(zin: string, links: readonly (readonly [string, string])[]): string {
  const html = e(zin)
  const gevonden = links.find(([tekst]) => tekst && html.includes(e(tekst)))
  return gevonden ? html.replace(e(gevonden[0]), link(gevonden[0], gevonden[1])) : html
}

/** An absolute link when the profile gives one that is safe; else the plain text. A phone number reads left to right, also in Arabic. */
function link(tekst: string, href: string | undefined): string {
  const veilig = href ? veiligeLink(href) : undefined
  if (!veilig) return e(tekst)
  return `<a href="${e(veilig)}"${veilig.startsWith('tel:') ? ' dir="ltr"' : ''}>${e(tekst)}</a>`
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
      ? `<section class="taaldeel taaldeel--nl" lang="${e(nederlands.s.taal)}" dir="${e(nederlands.s.richting)}" aria-labelledby="nl-taalkop">
${deel(nederlands.s, nederlands.t, opties, { voorvoegsel: 'nl-', printknop: false, tweetalig: false, kop: nederlands.t('pagina.nederlands') })}
</section>`
      : ''
  return `${begin(s.taal, s.richting, `${s.titel} - ${opties.gemeente}`, true, opties.stijl)}
<body>
<div class="taaldeel">
${eerste}
</div>
${tweede}
</body>
</html>
`
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
function deel(s: Samenvatting, t: Vertaal, opties: PaginaOpties, d: DeelOpties): string {
  const k = (sleutel: string) => t(`koppen.${sleutel}`)
  const l = (sleutel: string) => t(`labels.${sleutel}`)
  const sectie = (id: string, kop: string, inhoud: string, klasse = '') => blok(d.voorvoegsel + id, kop, inhoud, klasse)
  // One main landmark per page: the second language is a section of its own.
  const hoofd = d.voorvoegsel ? 'div' : 'main'

  const doelgroep = sectie(
    'doelgroep',
    k('doelgroep'),
    `<p>${e(s.doelgroep.tekst)}</p>${s.doelgroep.verwijzing ? `<p class="nadruk">${e(s.doelgroep.verwijzing)}</p>` : ''}`,
  )

  const passend = sectie(
    'passend',
    k('passend'),
    s.passend.length === 0
      ? `<p>${e(t('leeg.passend'))}</p>`
      : s.passend
          .map(
            (v) => `<div class="voorziening">
<h3>${e(v.naam)} <span class="artikel">(<bdi dir="ltr" lang="nl">${link(v.artikel, v.link)}</bdi>)</span></h3>
${v.uitleg ? `<p><strong>${e(l('waarom'))}</strong> ${e(v.uitleg)}</p>` : ''}
<p><strong>${e(l('betekenis'))}</strong> ${e(v.betekenis)}</p>
</div>`,
          )
          .join('\n'),
  )

  const vragen = openVragen(s)
  const open =
    s.open.length === 0
      ? ''
      : sectie(
          'open',
          k('open'),
          `<p>${e(t('openUitleg'))}</p>
<p><strong>${e(l('nogOpen'))}:</strong> ${e(s.open.map((v) => v.naam).join(', '))}.</p>
<table class="tabel tabel--antwoorden">
<thead><tr><th scope="col">${e(l('openVraag'))}</th><th scope="col">${e(l('nodigVoor'))}</th></tr></thead>
<tbody>${vragen
            .map(
              (v) =>
                `<tr><td>${e(v.tekst)}</td><td>${e(v.namen.length === s.open.length && s.open.length > 1 ? l('nodigVoorAlles') : v.namen.join(', '))}</td></tr>`,
            )
            .join('')}</tbody>
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
      ? `<p class="notities">${e(s.eigenNotities)}</p>`
      : `<p>${e(t('leeg.notities'))}</p><div class="schrijfruimte" aria-hidden="true"></div>`,
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
    `<p>${stappen.join(' ')}</p>
<p><strong>${e(l('adres'))}:</strong> ${e(c.organisatie)}, ${e(c.adres)}</p>`,
  )

  const antwoorden = sectie(
    'antwoorden',
    k('antwoorden'),
    `<table class="tabel tabel--antwoorden">
<thead><tr><th scope="col">${e(l('vraag'))}</th><th scope="col">${e(l('antwoord'))}</th></tr></thead>
<tbody>${s.antwoorden.map((a) => `<tr><td>${e(a.tekst)}</td><td>${e(a.label)}</td></tr>`).join('')}</tbody>
</table>`,
  )

  const niet =
    s.nietPassend.length === 0
      ? ''
      : sectie(
          'niet-passend',
          k('nietPassend'),
          `<table class="tabel tabel--smal">
<thead><tr><th scope="col">${e(l('voorziening'))}</th><th scope="col">${e(l('reden'))}</th></tr></thead>
<tbody>${s.nietPassend.map((v) => `<tr><td>${e(v.naam)}</td><td>${e(v.reden)}</td></tr>`).join('')}</tbody>
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
          `<dl class="begrippen">${s.begrippen.map((b) => `<dt>${e(b.naam)}</dt><dd>${e(b.uitleg)}</dd>`).join('')}</dl>`,
        )

  return `<header class="kop">
${d.kop ? `<p class="taalkop" id="${d.voorvoegsel}taalkop">${e(d.kop)}</p>\n` : ''}<p class="afzender">${e(t('pagina.werkwijzer', { gemeente: opties.gemeente }))}</p>
<h1>${e(s.titel)}</h1>
<p>${e(zin(t('pagina.gemaakt', { datum: datumTekst(s.datum, s.taal) })))} ${e(t('pagina.voorWie'))}</p>
<p class="besluit">${e(s.beslissing)}</p>
${s.klaar ? '' : `<p class="nadruk">${e(t('pagina.nietKlaar'))}</p>`}
${d.tweetalig ? `<p class="nadruk">${e(t('pagina.tweetalig'))}</p>\n` : ''}${d.printknop ? `<button type="button" class="knop" id="printen" hidden>${e(t('pagina.printen'))}</button>` : ''}
</header>
<${hoofd}>
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
</${hoofd}>
<footer class="voet">
<p>${e(s.bron)}</p>
<p>${e(s.beslissing)}</p>
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
  const v = (sleutel: string, waarden?: Record<string, unknown>) => e(t(`verlopen.${sleutel}`, waarden))
  const bel = metLink(t('verlopen.bellen', { telefoon: o.telefoon }), [[o.telefoon, telLink(o.telefoon)]])
  return `${begin(o.taal, o.richting, `${t('verlopen.titel')} - ${o.gemeente}`, false, o.stijl)}
<body>
<header class="kop">
<p class="afzender">${e(t('pagina.werkwijzer', { gemeente: o.gemeente }))}</p>
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
`
}
