/**
 * Issue 28: several gemeenten in one installation (GEMEENTEN). Each has its own name, rules model,
 * articles, phone number, figures and dashboard token; a request names its gemeente (body of
 * POST /gesprekken and /checks, `?gemeente=` elsewhere) or means the first; a conversation is only
 * reached through its own gemeente (another: 404, as if it did not exist); an unknown gemeente is a
 * Dutch 400 problem+json. With nothing set, one gemeente (Assen), as before.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { gemeenteId, leesEnv, leesGemeenteEnv, verdachteVariabelen } from '../server/env.js'
import { laadGemeente } from '../server/gemeente.js'
import { statistiekenPadVoor } from '../server/statistieken/index.js'
import { statSleutel } from '../server/statistieken/redis.js'
import { zonderRuis } from '../server/statistieken/ruis.js'
import { sqliteTeller } from '../server/statistieken/sqlite.js'
import { assen, testApp, vraag } from './helpers.js'
import { vulMetTestdata } from './statistieken-testdata.js'

const voorbeeldstad = laadGemeente('voorbeeldstad')
const TOKEN_ASSEN = 'token-van-assen-0123456789abcdef'
const TOKEN_VOORBEELDSTAD = 'token-van-voorbeeldstad-fedcba9876'
const SITE_VOORBEELDSTAD = 'https://www.voorbeeldstad.example'
const tellerAssen = sqliteTeller(':memory:')
const tellerVoorbeeldstad = sqliteTeller(':memory:')

/** Assen first (the default), Voorbeeldstad second with a website of its own. */
const app = testApp({
  teller: tellerAssen,
  beheerToken: TOKEN_ASSEN,
  gemeenten: [
    { gemeente: assen, teller: tellerAssen, beheerToken: TOKEN_ASSEN },
    {
      gemeente: voorbeeldstad,
      teller: tellerVoorbeeldstad,
      beheerToken: TOKEN_VOORBEELDSTAD,
      origins: [SITE_VOORBEELDSTAD],
    },
  ],
})

