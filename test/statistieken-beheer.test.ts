/** Issue 10: who may read the figures, and what `/beheer` and `/api/v1/statistieken` show. */
import { beforeAll, describe, expect, it } from 'vitest'
import { zonderRuis } from '../server/statistieken/ruis.js'
import { sqliteTeller } from '../server/statistieken/sqlite.js'
import { testApp, vraag } from './helpers.js'
import { vulMetTestdata } from './statistieken-testdata.js'

const TOKEN = 'een-geheim-beheertoken-van-32-tekens'
const teller = sqliteTeller(':memory:')
/**
 * Read on Monday 23 November 2026, the day after the last week of the test data ended, and without
 * noise: these tests are about what is shown and how. The noise itself: test/statistieken-aanval.test.ts.
 */
const app = testApp({ teller, beheerToken: TOKEN, vandaag: () => '2026-11-23', statistiekRuis: zonderRuis })
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

  it('per hele ISO-week die voorbij is, en even veel weken ervoor om te vergelijken', async () => {
    const json = await lees()
    expect(json).not.toHaveProperty('perDag')
    // 1 November 2026 is a Sunday: its whole week (from 26 October) counts; 22 November ends week 47.
    expect([json.van, json.tot]).toEqual(['2026-10-26', '2026-11-22'])
    expect(json.gevraagd).toEqual({ van: '2026-11-01', tot: '2026-11-22' })
    expect(json.perWeek).toEqual([
      // 7 on 1 November.
      { week: '2026-W44', van: '2026-10-26', tot: '2026-11-01', gestart: 10, klaar: 'minder dan 5' },
      // 11 + 15 + 8 + 12 + 16 + 9 + 13 = 84 (the test data's days 18 to 12 before 20 November).
      { week: '2026-W45', van: '2026-11-02', tot: '2026-11-08', gestart: 80, klaar: 'minder dan 5' },
      // 6 + 10 + 14 + 7 + 11 + 15 + 8 = 71.
      { week: '2026-W46', van: '2026-11-09', tot: '2026-11-15', gestart: 70, klaar: 'minder dan 5' },
      // The busy day (173 started directly) and 12, 2, 9 and 13 on the days before it.
      { week: '2026-W47', van: '2026-11-16', tot: '2026-11-22', gestart: 210, klaar: 90 },
    ])
    expect(json.vorige).toEqual({
      van: '2026-09-28',
      tot: '2026-10-25',
      gesprekken: {
        gestart: 'minder dan 5',
        klaar: 'minder dan 5',
        samenvattingen: 'minder dan 5',
        gewist: 'minder dan 5',
      },
    })
    const later = await lees('van=2026-11-20&tot=2026-11-22')
    // The week before: 9 to 15 November (8, 15, 11, 7, 14, 10 and 6 started): 71, shown as 70.
    expect(later.vorige).toMatchObject({ van: '2026-11-09', tot: '2026-11-15', gesprekken: { gestart: 70 } })
    // A week that is still going is not shown at all.
    const nu = await lees('van=2026-11-23&tot=2026-11-23')
    expect(nu.perWeek).toEqual([])
    expect(nu.gesprekken.gestart).toBe('minder dan 5')
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

  it('standaard de laatste vier hele weken', async () => {
    const res = await vraag(app, 'GET', '/api/v1/statistieken', undefined, metToken)
    expect([res.json.van, res.json.tot]).toEqual(['2026-10-26', '2026-11-22'])
    expect(res.json.perWeek).toHaveLength(4)
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
    expect(tekst).toContain('<h2 id="trend-kop">Per week</h2>')
    expect(tekst).toContain('<th scope="row">2026-W47</th><td class="getal">210</td><td class="getal">90</td>')
    expect(tekst).toContain('Vorige periode: minder dan 5')
    expect(tekst).toContain('<h3 id="trechter-werkstage-kop">Werkstage</h3>')
    expect(tekst).toContain('<h3 id="trechter-menu-kop">')
    expect(tekst).toContain('<th scope="row">Op het telefoonnummer getikt</th><td class="getal">10</td>')
    expect(tekst).toContain('<th scope="row">Het past niet bij mijn situatie</th><td class="getal">10</td>')
    expect(tekst).toMatch(/<th scope="row">Werkstage<\/th><td class="getal">Niet mogelijk<\/td>/)
    // How small numbers are treated is said on the page, and a hidden count is drawn as hidden.
    expect(tekst).toContain('Alle andere getallen ronden we daarna af op 10')
    expect(tekst).toContain('Elk getal per week krijgt een kleine vaste afwijking.')
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
    expect(tekst).toContain('2026-10-26;2026-11-22;vraag;alles/leeftijd;gestopt;10')
    expect(tekst).toContain('2026-10-26;2026-11-22;klopt;nee;aantal;10')
    expect(tekst).toContain('2026-10-26;2026-11-22;week;2026-W47;gestart;')
    expect(tekst).toContain('2026-10-26;2026-11-22;actie;bel;aantal;10')
    expect(tekst).toContain('2026-10-26;2026-11-22;klopt-per-uitkomst;werkstage/niet;nee;10')
    expect(tekst).toContain('2026-10-26;2026-11-22;reden-nee;past-niet;aantal;10')
    expect(tekst).toContain('2026-10-26;2026-11-22;vorige-periode;2026-09-28/2026-10-25;gestart;minder dan 5')
  })

  it('de stylesheet is openbaar en alleen CSS', async () => {
    const res = await app.request('/beheer/beheer.css')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/css')
  })
})
