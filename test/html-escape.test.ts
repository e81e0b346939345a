/**
 * The pages made with hono's `html` tag escape every value: a `<script>` in a text, a name, an address
 * or a note reaches the page as text, on each converted page (demo, summary, expired summary link, privacy,
 * the dashboard and its login).
 */
import { describe, expect, it } from 'vitest'
import type { Samenvatting } from '../contract/samenvatting.js'
import type { Omgeving } from '../server/context.js'
import { beheerPagina, loginPagina } from '../server/routes/beheer/pagina.js'
import { privacyPagina } from '../server/routes/privacy/index.js'
import { leesOverzicht } from '../server/routes/statistieken/index.js'
import { demoPagina } from '../server/routes/widget/pagina.js'
import { samenvattingPagina, verlopenPagina } from '../server/samenvatting/pagina.js'
import { zonderRuis } from '../server/statistieken/ruis.js'
import { sqliteTeller } from '../server/statistieken/sqlite.js'
import { geheugenStore } from '../server/store/geheugen.js'
import { assen, teksten } from './helpers.js'
import { vulMetTestdata } from './statistieken-testdata.js'

const GEVAAR = `<script>alert("x")</script>&'`
const VEILIG = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;'

/** Every `<script` on the page is one we put there (the page's own script tags). */
const scripts = (pagina: string) => pagina.match(/<script/g)?.length ?? 0