const start = (body: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles', ...body }, headers)

/** The article of a voorziening in a summary (open or fitting), as the resident reads it. */
async function artikelIn(id: string, voorziening: string, query = '') {
  const res = await vraag(app, 'GET', `/api/v1/gesprekken/${id}/samenvatting${query}`)
  expect(res.status).toBe(200)
  const alle = [...res.json.passend, ...res.json.open] as { voorziening: string; artikel: string }[]
  return alle.find((v) => v.voorziening === voorziening)?.artikel
}

describe('twee gemeenten in één app', () => {
  it('een gesprek voor de tweede gemeente noemt haar naam, telefoonnummer en regelmodel', async () => {
    const res = await start({ gemeente: 'voorbeeldstad' })
    expect(res.status).toBe(201)
    const tekst = JSON.stringify(res.json.berichten)
    expect(tekst).toContain('Voorbeeldstad')
    expect(tekst).toContain(voorbeeldstad.contact.telefoon)
    expect(tekst).not.toContain('Assen')
    expect(res.json.vraag.tekst).toBe('Woon je in Voorbeeldstad?')
    expect(res.json.regels.model).toBe('voorbeeldstad-2016')
    expect(res.json.regels.naam).toContain('Voorbeeldstad')
  })

  it('zonder gemeente is de eerste bedoeld: Assen, met haar nummer en model', async () => {
    const res = await start()
    expect(res.status).toBe(201)
    expect(JSON.stringify(res.json.berichten)).toContain(assen.contact.telefoon)
    expect(assen.contact.telefoon).not.toBe(voorbeeldstad.contact.telefoon)
    expect(res.json.vraag.tekst).toBe('Woon je in Assen?')
    expect(res.json.regels.model).toBe('assen-2015')
    const genoemd = await start({ gemeente: 'assen' })
    expect(genoemd.json.regels.model).toBe('assen-2015')
  })

  it('de artikelen zijn die van het eigen model (Voorbeeldstad nummert vanaf de werkstage één verder)', async () => {
    const v = await start({ gemeente: 'voorbeeldstad' })
    const a = await start()
    expect(await artikelIn(v.json.gesprek, 'werkstage')).toBe('art. 5')
    expect(await artikelIn(a.json.gesprek, 'werkstage')).toBe('art. 4')
    expect(await artikelIn(v.json.gesprek, 'scholing')).toBe('art. 8')
    expect(await artikelIn(a.json.gesprek, 'scholing')).toBe('art. 7')
  })

  it('POST /checks met gemeente gebruikt haar model; zonder, het model van de eerste', async () => {
    const situatie = { woontInGemeente: true, leeftijd: 30, uitkering: 'bijstand' }
    const v = await vraag(app, 'POST', '/api/v1/checks', { situatie, gemeente: 'voorbeeldstad' })
    const a = await vraag(app, 'POST', '/api/v1/checks', { situatie })
    expect(v.status).toBe(200)
    expect(a.status).toBe(200)
    expect(v.json.regels.model).toBe('voorbeeldstad-2016')
    expect(a.json.regels.model).toBe('assen-2015')
    const artikelen = (json: { uitkomsten: { voorziening: string; redenen: { artikel: string }[] }[] }) =>
      json.uitkomsten.find((u) => u.voorziening === 'werkstage')?.redenen.map((r) => r.artikel) ?? []
    expect(artikelen(v.json).some((x) => x.startsWith('art. 5'))).toBe(true)
    expect(artikelen(a.json).some((x) => x.startsWith('art. 4'))).toBe(true)
    // The same body again (from the cache of answers) still follows its gemeente.
    const weer = await vraag(app, 'POST', '/api/v1/checks', { situatie, gemeente: 'voorbeeldstad' })
    expect(weer.json.regels.model).toBe('voorbeeldstad-2016')
    const weerAssen = await vraag(app, 'POST', '/api/v1/checks', { situatie })
    expect(weerAssen.json.regels.model).toBe('assen-2015')
  })

  it('?gemeente= op wat bij geen gesprek hoort: profiel, teksten, voorzieningen, privacy', async () => {
    const profiel = await vraag(app, 'GET', '/api/v1/gemeente?gemeente=voorbeeldstad')
    expect(profiel.status).toBe(200)
    expect(profiel.json.naam).toBe('Voorbeeldstad')
    expect(profiel.json.contact.telefoon).toBe(voorbeeldstad.contact.telefoon)
    expect((await vraag(app, 'GET', '/api/v1/gemeente')).json.naam).toBe('Assen')

    const teksten = await vraag(app, 'GET', '/api/v1/teksten/nl?gemeente=voorbeeldstad')
    expect(teksten.status).toBe(200)
    expect(teksten.json.vragen.woontInGemeente.tekst).toBe('Woon je in Voorbeeldstad?')
    const tekstenAssen = await vraag(app, 'GET', '/api/v1/teksten/nl')
    expect(tekstenAssen.json.vragen.woontInGemeente.tekst).toBe('Woon je in Assen?')
    expect(teksten.headers.get('etag')).not.toBe(tekstenAssen.headers.get('etag'))

    const lijst = await vraag(app, 'GET', '/api/v1/voorzieningen?gemeente=voorbeeldstad')
    expect(lijst.json.voorzieningen.find((v: { id: string }) => v.id === 'werkstage').artikel).toBe('art. 5')

    const privacy = await app.request('/privacy?gemeente=voorbeeldstad')
    expect(privacy.status).toBe(200)
    const html = await privacy.text()
    expect(html).toContain('fg@voorbeeldstad.example')
    expect(await (await app.request('/privacy')).text()).not.toContain('fg@voorbeeldstad.example')
  })

  it('een gesprek weet zijn gemeente: lezen en verder gaan zonder ?gemeente= blijft Voorbeeldstad', async () => {
    const { json } = await start({ gemeente: 'voorbeeldstad' })
    const lees = await vraag(app, 'GET', `/api/v1/gesprekken/${json.gesprek}`)
    expect(lees.status).toBe(200)
    expect(lees.json.regels.model).toBe('voorbeeldstad-2016')
    const verder = await vraag(app, 'POST', `/api/v1/gesprekken/${json.gesprek}/antwoorden`, {
      vraag: 'woontInGemeente',
      waarde: true,
    })
    expect(verder.status).toBe(200)
    expect(verder.json.regels.model).toBe('voorbeeldstad-2016')
    const html = await app.request(`/api/v1/gesprekken/${json.gesprek}/samenvatting?formaat=html`)
    const pagina = await html.text()
    expect(pagina).toContain('Voorbeeldstad')
    expect(pagina).toContain('samenvatting.css?gemeente=voorbeeldstad')
  })
})

describe('een gesprek is alleen via zijn eigen gemeente te bereiken', () => {
  let id = ''
  beforeAll(async () => {
    id = (await start({ gemeente: 'voorbeeldstad' })).json.gesprek
  })

  it.each([
    ['GET', ''],
    ['GET', '/samenvatting'],
    ['POST', '/antwoorden'],
    ['POST', '/terug'],
    ['PUT', '/antwoorden/woontInGemeente'],
    ['PATCH', ''],
    ['PUT', '/notities'],
    ['POST', '/berichten'],
    ['POST', '/feedback'],
    ['DELETE', ''],
  ])('%s …%s met ?gemeente=assen: 404 zoals een gesprek dat niet bestaat', async (methode, pad) => {
    const body: Record<string, unknown> = {
      '/antwoorden': { vraag: 'woontInGemeente', waarde: true },
      '/antwoorden/woontInGemeente': { waarde: true },
      '': methode === 'PATCH' ? { taal: 'en' } : undefined,
      '/notities': { tekst: 'iets' },
      '/berichten': { tekst: 'ja' },
      '/feedback': { antwoord: 'ja' },
    }
    const res = await vraag(app, methode, `/api/v1/gesprekken/${id}${pad}?gemeente=assen`, body[pad])
    const nergens = await vraag(
      app,
      methode,
      `/api/v1/gesprekken/00000000-0000-4000-8000-000000000000${pad}?gemeente=assen`,
      body[pad],
    )
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(res.json.title).toBe('Gesprek niet gevonden')
    // Exactly the answer of a conversation that does not exist: nothing says it is there.
    expect(res.json.detail).toBe(nergens.json.detail)
  })

  it('na al die pogingen is het gesprek onveranderd, en via Voorbeeldstad gewoon te lezen', async () => {
    const res = await vraag(app, 'GET', `/api/v1/gesprekken/${id}?gemeente=voorbeeldstad`)
    expect(res.status).toBe(200)
    expect(res.json.antwoorden).toEqual([])
    expect(res.json.taal).toBe('nl')
    expect(res.json.vraag.id).toBe('woontInGemeente')
  })

  it('een website van Voorbeeldstad alleen (ALLOWED_ORIGINS_<ID>) bereikt Assen niet', async () => {
    const assenGesprek = (await start()).json.gesprek
    const vanSite = { Origin: SITE_VOORBEELDSTAD }
    expect((await vraag(app, 'GET', `/api/v1/gesprekken/${assenGesprek}`, undefined, vanSite)).status).toBe(404)
    expect((await vraag(app, 'GET', `/api/v1/gesprekken/${id}`, undefined, vanSite)).status).toBe(200)
    const ander = await start({ gemeente: 'assen' }, vanSite)
    expect(ander.status).toBe(403)
    expect(ander.json.detail).toContain(SITE_VOORBEELDSTAD)
    const eigen = await start({ gemeente: 'voorbeeldstad' }, vanSite)
    expect(eigen.status).toBe(201)
    expect(eigen.headers.get('access-control-allow-origin')).toBe(SITE_VOORBEELDSTAD)
  })
})

describe('een gemeente die de installatie niet heeft', () => {
  const verwacht = (res: Awaited<ReturnType<typeof vraag>>) => {
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(res.json.title).toBe('Onbekende gemeente')
    expect(res.json.detail).toBe('Deze gemeente hoort niet bij deze installatie. Kies uit: assen, voorbeeldstad.')
  }

  it('in de body van POST /gesprekken en /checks: 400 met de gemeenten die er zijn', async () => {
    const res = await start({ gemeente: 'nergensdorp' })
    verwacht(res)
    expect(res.json.errors[0]).toMatchObject({ in: 'body', location: { pointer: '/gemeente' } })
    verwacht(await vraag(app, 'POST', '/api/v1/checks', { situatie: {}, gemeente: 'nergensdorp' }))
  })

  it('met ?gemeente= op het profiel, de teksten, de voorzieningen en een gesprek: 400, nooit 500', async () => {
    const { json } = await start()
    for (const pad of [
      '/api/v1/gemeente?gemeente=nergensdorp',
      '/api/v1/teksten/nl?gemeente=nergensdorp',
      '/api/v1/voorzieningen?gemeente=nergensdorp',
      `/api/v1/gesprekken/${json.gesprek}?gemeente=nergensdorp`,
    ]) {
      const res = await vraag(app, 'GET', pad)
      verwacht(res)
      expect(res.json.errors[0]).toMatchObject({ in: 'query', location: { name: 'gemeente' } })
    }
  })

  it('twee verschillende gemeenten in body en query: 400', async () => {
    const res = await vraag(app, 'POST', '/api/v1/gesprekken?gemeente=assen', { gemeente: 'voorbeeldstad' })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].detail).toContain('één keer')
  })

  it('in het Engels als de inwoner Engels vraagt', async () => {
    const res = await vraag(app, 'GET', '/api/v1/gemeente?gemeente=nergensdorp', undefined, {
      'Accept-Language': 'en',
    })
    expect(res.status).toBe(400)
    expect(res.json.title).toBe('Unknown municipality')
  })
})

