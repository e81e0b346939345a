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
  it('geeft de cijfers van de periode, onder 5 als "minder dan 5"', async () => {
    const res = await vraag(app, 'GET', `/api/v1/statistieken?${PERIODE}`, undefined, metToken)
    expect(res.status).toBe(200)
    expect(res.json.gesprekken).toEqual({ gestart: 173, klaar: 90, samenvattingen: 27, gewist: 6 })
    expect(res.json.klopt).toEqual({ ja: 33, eenBeetje: 12, nee: 'minder dan 5' })
    expect(res.json.vragen[1]).toEqual({ vraag: 'leeftijd', bereikt: 131, beantwoord: 122, gestopt: 9, weetNiet: 6 })
    expect(res.json.doelgroepNee).toEqual([
      { verwijzing: 'uwv', aantal: 8 },
      { verwijzing: 'andere-gemeente', aantal: 'minder dan 5' },
    ])
    expect(res.headers.get('api-version')).toBeTruthy()
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
    expect(res.tekst.match(/<svg /g)).toHaveLength(3)
    expect(res.tekst).toContain(
      '<th scope="row">Hoe oud ben je?</th><td class="getal">131</td><td class="getal">9</td>',
    )
    expect(res.tekst).toContain('<th scope="row">Nee</th><td class="getal">minder dan 5</td>')
    expect(res.tekst).toContain('<th scope="row">Werkstage</th><td class="getal">31</td><td class="getal">12</td>')
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
    expect(tekst).toContain('2026-11-01;2026-11-22;vraag;leeftijd;gestopt;9')
    expect(tekst).toContain('2026-11-01;2026-11-22;klopt;nee;aantal;minder dan 5')
  })

  it('de stylesheet is openbaar en alleen CSS', async () => {
    const res = await app.request('/beheer/beheer.css')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/css')
  })
})