describe('HTML van de server ontsnapt elke waarde', () => {
  it('de demopagina: tekst, naam van de gemeente, id en scriptadres', () => {
    const t = (sleutel: string) => (sleutel === 'demo.titel' ? GEVAAR : teksten.t('nl', 'widget')(sleutel))
    const pagina = demoPagina(t, GEVAAR, `/widget.js?a=1&b="><script>`, `x"><script>`)
    expect(pagina).toContain(`<title>${VEILIG} - `)
    expect(pagina).toContain('gemeente="x&quot;&gt;&lt;script&gt;"')
    expect(pagina).toContain('<script src="/widget.js?a=1&amp;b=&quot;&gt;&lt;script&gt;" defer></script>')
    expect(scripts(pagina)).toBe(1)
    // Ordinary text stays as it was.
    expect(demoPagina(teksten.t('nl', 'widget'), 'Assen', '/widget.js')).toContain(
      '<title>Werk en inkomen - Gemeente Assen</title>',
    )
  })

  it('de samenvatting: elke tekst, ook links, contact en notities', () => {
    const s: Samenvatting = {
      gesprek: 'g',
      lezer: 'inwoner',
      taal: 'nl',
      richting: 'ltr',
      titel: GEVAAR,
      datum: '2026-11-23',
      klaar: true,
      doelgroep: { oordeel: 'ja', tekst: GEVAAR, verwijzing: GEVAAR },
      antwoorden: [{ vraag: 'leeftijd', tekst: GEVAAR, label: GEVAAR }],
      passend: [
        {
          voorziening: 'werkstage',
          naam: GEVAAR,
          artikel: GEVAAR,
          link: 'https://x.nl/?a="b"',
          uitleg: GEVAAR,
          betekenis: GEVAAR,
        },
      ],
      open: [
        { voorziening: 'scholing', naam: GEVAAR, artikel: 'art. 1', vragen: [{ feit: 'leeftijd', tekst: GEVAAR }] },
      ],
      nietPassend: [{ voorziening: 'bemiddeling', naam: GEVAAR, artikel: 'art. 2', reden: GEVAAR }],
      aandachtspunten: [{ artikel: 'art. 3', uitleg: GEVAAR }],
      rechten: [{ artikel: 'art. 4', uitleg: GEVAAR }],
      vragenVoorConsulent: [{ sleutel: 'a', tekst: GEVAAR }],
      meenemen: [{ sleutel: 'b', tekst: GEVAAR }],
      begrippen: [{ naam: GEVAAR, uitleg: GEVAAR }],
      volgendeStappen: [`Bel ${GEVAAR} op 0592 26 66 62.`],
      contact: {
        organisatie: GEVAAR,
        telefoon: '0592 26 66 62',
        website: 'https://www.assen.nl',
        email: 'info@assen.nl',
        adres: GEVAAR,
        openingstijden: GEVAAR,
      },
      eigenNotities: GEVAAR,
      regels: { naam: 'r', versie: '1', peildatum: '2026-11-23' },
      bron: GEVAAR,
      beslissing: GEVAAR,
    }
    const pagina = samenvattingPagina(s, teksten.t('nl', 'samenvatting'), {
      gemeente: GEVAAR,
      stijl: `x.css"><script>`,
    })
    expect(scripts(pagina)).toBe(1)
    expect(pagina).not.toContain('alert("x")')
    expect(pagina.split(VEILIG).length - 1).toBeGreaterThan(20)
    expect(pagina).toContain(`<p class="notities">${VEILIG}</p>`)
    expect(pagina).toContain('<a href="tel:0592266662" dir="ltr">0592 26 66 62</a>')
    expect(pagina).toContain('<a href="https://x.nl/?a=&quot;b&quot;">')
  })

  it('de pagina voor een oude link', () => {
    const pagina = verlopenPagina(teksten.t('nl', 'samenvatting'), {
      taal: 'nl"><script>',
      richting: 'ltr',
      gemeente: GEVAAR,
      website: 'https://www.assen.nl/?a=1&b=2',
      telefoon: '0592 26 66 62',
      minuten: 60,
      wis: GEVAAR,
    })
    expect(scripts(pagina)).toBe(0)
    expect(pagina).toContain('<html lang="nl&quot;&gt;&lt;script&gt;" dir="ltr">')
    expect(pagina).toContain(VEILIG)
    expect(pagina).toContain('href="https://www.assen.nl/?a=1&amp;b=2"')
  })

  it('de privacyverklaring: naam van de gemeente, profielteksten en links', () => {
    const gemeente = {
      ...assen,
      naam: GEVAAR,
      privacy: {
        ...assen.privacy,
        verwerkingsverantwoordelijke: { nl: GEVAAR },
        fg: { naam: GEVAAR, email: 'fg@assen.nl', telefoon: '0592 26 66 62' },
        privacyverklaringGemeente: 'https://www.assen.nl/privacy?a=1&b="2"',
      },
    }
    const omgeving: Omgeving = {
      gemeente,
      teksten,
      vandaag: () => '2026-11-22',
      basisUrl: 'http://localhost:8787',
      store: geheugenStore({ max: 10, ttlMs: 60_000 }),
    }
    const instellingen = { bewaarMinuten: 60, bewaarMaxUur: 24, statistiekenBewaarDagen: 396, alleenGeheugen: true }
    for (const taal of teksten.talen) {
      const pagina = privacyPagina(omgeving, taal, instellingen)
      expect(scripts(pagina), taal.code).toBe(0)
      expect(pagina, taal.code).toContain(VEILIG)
      expect(pagina, taal.code).toContain('href="https://www.assen.nl/privacy?a=1&amp;b=&quot;2&quot;"')
      expect(pagina, taal.code).toContain('<a href="tel:0592266662" dir="ltr">0592 26 66 62</a>')
    }
  })

  it('het dashboard en zijn login: naam van de gemeente, melding, token en periode', () => {
    const gemeente = { ...assen, naam: GEVAAR }
    const omgeving: Omgeving = {
      gemeente,
      teksten,
      vandaag: () => '2026-11-22',
      basisUrl: 'http://localhost:8787',
      store: geheugenStore({ max: 10, ttlMs: 60_000 }),
      gemeenten: [{ gemeente }, { gemeente: assen }],
    }
    const pagina = beheerPagina(
      omgeving,
      undefined,
      { van: `2026"><script>`, tot: '2026-11-22', token: GEVAAR },
      GEVAAR,
    )
    expect(scripts(pagina)).toBe(0)
    expect(pagina).toContain(`<p class="melding" role="alert">${VEILIG}</p>`)
    expect(pagina).toContain(`<input type="hidden" name="token" value="${VEILIG}">`)
    expect(pagina).toContain('value="2026&quot;&gt;&lt;script&gt;"')
    expect(pagina).toContain(` - ${VEILIG}</h1>`)
    expect(scripts(loginPagina(omgeving, true))).toBe(0)
  })

  it('het dashboard met cijfers: de naam van de gemeente in de vragen van de grafieken en tabellen', async () => {
    const teller = sqliteTeller(':memory:')
    vulMetTestdata(teller)
    await teller.leeg()
    const gemeente = { ...assen, naam: GEVAAR }
    const omgeving: Omgeving = {
      gemeente,
      teksten,
      vandaag: () => '2026-11-23',
      basisUrl: 'http://localhost:8787',
      store: geheugenStore({ max: 10, ttlMs: 60_000 }),
      teller,
      statistiekRuis: zonderRuis,
    }
    const overzicht = await leesOverzicht(omgeving, '2026-10-20', '2026-11-23')
    const pagina = beheerPagina(omgeving, overzicht, { van: '2026-10-20', tot: '2026-11-23' })
    expect(pagina).toContain('<svg class="grafiek"')
    expect(scripts(pagina)).toBe(0)
    // "Woon je in de gemeente …?" names the gemeente: in a chart's label and in its table.
    expect(pagina).toMatch(/<text class="grafiek__label"[^>]*>[^<]*&lt;script&gt;/)
    expect(pagina).toMatch(/<th scope="row">[^<]*&lt;script&gt;alert\(&quot;x&quot;\)/)
  })
})