describe('cijfers en dashboard per gemeente', () => {
  const PERIODE = 'van=2026-10-26&tot=2026-11-22'
  // An app of its own, so the counts are exactly what this block did.
  const tellerA = sqliteTeller(':memory:')
  const tellerV = sqliteTeller(':memory:')
  // Counted on a Wednesday, read when that week has ended (only whole weeks are shown), without noise
  // (the noise has its own tests), so the figures are exactly what was counted.
  let dag = '2026-11-18'
  const cijferApp = testApp({
    vandaag: () => dag,
    statistiekRuis: zonderRuis,
    gemeenten: [
      { gemeente: assen, teller: tellerA, beheerToken: TOKEN_ASSEN },
      { gemeente: voorbeeldstad, teller: tellerV, beheerToken: TOKEN_VOORBEELDSTAD },
    ],
  })
  beforeAll(async () => {
    vulMetTestdata(tellerA)
    await tellerA.leeg()
    for (let i = 0; i < 12; i++) {
      const res = await vraag(cijferApp, 'POST', '/api/v1/gesprekken', { gemeente: 'voorbeeldstad' })
      expect(res.status).toBe(201)
    }
    await tellerV.leeg()
    dag = '2026-11-30'
  })

  const lees = (token: string, query = '') =>
    vraag(cijferApp, 'GET', `/api/v1/statistieken?${PERIODE}${query}`, undefined, { Authorization: `Bearer ${token}` })

  it('elk token opent de cijfers van zijn eigen gemeente, en alleen die', async () => {
    const a = await lees(TOKEN_ASSEN)
    const v = await lees(TOKEN_VOORBEELDSTAD)
    expect(a.status).toBe(200)
    expect(v.status).toBe(200)
    // Assen: the 371 of the test data, rounded to 10; Voorbeeldstad: its own 12, rounded to 10.
    expect(a.json.gesprekken.gestart).toBe(370)
    expect(v.json.gesprekken.gestart).toBe(10)
    const gestart = async (teller: typeof tellerA) =>
      (await teller.lees('2026-10-26', '2026-11-22'))
        .filter((r) => r.sleutel === 'gestart')
        .reduce((som, r) => som + r.aantal, 0)
    expect(await gestart(tellerV)).toBe(12)
    expect(await gestart(tellerA)).toBe(371)
  })

  it('een token met de naam van de andere gemeente: 401', async () => {
    expect((await lees(TOKEN_ASSEN, '&gemeente=voorbeeldstad')).status).toBe(401)
    expect((await lees(TOKEN_VOORBEELDSTAD, '&gemeente=assen')).status).toBe(401)
    expect((await lees(TOKEN_VOORBEELDSTAD, '&gemeente=voorbeeldstad')).status).toBe(200)
  })

  it('het dashboard noemt de gemeente van het token; de CSV ook', async () => {
    const pagina = await cijferApp.request(`/beheer?${PERIODE}`, {
      headers: { Authorization: `Bearer ${TOKEN_VOORBEELDSTAD}`, Accept: 'text/html' },
    })
    expect(pagina.status).toBe(200)
    const html = await pagina.text()
    expect(html).toMatch(/<h1>[^<]*Voorbeeldstad<\/h1>/)
    const assenPagina = await cijferApp.request(`/beheer?${PERIODE}`, {
      headers: { Authorization: `Bearer ${TOKEN_ASSEN}`, Accept: 'text/html' },
    })
    expect(await assenPagina.text()).toMatch(/<h1>[^<]*Assen<\/h1>/)
    const csv = await cijferApp.request(`/beheer/statistieken.csv?${PERIODE}`, {
      headers: { Authorization: `Bearer ${TOKEN_VOORBEELDSTAD}` },
    })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-disposition')).toContain('werkwijzer-cijfers-voorbeeldstad-')
  })

  it('elk dashboard in de kleuren van zijn eigen gemeente', async () => {
    const html = await (
      await cijferApp.request(`/beheer?${PERIODE}`, {
        headers: { Authorization: `Bearer ${TOKEN_VOORBEELDSTAD}`, Accept: 'text/html' },
      })
    ).text()
    const link = html.match(/<link rel="stylesheet" href="([^"]+)">/)?.[1] ?? ''
    expect(link).toBe('/beheer/beheer.css?gemeente=voorbeeldstad')
    const eigen = await (await cijferApp.request(link)).text()
    expect(eigen).toContain(voorbeeldstad.thema.kleurPrimair)
    expect(eigen).not.toContain(assen.thema.kleurPrimair)
    const eerste = await (await cijferApp.request('/beheer/beheer.css')).text()
    expect(eerste).toContain(assen.thema.kleurPrimair)
  })
})

