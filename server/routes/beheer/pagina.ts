/**
 * The dashboard as one server-rendered HTML page: no script at all, so the CSP can forbid it.
 * Every chart has a table beside it with the same numbers.
 */
import { ONDERWERPEN } from '../../../flows/index.js'
import type { Omgeving } from '../../context.js'
import { type Html, html, raw, tekstVan } from '../../html.js'
import { type Aantal, MINDER_DAN, type Overzicht } from '../../statistieken/overzicht.js'
import { MENU } from '../../statistieken/types.js'
import { kolomdiagram, type Staaf, staafdiagram } from './grafiek.js'

export interface Formulier {
  readonly van: string
  readonly tot: string
  readonly onderwerp?: string
  /** Set when the token came in a form: the forms on the page send it again (no cookie is ever set). */
  readonly token?: string
}

type T = (sleutel: string, waarden?: Record<string, unknown>) => string
type Stuk = Html | Promise<Html>

/**
 * `gemeente`: whose figures, named in the heading when the installation has more than one; `stijl`: the
 * stylesheet in that gemeente's colours.
 */
function omhulsel(t: T, titel: string, inhoud: Stuk, gemeente?: string, stijl = '/beheer/beheer.css'): string {
  return tekstVan(html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${titel}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${stijl}">
</head>
<body>
<header><h1>${t('pagina.titel')}${gemeente ? ` - ${gemeente}` : ''}</h1></header>
<main>
${inhoud}
</main>
</body>
</html>`)
}

/** The page that asks for the token. */
export function loginPagina(omgeving: Omgeving, fout: boolean): string {
  const t = omgeving.teksten.t('nl', 'beheer')
  return omhulsel(
    t,
    `${t('pagina.loginKop')} - ${t('pagina.titel')}`,
    html`<h2>${t('pagina.loginKop')}</h2>
${fout ? html`<p class="melding" role="alert">${t('pagina.loginFout')}</p>` : ''}
<p class="uitleg">${t('pagina.loginUitleg')}</p>
<form class="login" method="post" action="/beheer">
<label for="token">${t('pagina.token')}<input id="token" name="token" type="password" autocomplete="current-password" required minlength="16"></label>
<div><button type="submit">${t('pagina.inloggen')}</button></div>
</form>`,
  )
}

/** The dashboard for one period. */
export function beheerPagina(
  omgeving: Omgeving,
  overzicht: Overzicht | undefined,
  formulier: Formulier,
  melding?: string,
) {
  const { teksten, gemeente } = omgeving
  const t = teksten.t('nl', 'beheer')
  const wie = (omgeving.gemeenten?.length ?? 1) > 1 ? gemeente.naam : undefined
  const stijl = wie ? `/beheer/beheer.css?gemeente=${encodeURIComponent(gemeente.id)}` : undefined
  const g = teksten.t('nl', 'gesprek')
  const r = teksten.t('nl', 'regels')
  const aantal = (a: Aantal) =>
    a === MINDER_DAN ? t('pagina.minderDan', { drempel: overzicht?.drempel ?? 5 }) : String(a)
  const vraagTekst = (id: string) => g(`vragen.${id}.tekst`, { gemeente: gemeente.naam })
  const onderwerpNaam = (o: string) => (o === MENU ? t('pagina.menu') : g(`keuzes.onderwerp.${o}`))
  const taalNaam = (code: string) => teksten.talen.find((x) => x.code === code)?.naam ?? code
  const verborgen = formulier.token ? html`<input type="hidden" name="token" value="${formulier.token}">` : ''
  const methode = formulier.token ? 'post' : 'get'

  // Wrapped in a focusable region: on a narrow phone a wide table scrolls on its own, by keyboard too.
  let tabellen = 0
  const tabel = (caption: string, koppen: string[], rijen: string[][]) =>
    html`<div class="tabel" role="region" tabindex="0" aria-labelledby="tabel-${++tabellen}"><table><caption id="tabel-${tabellen}">${caption}</caption><thead><tr>${koppen.map(
      (k, i) => html`<th scope="col"${i > 0 ? raw(' class="getal"') : ''}>${k}</th>`,
    )}</tr></thead><tbody>${rijen.map(
      (rij) =>
        html`<tr>${rij.map((cel, i) => (i === 0 ? html`<th scope="row">${cel}</th>` : html`<td class="getal">${cel}</td>`))}</tr>`,
    )}</tbody></table></div>`
  /** A chart (finished SVG markup from grafiek.ts) beside its table. */
  const paneel = (grafiek: Stuk, tabelHtml: Stuk) =>
    html`<div class="paneel"><div>${grafiek}</div><div>${tabelHtml}</div></div>`
  const enkel = (label: string, waarde: Aantal, klasse = 'staaf'): Staaf => ({
    label,
    delen: [{ waarde, klasse }],
    tekst: aantal(waarde),
  })

  const keuzes = [MENU, ...ONDERWERPEN].map(
    (o) => html`<option value="${o}"${formulier.onderwerp === o ? ' selected' : ''}>${onderwerpNaam(o)}</option>`,
  )

  const periodeForm = html`<section aria-labelledby="periode-kop">
<h2 id="periode-kop">${t('pagina.periodeKop')}</h2>
<p class="uitleg">${t('pagina.periodeUitleg')}</p>
<form class="periode" method="${methode}" action="/beheer">
${verborgen}
<label for="van">${t('pagina.van')}<input id="van" name="van" type="date" value="${formulier.van}" required></label>
<label for="tot">${t('pagina.tot')}<input id="tot" name="tot" type="date" value="${formulier.tot}" required></label>
<label for="onderwerp">${t('pagina.onderwerp')}<select id="onderwerp" name="onderwerp"><option value="">${t('pagina.alleOnderwerpen')}</option>${keuzes}</select></label>
<button type="submit">${t('pagina.toon')}</button>
</form>
</section>`
  if (!overzicht) {
    return omhulsel(
      t,
      t('pagina.titel'),
      html`${melding ? html`<p class="melding" role="alert">${melding}</p>` : ''}${periodeForm}`,
      wie,
      stijl,
    )
  }

  const csvVelden = [
    ['van', overzicht.van],
    ['tot', overzicht.tot],
    ...(overzicht.onderwerp ? [['onderwerp', overzicht.onderwerp]] : []),
  ]
  const csv = formulier.token
    ? html`<form method="post" action="/beheer/statistieken.csv">${verborgen}${csvVelden.map(
        ([k, v]) => html`<input type="hidden" name="${k ?? ''}" value="${v ?? ''}">`,
      )}<button type="submit" class="tweede">${t('pagina.download')}</button></form>`
    : html`<p><a href="/beheer/statistieken.csv?${new URLSearchParams(csvVelden as [string, string][]).toString()}">${t('pagina.download')}</a></p>`

  const { gesprekken, vorige } = overzicht
  const kern = html`<ul class="kerncijfers">${(
    [
      ['gestart', gesprekken.gestart, vorige.gesprekken.gestart],
      ['klaar', gesprekken.klaar, vorige.gesprekken.klaar],
      ['samenvattingen', gesprekken.samenvattingen, vorige.gesprekken.samenvattingen],
      ['gewist', gesprekken.gewist, vorige.gesprekken.gewist],
    ] as const
  ).map(
    ([k, v, oud]) =>
      html`<li><strong>${aantal(v)}</strong>${t(`pagina.${k}`)}<span class="vorige">${t('pagina.vorigeAantal', { aantal: aantal(oud) })}</span></li>`,
  )}</ul>`

  // Per ISO week: the smallest period anything is published for (docs/statistieken.md).
  const punten = overzicht.perWeek.map((w) => ({ label: w.week, gestart: w.gestart, klaar: w.klaar }))
  const hoogste = Math.max(overzicht.drempel, ...punten.map((p) => (typeof p.gestart === 'number' ? p.gestart : 0)))
  const trendTabel = tabel(
    t('pagina.trendWeekKop'),
    [t('pagina.week'), t('pagina.gestart'), t('pagina.klaar')],
    punten.map((p) => [p.label, aantal(p.gestart), aantal(p.klaar)]),
  )
  const trend = paneel(
    raw(
      kolomdiagram(
        punten.map((p) => ({ label: p.label, waarde: p.gestart })),
        `${t('pagina.trendWeekKop')}. ${t('pagina.grafiekLabel')}`,
        'trend-grafiek',
        String(hoogste),
      ),
    ),
    trendTabel,
  )

  const zichtbaar = overzicht.trechters.filter((tr) => tr.gestart !== MINDER_DAN)
  // A question that fewer than 5 reached would be a row of hidden cells: it says nothing, so it goes.
  const gezien = (v: { bereikt: Aantal }) => v.bereikt !== MINDER_DAN
  const trechters = zichtbaar.map((tr) => {
    const naam = onderwerpNaam(tr.onderwerp)
    const eind = t(tr.onderwerp === MENU ? 'pagina.gekozen' : 'pagina.klaar')
    const id = `trechter-${tr.onderwerp}`
    return html`<h3 id="${id}-kop">${naam}</h3>${paneel(
      raw(
        staafdiagram(
          [
            enkel(t('pagina.gestart'), tr.gestart),
            ...tr.vragen.filter(gezien).map((v) => enkel(vraagTekst(v.vraag), v.bereikt)),
            enkel(eind, tr.klaar),
          ],
          `${t('pagina.trechterKop')} ${naam}. ${t('pagina.grafiekLabel')}`,
          `${id}-grafiek`,
        ),
      ),
      tabel(
        `${t('pagina.trechterKop')} ${naam}`,
        [t('pagina.stap'), t('pagina.bereikt'), t('pagina.gestopt'), t('pagina.weetNiet')],
        [
          [t('pagina.gestart'), aantal(tr.gestart), '', ''],
          ...tr.vragen
            .filter(gezien)
            .map((v) => [vraagTekst(v.vraag), aantal(v.bereikt), aantal(v.gestopt), aantal(v.weetNiet)]),
          [eind, aantal(tr.klaar), '', ''],
        ],
      ),
    )}`
  })

  const oordelen = ['mogelijk', 'onbekend', 'niet'] as const
  const uitkomstStaven: Staaf[] = overzicht.uitkomsten.map((u) => ({
    label: r(`voorzieningen.${u.voorziening}.naam`),
    delen: oordelen.map((o) => ({ waarde: u[o], klasse: `staaf--${o}` })),
    tekst: '',
  }))
  const legenda = html`<ul class="legenda">${oordelen.map(
    (o) => html`<li><span class="${o}" aria-hidden="true"></span>${t(`pagina.${o}`)}</li>`,
  )}<li><span class="verborgen" aria-hidden="true"></span>${aantal(MINDER_DAN)}</li></ul>`
  const uitkomstTabel = tabel(
    t('pagina.uitkomstenKop'),
    [t('pagina.voorziening'), ...oordelen.map((o) => t(`pagina.${o}`))],
    overzicht.uitkomsten.map((u) => [r(`voorzieningen.${u.voorziening}.naam`), ...oordelen.map((o) => aantal(u[o]))]),
  )

  const klopt = [
    ['kloptJa', overzicht.klopt.ja],
    ['kloptEenBeetje', overzicht.klopt.eenBeetje],
    ['kloptNee', overzicht.klopt.nee],
  ] as const
  const kloptTabel = tabel(
    t('pagina.kloptKop'),
    [t('pagina.antwoord'), t('pagina.aantal')],
    klopt.map(([k, v]) => [t(`pagina.${k}`), aantal(v)]),
  )
  // A row of three hidden cells says nothing; leaving it out keeps the table short.
  const perUitkomst = overzicht.kloptPerUitkomst.filter((k) => [k.ja, k.eenBeetje, k.nee].some((a) => a !== MINDER_DAN))
  const kloptPerUitkomstTabel =
    perUitkomst.length === 0
      ? html`<p class="leeg">${t('pagina.teWeinig')}</p>`
      : tabel(
          t('pagina.kloptPerUitkomstKop'),
          [
            t('pagina.voorziening'),
            t('pagina.uitkomst'),
            t('pagina.kloptJa'),
            t('pagina.kloptEenBeetje'),
            t('pagina.kloptNee'),
          ],
          perUitkomst.map((k) => [
            r(`voorzieningen.${k.voorziening}.naam`),
            t(`pagina.${k.oordeel}`),
            aantal(k.ja),
            aantal(k.eenBeetje),
            aantal(k.nee),
          ]),
        )
  const redenen = overzicht.redenen.map((x) => [t(`pagina.redenen.${x.reden}`), x.aantal] as const)

  const acties = overzicht.acties.map((a) => [t(`pagina.acties.${a.actie}`), a.aantal] as const)
  const berichten = overzicht.berichten.map((b) => [t(`pagina.berichtSoorten.${b.soort}`), b.aantal] as const)
  const enkelPaneel = (kop: string, kolom: string, rijen: readonly (readonly [string, Aantal])[], id: string) =>
    paneel(
      raw(
        staafdiagram(
          rijen.map(([label, v]) => enkel(label, v)),
          `${kop}. ${t('pagina.grafiekLabel')}`,
          id,
        ),
      ),
      tabel(
        kop,
        [kolom, t('pagina.aantal')],
        rijen.map(([label, v]) => [label, aantal(v)]),
      ),
    )

  const leeg = html`<p class="leeg">${t('pagina.geenCijfers')}</p>`
  const inhoud = html`${melding ? html`<p class="melding" role="alert">${melding}</p>` : ''}
<p class="uitleg">${t('pagina.intro')}</p>
<section aria-labelledby="klein-kop" class="klein">
<h2 id="klein-kop">${t('pagina.kleinKop')}</h2>
<p class="uitleg">${t('pagina.drempel', { drempel: overzicht.drempel })} ${t('pagina.afronding', { afronding: overzicht.afronding })}</p>
</section>
${periodeForm}
<section aria-labelledby="gesprekken-kop">
<h2 id="gesprekken-kop">${t('pagina.gesprekkenKop')}</h2>
<p>${overzicht.perWeek.length === 0 ? t('pagina.geenWeek') : t('pagina.periodeTekst', { van: overzicht.van, tot: overzicht.tot })}${overzicht.onderwerp ? ` ${t('pagina.onderwerp')}: ${onderwerpNaam(overzicht.onderwerp)}.` : ''} ${t('pagina.vorigeTekst', { van: vorige.van, tot: vorige.tot })}</p>
${kern}
${csv}
</section>
<section aria-labelledby="trend-kop">
<h2 id="trend-kop">${t('pagina.trendKop')}</h2>
<p class="uitleg">${t('pagina.trendUitleg')}</p>
${trend}
</section>
<section aria-labelledby="trechter-kop">
<h2 id="trechter-kop">${t('pagina.trechterKop')}</h2>
<p class="uitleg">${t('pagina.trechterUitleg')} ${t('pagina.gestoptUitleg')} ${t('pagina.trechterWeinig', { drempel: overzicht.drempel })}</p>
${zichtbaar.length === 0 ? leeg : trechters}
</section>
<section aria-labelledby="uitkomsten-kop">
<h2 id="uitkomsten-kop">${t('pagina.uitkomstenKop')}</h2>
<p class="uitleg">${t('pagina.uitkomstenUitleg')}</p>
${paneel(
  html`${legenda}${raw(staafdiagram(uitkomstStaven, `${t('pagina.uitkomstenKop')}. ${t('pagina.grafiekLabel')}`, 'uitkomsten-grafiek'))}`,
  uitkomstTabel,
)}
<h3>${t('pagina.doelgroepKop')}</h3><p class="uitleg">${t('pagina.doelgroepUitleg')}</p>${tabel(
    t('pagina.doelgroepKop'),
    [t('pagina.verwijzing'), t('pagina.aantal')],
    overzicht.doelgroepNee.map((d) => [t(`pagina.verwijzingen.${d.verwijzing}`), aantal(d.aantal)]),
  )}
</section>
<section aria-labelledby="klopt-kop">
<h2 id="klopt-kop">${t('pagina.kloptKop')}</h2>
<p class="uitleg">${t('pagina.kloptUitleg')}</p>
${paneel(
  raw(
    staafdiagram(
      klopt.map(([k, v]) => enkel(t(`pagina.${k}`), v)),
      `${t('pagina.kloptKop')}. ${t('pagina.grafiekLabel')}`,
      'klopt-grafiek',
    ),
  ),
  kloptTabel,
)}
<h3>${t('pagina.kloptPerUitkomstKop')}</h3>
<p class="uitleg">${t('pagina.kloptPerUitkomstUitleg')}</p>
${kloptPerUitkomstTabel}
<h3>${t('pagina.redenenKop')}</h3>
<p class="uitleg">${t('pagina.redenenUitleg')}</p>
${enkelPaneel(t('pagina.redenenKop'), t('pagina.reden'), redenen, 'redenen-grafiek')}
</section>
<section aria-labelledby="acties-kop">
<h2 id="acties-kop">${t('pagina.actiesKop')}</h2>
<p class="uitleg">${t('pagina.actiesUitleg')} ${t('pagina.contactUitleg')}</p>
${enkelPaneel(t('pagina.actiesKop'), t('pagina.actie'), acties, 'acties-grafiek')}
<h3>${t('pagina.berichtenKop')}</h3>
<p class="uitleg">${t('pagina.berichtenUitleg')}</p>
${enkelPaneel(t('pagina.berichtenKop'), t('pagina.soort'), berichten, 'berichten-grafiek')}
</section>
<section aria-labelledby="verdeling-kop">
<h2 id="verdeling-kop">${t('pagina.perOnderwerpKop')}</h2>
<div class="paneel"><div>${tabel(
    t('pagina.perOnderwerpKop'),
    [t('pagina.onderwerp'), t('pagina.gestart'), t('pagina.klaar')],
    overzicht.perOnderwerp.map((o) => [onderwerpNaam(o.onderwerp), aantal(o.gestart), aantal(o.klaar)]),
  )}</div><div>${tabel(
    t('pagina.perTaalKop'),
    [t('pagina.taal'), t('pagina.gestart'), t('pagina.klaar')],
    overzicht.perTaal.map((x) => [taalNaam(x.taal), aantal(x.gestart), aantal(x.klaar)]),
  )}</div></div>
</section>`
  return omhulsel(t, t('pagina.titel'), inhoud, wie, stijl)
}
