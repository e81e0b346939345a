/** Issue 10: who may read the figures, and what `/beheer` and `/api/v1/statistieken` show. */
import { beforeAll, describe, expect, it } from 'vitest'
import { sqliteTeller } from '../server/statistieken/sqlite.js'
import { testApp, vraag } from './helpers.js'
import { vulMetTestdata } from './statistieken-testdata.js'

const TOKEN = 'een-geheim-beheertoken-van-32-tekens'
const teller = sqliteTeller(':memory:')
const app = testApp({ teller, beheerToken: TOKEN })
const metToken = { Authorization: `Bearer ${TOKEN}` }
const PERIODE = 'van=2026-11-01&tot=2026-11-22'

beforeAll(async () => {
  vulMetTestdata(teller)
  await teller.leeg()
})

describe('toegang', () => {
  it.each([
    ['/api/v1/statistieken', {}],
    ['/api/v1/statistieken', { Authorization: 'Bearer fout-fout-fout-fout-fout' }],
    ['/api/v1/statistieken', { Authorization: `Basic ${TOKEN}` }],
    ['/beheer', {}],
    ['/beheer', { Authorization: `Bearer ${TOKEN}x` }],
    ['/beheer/statistieken.csv', { Authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
  ])('%s zonder goed token: 401 problem+json met WWW-Authenticate', async (pad, headers) => {
    const res = await vraag(app, 'GET', pad, undefined, headers)
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
    expect(res.json.detail).toContain('beheertoken')
  })

  it('zonder ingesteld token staan beheer en cijfers uit: 404 met een duidelijke zin', async () => {
    const uit = testApp({ teller })
    for (const pad of ['/beheer', '/api/v1/statistieken']) {
      const res = await vraag(uit, 'GET', pad, undefined, metToken)
      expect(res.status).toBe(404)
      expect(res.json.detail).toContain('BEHEER_TOKEN')
    }
  })

  it('een browser zonder token krijgt het inlogformulier (401), zonder cookie', async () => {
    const res = await vraag(app, 'GET', '/beheer', undefined, { Accept: 'text/html' })
    expect(res.status).toBe(401)
    expect(res.tekst).toContain('type="password"')
    expect(res.headers.get('set-cookie')).toBeNull()
  })

  it('het token uit het formulier geeft meteen de pagina, zonder cookie; een fout token niet', async () => {
    const post = (token: string) =>
      app.request('/beheer', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html' },
        body: new URLSearchParams({ token, van: '2026-11-01', tot: '2026-11-22' }).toString(),
      })
    const goed = await post(TOKEN)
    expect(goed.status).toBe(200)
    expect(goed.headers.get('set-cookie')).toBeNull()
    expect(goed.headers.get('cache-control')).toBe('no-store')
    expect(await goed.text()).toContain('Cijfers van Werkwijzer')
    const fout = await post('bijna-goed-maar-niet-helemaal')
    expect(fout.status).toBe(401)
    expect(await fout.text()).toContain('Dit token klopt niet')
  })
})

describe('GET /api/v1/statistieken', () => {
  const lees = async (query = PERIODE) => {
    const res = await vraag(app, 'GET', `/api/v1/statistieken?${query}`, undefined, metToken)
    expect(res.status).toBe(200)
    expect(res.headers.get('api-version')).toBeTruthy()
    return res.json
  }

  it('geeft de cijfers van de periode: onder 5 "minder dan 5", de rest afgerond op 10', async () => {
    const json = await lees()
    // Exact: 371 started, 90 finished, 27 summaries, 6 erased.
    expect(json.gesprekken).toEqual({ gestart: 370, klaar: 90, samenvattingen: 30, gewist: 10 })
    expect(json.afronding).toBe(10)
    expect(json.klopt).toEqual({ ja: 30, eenBeetje: 10, nee: 10 })
    expect(json.doelgroepNee).toEqual([
      { verwijzing: 'uwv', aantal: 10 },
      { verwijzing: 'andere-gemeente', aantal: 'minder dan 5' },
      { verwijzing: 'onderwijs', aantal: 'minder dan 5' },
      { verwijzing: 'aow', aantal: 'minder dan 5' },
      { verwijzing: 'geen', aantal: 'minder dan 5' },
    ])
  })

  it('per dag en per ISO-week, en de periode ervoor om te vergelijken', async () => {
    const json = await lees()
    expect(json.perDag).toHaveLength(22)
    expect(json.perDag.find((d: { dag: string }) => d.dag === '2026-11-20')).toEqual({
      dag: '2026-11-20',
      gestart: 170,
      klaar: 90,
    })
    // 2 conversations on 17 November: hidden, not 0 and not 2.
    expect(json.perDag.find((d: { dag: string }) => d.dag === '2026-11-17')).toEqual({
      dag: '2026-11-17',
      gestart: 'minder dan 5',
      klaar: 'minder dan 5',
    })
    expect(json.perDag.find((d: { dag: string }) => d.dag === '2026-11-22').gestart).toBe('minder dan 5')
    // 1 November 2026 is a Sunday: the last day of ISO week 44.
    expect(json.perWeek.map((w: { week: string; van: string; tot: string }) => [w.week, w.van, w.tot])).toEqual([
      ['2026-W44', '2026-11-01', '2026-11-01'],
      ['2026-W45', '2026-11-02', '2026-11-08'],
      ['2026-W46', '2026-11-09', '2026-11-15'],
      ['2026-W47', '2026-11-16', '2026-11-22'],
    ])
    expect(json.vorige).toEqual({
      van: '2026-10-10',
      tot: '2026-10-31',
      gesprekken: {
        gestart: 'minder dan 5',
        klaar: 'minder dan 5',
        samenvattingen: 'minder dan 5',
        gewist: 'minder dan 5',
      },
    })
    const later = await lees('van=2026-11-20&tot=2026-11-22')
    // The three days before: 17, 18 and 19 November (2, 9 and 13 started): 24, shown as 20.
    expect(later.vorige).toMatchObject({ van: '2026-11-17', tot: '2026-11-19', gesprekken: { gestart: 20 } })
  })

  it('uitval per onderwerp, met de vragen in de volgorde van het gesprek', async () => {
    const json = await lees()
    const werkstage = json.trechters.find((t: { onderwerp: string }) => t.onderwerp === 'werkstage')
    // 22 chose werkstage in the menu, 9 started there directly; 19 reached the end.
    expect(werkstage.gestart).toBe(30)
    expect(werkstage.klaar).toBe(20)
    const gezien = werkstage.vragen.filter((v: { bereikt: unknown }) => v.bereikt !== 'minder dan 5')
    expect(gezien.map((v: { vraag: string }) => v.vraag)).toEqual([
      'woontInGemeente',
      'leeftijd',
      'uitkering',
      'maandenUitkering',
      'afstandTotArbeidsmarkt',
    ])
    // Exactly 31, 30, 27, 24 and 21.
    expect(gezien.map((v: { bereikt: number }) => v.bereikt)).toEqual([30, 30, 30, 20, 20])
    // Within one onderwerp the line of questions only falls, and nothing exceeds its own start:
    // no other onderwerp is mixed in.
    for (const t of json.trechters) {
      const getallen = (lijst: unknown[]) => lijst.filter((a): a is number => typeof a === 'number')
      const lijn = getallen(t.vragen.map((v: { bereikt: unknown }) => v.bereikt))
      for (let i = 1; i < lijn.length; i++)
        expect(lijn[i], t.onderwerp).toBeLessThanOrEqual((lijn[i - 1] as number) + 10)
      if (typeof t.gestart === 'number')
        for (const n of getallen([...lijn, t.klaar])) expect(n, t.onderwerp).toBeLessThanOrEqual(t.gestart)
    }
    const menu = json.trechters.find((t: { onderwerp: string }) => t.onderwerp === 'menu')
    expect(menu).toMatchObject({ gestart: 30, klaar: 20, vragen: [{ vraag: 'onderwerp', bereikt: 30, gestopt: 10 }] })
  })

  it('wat mensen nog meer doen, getypte berichten per soort, en "klopt dit?" per uitkomst met redenen', async () => {
    const json = await lees()
    const alsMap = (lijst: { aantal: unknown }[], sleutel: string) =>
      Object.fromEntries(lijst.map((x) => [(x as Record<string, unknown>)[sleutel], x.aantal]))
    expect(alsMap(json.acties, 'actie')).toEqual({
      medewerker: 30,
      bel: 10,
      livechat: 10,
      mail: 'minder dan 5',
      waarom: 40,
      'wat-is-dat': 20,
      taal: 10,
      opnieuw: 10,
      wis: 10,
      inline: 100,
      launcher: 40,
    })
    expect(alsMap(json.berichten, 'soort')).toMatchObject({
      antwoord: 30,
      uitleg: 10,
      persoonsgegevens: 'minder dan 5',
    })
    expect(alsMap(json.redenen, 'reden')).toEqual({
      'past-niet': 10,
      'snap-niet': 10,
      'mis-hulp': 'minder dan 5',
      'anders-verwacht': 'minder dan 5',
      'andere-reden': 'minder dan 5',
    })
    expect(json.kloptPerUitkomst).toContainEqual({
      voorziening: 'werkstage',
      oordeel: 'mogelijk',
      ja: 20,
      eenBeetje: 'minder dan 5',
      nee: 'minder dan 5',
    })
    expect(json.kloptPerUitkomst).toContainEqual({
      voorziening: 'werkstage',
      oordeel: 'niet',
      ja: 'minder dan 5',
      eenBeetje: 'minder dan 5',
      nee: 10,
    })
  })

  it('standaard de laatste 30 dagen tot vandaag', async () => {
    const res = await vraag(app, 'GET', '/api/v1/statistieken', undefined, metToken)
    expect([res.json.van, res.json.tot]).toEqual(['2026-10-24', '2026-11-22'])
  })

  it.each([
    ['van=2026-11-31', 'van', 'verkeerde-vorm'],
    ['van=22-11-2026', 'van', 'verkeerde-vorm'],
    ['van=2026-11-22&tot=2026-11-01', 'van', 'van-na-tot'],
    ['van=2024-01-01&tot=2026-01-01', 'van', 'te-lang'],
    ['onderwerp=iets', 'onderwerp', 'geen-keuze'],
  ])('%s: 400 in het Nederlands', async (query, naam, code) => {
    const res = await vraag(app, 'GET', `/api/v1/statistieken?${query}`, undefined, metToken)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(res.json.errors[0]).toMatchObject({ in: 'query', location: { name: naam }, code })
    expect(res.json.errors[0].detail).toMatch(/^[A-Z].+\.$/)
  })

  it('staat in het OpenAPI-document, met het Bearer-schema', async () => {
    const doc = (await vraag(app, 'GET', '/api/v1/openapi.json')).json
    expect(doc.paths['/statistieken'].get.security).toEqual([{ beheerToken: [] }])
    expect(doc.components.securitySchemes.beheerToken).toMatchObject({ type: 'http', scheme: 'bearer' })
    expect(doc.paths['/gesprekken/{id}/feedback'].post.responses).toHaveProperty('409')
  })
})

describe('/beheer', () => {
  it('toont de cijfers van de testdata, met tabellen naast de grafieken en een strikte CSP', async () => {
    const res = await vraag(app, 'GET', `/beheer?${PERIODE}`, undefined, metToken)
    expect(res.status).toBe(200)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("style-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(res.tekst).not.toMatch(/<script|style=/)
    // Every chart has a table with the same caption beside it.
    const grafieken = res.tekst.match(/<svg /g) ?? []
    const tabellen = res.tekst.match(/<table>/g) ?? []
    expect(grafieken.length).toBeGreaterThanOrEqual(9)
    expect(tabellen.length).toBeGreaterThanOrEqual(grafieken.length)
    expect(res.tekst).toContain(
      '<th scope="row">Hoe oud ben je?</th><td class="getal">130</td><td class="getal">10</td>',
    )
    expect(res.tekst).toContain('<th scope="row">Werkstage</th><td class="getal">30</td><td class="getal">10</td>')
  })

  it('laat de trend zien, de uitval per onderwerp, contact en "klopt dit?" per uitkomst', async () => {
    const { tekst } = await vraag(app, 'GET', `/beheer?${PERIODE}`, undefined, metToken)
    expect(tekst).toContain('<h2 id="trend-kop">Per dag en per week</h2>')
    expect(tekst).toContain('<th scope="row">2026-11-20</th><td class="getal">170</td><td class="getal">90</td>')
    expect(tekst).toContain('Vorige periode: minder dan 5')
    expect(tekst).toContain('<h3 id="trechter-werkstage-kop">Werkstage</h3>')
    expect(tekst).toContain('<h3 id="trechter-menu-kop">')
    expect(tekst).toContain('<th scope="row">Op het telefoonnummer getikt</th><td class="getal">10</td>')
    expect(tekst).toContain('<th scope="row">Het past niet bij mijn situatie</th><td class="getal">10</td>')
    expect(tekst).toMatch(/<th scope="row">Werkstage<\/th><td class="getal">Niet mogelijk<\/td>/)
    // How small numbers are treated is said on the page, and a hidden count is drawn as hidden.
    expect(tekst).toContain('Alle andere getallen ronden we af op 10')
    expect(tekst).toContain('class="staaf--verborgen"')
  })

  it('een verborgen aantal is een stippelrand, geen lege of nul-balk', async () => {
    const { tekst } = await vraag(app, 'GET', `/beheer?${PERIODE}`, undefined, metToken)
    const klopt = tekst.slice(
      tekst.indexOf('id="redenen-grafiek"'),
      tekst.indexOf('</svg>', tekst.indexOf('id="redenen-grafiek"')),
    )
    // Five reasons: two shown as bars, three hidden, each with a visible outline.
    expect(klopt.match(/class="staaf"/g)).toHaveLength(2)
    expect(klopt.match(/class="staaf--verborgen"[^>]*width="(\d+(\.\d+)?)"/g)).toHaveLength(3)
    expect(klopt.match(/minder dan 5/g)).toHaveLength(3)
  })

  it('een onmogelijke periode: 400 met de reden op de pagina', async () => {
    const res = await vraag(app, 'GET', '/beheer?van=2026-11-22&tot=2026-11-01', undefined, metToken)
    expect(res.status).toBe(400)
    expect(res.tekst).toContain('De begindatum ligt na de einddatum')
  })

  it('de CSV heeft dezelfde cijfers, en "minder dan 5" onder de drempel', async () => {
    const res = await app.request(`/beheer/statistieken.csv?${PERIODE}`, { headers: metToken })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const tekst = new TextDecoder().decode(bytes)
    expect(tekst.split('\r\n')[0]).toBe('van;tot;categorie;naam;meting;aantal')
    expect(tekst).toContain('2026-11-01;2026-11-22;vraag;alles/leeftijd;gestopt;10')
    expect(tekst).toContain('2026-11-01;2026-11-22;klopt;nee;aantal;10')
    expect(tekst).toContain('2026-11-01;2026-11-22;dag;2026-11-17;gestart;minder dan 5')
    expect(tekst).toContain('2026-11-01;2026-11-22;week;2026-W47;gestart;')
    expect(tekst).toContain('2026-11-01;2026-11-22;actie;bel;aantal;10')
    expect(tekst).toContain('2026-11-01;2026-11-22;klopt-per-uitkomst;werkstage/niet;nee;10')
    expect(tekst).toContain('2026-11-01;2026-11-22;reden-nee;past-niet;aantal;10')
    expect(tekst).toContain('2026-11-01;2026-11-22;vorige-periode;2026-10-10/2026-10-31;gestart;minder dan 5')
  })

  it('de stylesheet is openbaar en alleen CSS', async () => {
    const res = await app.request('/beheer/beheer.css')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/css')
  })
})