describe('zonder instellingen: één gemeente, Assen', () => {
  const enkel = testApp()

  it('GET /gemeente is Assen; gemeente "assen" mag genoemd worden, een andere niet', async () => {
    expect((await vraag(enkel, 'GET', '/api/v1/gemeente')).json.naam).toBe('Assen')
    expect((await vraag(enkel, 'POST', '/api/v1/gesprekken', { gemeente: 'assen' })).status).toBe(201)
    const andere = await vraag(enkel, 'POST', '/api/v1/gesprekken', { gemeente: 'voorbeeldstad' })
    expect(andere.status).toBe(400)
    expect(andere.json.detail).toBe('Deze gemeente hoort niet bij deze installatie. Kies uit: assen.')
  })

  it('de omgeving zonder GEMEENTE(N) is één gemeente: assen', () => {
    const env = leesEnv({})
    expect(env.GEMEENTE).toBe('assen')
    expect(env.GEMEENTEN).toEqual(['assen'])
  })
})

describe('GEMEENTEN en de instellingen per gemeente', () => {
  it('GEMEENTEN is de lijst, de eerste is GEMEENTE; ook met paden', () => {
    const env = leesEnv({ GEMEENTEN: 'assen, /etc/werkwijzer/voorbeeldstad.json' })
    expect(env.GEMEENTEN).toEqual(['assen', '/etc/werkwijzer/voorbeeldstad.json'])
    expect(env.GEMEENTE).toBe('assen')
    expect(env.GEMEENTEN.map(gemeenteId)).toEqual(['assen', 'voorbeeldstad'])
  })

  it('in productie volstaat GEMEENTEN; zonder beide stopt de start', () => {
    expect(leesEnv({ NODE_ENV: 'production', GEMEENTEN: 'assen,voorbeeldstad' }).GEMEENTEN).toHaveLength(2)
    expect(() => leesEnv({ NODE_ENV: 'production' })).toThrow(/GEMEENTE: verplicht in productie.*GEMEENTEN=/)
  })

  it.each([
    [{ GEMEENTE: 'assen', GEMEENTEN: 'assen,voorbeeldstad' }, /GEMEENTEN: GEMEENTE \(assen\) staat er ook/],
    [{ GEMEENTEN: 'assen,assen' }, /GEMEENTEN: gemeente assen staat er twee keer in/],
    [{ GEMEENTEN: 'assen,/etc/x/assen.json' }, /gemeente assen staat er twee keer in/],
    [{ GEMEENTEN: 'assen,../voorbeeldstad' }, /GEMEENTEN: "..\/voorbeeldstad" is geen id/],
    [{ GEMEENTEN: ' , ' }, /GEMEENTEN: geen gemeente genoemd/],
  ])('%o wordt geweigerd met een Nederlandse melding', (bron, melding) => {
    expect(() => leesEnv(bron)).toThrow(melding)
  })

  it('BEHEER_TOKEN_<ID> en ALLOWED_ORIGINS_<ID> per gemeente', () => {
    const lijst = leesGemeenteEnv(
      {
        BEHEER_TOKEN_ASSEN: TOKEN_ASSEN,
        BEHEER_TOKEN_VOORBEELDSTAD: TOKEN_VOORBEELDSTAD,
        ALLOWED_ORIGINS_VOORBEELDSTAD: `${SITE_VOORBEELDSTAD}/, https://werk.voorbeeldstad.example`,
      },
      ['assen', 'voorbeeldstad'],
      undefined,
    )
    expect(lijst).toEqual([
      { id: 'assen', beheerToken: TOKEN_ASSEN },
      {
        id: 'voorbeeldstad',
        beheerToken: TOKEN_VOORBEELDSTAD,
        origins: [SITE_VOORBEELDSTAD, 'https://werk.voorbeeldstad.example'],
      },
    ])
  })

  it('met één gemeente is BEHEER_TOKEN haar token', () => {
    expect(leesGemeenteEnv({}, ['assen'], TOKEN_ASSEN)).toEqual([{ id: 'assen', beheerToken: TOKEN_ASSEN }])
    expect(leesGemeenteEnv({ BEHEER_TOKEN_ASSEN: TOKEN_ASSEN }, ['assen'], undefined)).toEqual([
      { id: 'assen', beheerToken: TOKEN_ASSEN },
    ])
  })

  it.each([
    [
      {},
      ['assen', 'voorbeeldstad'],
      TOKEN_ASSEN,
      /BEHEER_TOKEN: met meer gemeenten heeft elke gemeente haar eigen token/,
    ],
    [
      { BEHEER_TOKEN_ASSEN: TOKEN_ASSEN, BEHEER_TOKEN_VOORBEELDSTAD: TOKEN_ASSEN },
      ['assen', 'voorbeeldstad'],
      undefined,
      /BEHEER_TOKEN_VOORBEELDSTAD: hetzelfde token als BEHEER_TOKEN_ASSEN/,
    ],
    [{ BEHEER_TOKEN_ASSEN: TOKEN_ASSEN }, ['assen'], TOKEN_ASSEN, /BEHEER_TOKEN_ASSEN: BEHEER_TOKEN staat er ook/],
    [{ BEHEER_TOKEN_VOORBEELDSTAD: 'kort' }, ['assen', 'voorbeeldstad'], undefined, /BEHEER_TOKEN_VOORBEELDSTAD/],
    [{ ALLOWED_ORIGINS_ASSEN: '*' }, ['assen'], undefined, /ALLOWED_ORIGINS_ASSEN: "\*" is geen origin/],
  ])('%o wordt geweigerd', (bron, ids, token, melding) => {
    expect(() => leesGemeenteEnv(bron, ids, token)).toThrow(melding)
  })

  it('de variabelen van de eigen gemeenten zijn bekend; die van een andere worden genoemd', () => {
    const bron = { BEHEER_TOKEN_VOORBEELDSTAD: 'x', ALLOWED_ORIGINS_ASEN: 'y' }
    expect(verdachteVariabelen(bron, ['assen', 'voorbeeldstad'])).toEqual([
      { naam: 'ALLOWED_ORIGINS_ASEN', bedoeld: 'ALLOWED_ORIGINS_ASSEN' },
    ])
    expect(verdachteVariabelen(bron, ['assen']).map((v) => v.naam)).toContain('BEHEER_TOKEN_VOORBEELDSTAD')
  })

  it('de cijfers van een gemeente na de eerste staan apart: een eigen bestand, een eigen voorvoegsel', () => {
    expect(statistiekenPadVoor('data/statistieken.db')).toBe('data/statistieken.db')
    expect(statistiekenPadVoor('data/statistieken.db', 'voorbeeldstad')).toBe('data/statistieken-voorbeeldstad.db')
    expect(statistiekenPadVoor('/var/lib/ww.v2/cijfers', 'voorbeeldstad')).toBe('/var/lib/ww.v2/cijfers-voorbeeldstad')
    expect(statistiekenPadVoor(':memory:', 'voorbeeldstad')).toBe(':memory:')
    expect(statSleutel()).toBe('werkwijzer:stat:')
    expect(statSleutel('voorbeeldstad')).toBe('werkwijzer:stat:voorbeeldstad:')
  })
})
