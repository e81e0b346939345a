/**
 * Issue 6: the summary a resident takes to the consulent meeting, and their own notes.
 * Personas walk the `alles` conversation through the API (answering from their situatie, `null` when
 * the fact is missing); the summary must show what `evaluate` decided, never decide anything itself.
 */
import { describe, expect, it } from 'vitest'
import { evaluate, type Situatie } from '../rules/index.js'
import { html, tekstVan } from '../server/html.js'
import { schoneNotities, wilHtml } from '../server/routes/samenvatting/index.js'
import { veiligeLink } from '../server/samenvatting/html.js'
import { type GelezenUitkomst, meenemen, vragenVoorConsulent } from '../server/samenvatting/kies.js'
import personas from './cases/personas.json' with { type: 'json' }
import { assen, type TestApp, testApp, vraag } from './helpers.js'
import { ASSEN } from './regelmodel.js'

interface Persona {
  readonly naam: string
  readonly peildatum: string
  readonly situatie: Situatie
}

const PERSONAS = personas as unknown as Persona[]
const persona = (begin: string): Persona => {
  const p = PERSONAS.find((x) => x.naam.startsWith(begin))
  if (!p) throw new Error(`geen persona ${begin}`)
  return p
}

/** Walks the `alles` conversation for a persona; returns the conversation id. */
async function doorloop(app: TestApp, p: Persona, taal = 'nl'): Promise<string> {
  let { json } = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles', taal })
  const id: string = json.gesprek
  for (let i = 0; !json.klaar && i < 40; i++) {
    const { id: vraagId, feit } = json.vraag
    const waarde = feit && feit in p.situatie ? p.situatie[feit as keyof Situatie] : null
    const stap = await vraag(app, 'POST', `/api/v1/gesprekken/${id}/antwoorden`, { vraag: vraagId, waarde })
    expect(stap.status).toBe(200)
    json = stap.json
  }
  expect(json.klaar).toBe(true)
  return id
}

const samenvatting = async (app: TestApp, id: string) => {
  const res = await vraag(app, 'GET', `/api/v1/gesprekken/${id}/samenvatting`)
  expect(res.status).toBe(200)
  return res.json
}

describe('GET /gesprekken/{id}/samenvatting (JSON)', () => {
  const app = testApp()

  it.each(PERSONAS.map((p) => [p.naam, p] as const))('%s', async (_naam, p) => {
    const s = await samenvatting(app, await doorloop(app, p))
    const evaluatie = evaluate(p.situatie, p.peildatum, ASSEN)
    const met = (oordeel: string) => evaluatie.uitkomsten.filter((u) => u.oordeel === oordeel).map((u) => u.voorziening)
    // Exactly what the rules decided, each with its article and a reason in words.
    expect(s.passend.map((v: { voorziening: string }) => v.voorziening)).toEqual(met('mogelijk'))
    expect(s.open.map((v: { voorziening: string }) => v.voorziening)).toEqual(met('onbekend'))
    expect(s.nietPassend.map((v: { voorziening: string }) => v.voorziening)).toEqual(met('niet'))
    for (const v of s.passend) {
      expect(v.artikel).toMatch(/^(Pw )?art\. \d+/)
      expect(v.naam).not.toContain('.')
      expect(v.betekenis.length).toBeGreaterThan(20)
    }
    for (const v of s.nietPassend) expect(v.reden.length).toBeGreaterThan(10)
    for (const v of s.open) for (const q of v.vragen) expect(q.tekst).toMatch(/\?/)
    expect(s.vragenVoorConsulent.length).toBeGreaterThanOrEqual(3)
    expect(s.meenemen.length).toBeGreaterThanOrEqual(2)
    expect(s.antwoorden.length).toBeGreaterThan(0)
    expect(s.regels.naam).toBe(assen.regelmodel.naam)
    expect(s.bron).toContain(assen.regelmodel.naam)
    expect(s.beslissing).toMatch(/geen besluit.*college/i)
    expect(s.datum).toBe('2026-11-22')
    // No amount or duration beyond what the sources give (docs/regels-uitleg.md, keuzes 3, 4, 13).
    // The reasons come from the rules; the words this summary adds say no amount or duration.
    const eigen = JSON.stringify([
      s.passend.map((v: { betekenis: string }) => v.betekenis),
      s.vragenVoorConsulent,
      s.meenemen,
    ])
    expect(eigen).not.toMatch(/€|\d+\s*(maanden|weken|uur)|recht op/)
  })

  it('Fatima (kind van 3, loonwaarde): vraag over kinderopvang en loonwaardemeting; brieven over haar beperking mee', async () => {
    const s = await samenvatting(app, await doorloop(app, persona('Fatima')))
    const vragen = s.vragenVoorConsulent.map((v: { sleutel: string }) => v.sleutel)
    expect(vragen).toEqual(expect.arrayContaining(['kinderopvang', 'loonwaardemeting', 'uitkering']))
    expect(s.vragenVoorConsulent.find((v: { sleutel: string }) => v.sleutel === 'kinderopvang').tekst).toMatch(
      /kinderopvang/i,
    )
    const mee = s.meenemen.map((m: { sleutel: string }) => m.sleutel)
    expect(mee).toEqual(expect.arrayContaining(['identiteitsbewijs', 'uitkeringsbrief', 'brievenBeperking']))
    expect(
      s.passend.find((v: { voorziening: string }) => v.voorziening === 'loonkostensubsidie-loonwaarde'),
    ).toBeTruthy()
  })

  it('Samira (participatieplaats): vragen over de premie en hoe lang het duurt', async () => {
    const s = await samenvatting(app, await doorloop(app, persona('Samira')))
    const vragen = s.vragenVoorConsulent.map((v: { sleutel: string; tekst: string }) => v.sleutel)
    expect(vragen).toEqual(expect.arrayContaining(['participatieplaatsPremie', 'participatieplaatsDuur']))
    expect(vragen).not.toContain('kinderopvang')
    expect(JSON.stringify(s.vragenVoorConsulent)).toMatch(/premie/)
    expect(s.passend.find((v: { voorziening: string }) => v.voorziening === 'participatieplaats').artikel).toBe(
      'art. 8',
    )
  })

  it('Kees (beschut werk): vraag hoe je beschut werk aanvraagt; brieven van dokter of UWV mee', async () => {
    const s = await samenvatting(app, await doorloop(app, persona('Kees')))
    expect(s.vragenVoorConsulent.map((v: { sleutel: string }) => v.sleutel)).toContain('beschutWerk')
    expect(s.meenemen.map((m: { sleutel: string }) => m.sleutel)).toContain('brievenBeperking')
  })

  it('Petra (UWV): de verwijzing staat erbij, en de eerste vraag is waar ze wel terecht kan', async () => {
    const s = await samenvatting(app, await doorloop(app, persona('Petra')))
    expect(s.doelgroep).toMatchObject({ oordeel: 'nee', verwijzing: expect.stringContaining('UWV') })
    expect(s.vragenVoorConsulent[0].sleutel).toBe('verwijzing')
  })

  it('volgende stappen en contact komen uit het gemeenteprofiel, niet uit de code', async () => {
    const anders = {
      ...assen,
      naam: 'Testdorp',
      contact: {
        ...assen.contact,
        organisatie: 'Werkpunt Testdorp',
        telefoon: '0800 1234',
        livechat: 'https://chat.test.nl',
      },
    }
    const app2 = testApp({ gemeente: anders })
    const s = await samenvatting(app2, await doorloop(app2, persona('Samira')))
    expect(s.contact).toMatchObject({ organisatie: 'Werkpunt Testdorp', telefoon: '0800 1234' })
    expect(s.volgendeStappen.join(' ')).toContain('0800 1234')
    expect(s.volgendeStappen.join(' ')).toContain('https://chat.test.nl')
    expect(JSON.stringify(s)).not.toContain('14 0592')
  })

  it('midden in een gesprek: klaar is false, en wat nog open is staat erbij', async () => {
    const { json } = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' })
    const s = await samenvatting(app, json.gesprek)
    expect(s.klaar).toBe(false)
    expect(s.passend).toEqual([])
    expect(s.open.length).toBeGreaterThan(0)
  })

  it('onbekend gesprek: 404 problem+json met de weg terug', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'geen-id']) {
      for (const accept of [{}, { Accept: 'application/json, text/html' }] as Record<string, string>[]) {
        const res = await vraag(app, 'GET', `/api/v1/gesprekken/${id}/samenvatting`, undefined, accept)
        expect(res.status).toBe(404)
        expect(res.headers.get('Content-Type')).toContain('application/problem+json')
        expect(res.json.detail).toContain('/api/v1/gesprekken')
      }
    }
  })

  it('onbekend gesprek in de browser: 404 met een pagina die zegt waarom en de weg terug, in de taal van de vraag', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'geen-id']) {
      const res = await vraag(app, 'GET', `/api/v1/gesprekken/${id}/samenvatting`, undefined, { Accept: 'text/html' })
      expect(res.status).toBe(404)
      expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
      expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
      expect(res.headers.get('Cache-Control')).toBe('no-store')
      expect(res.tekst).toContain('<html lang="nl" dir="ltr">')
      expect(res.tekst).toContain('<h1>Dit overzicht is er niet meer</h1>')
      expect(res.tekst).toContain('60 minuten')
      expect(res.tekst).toContain('&quot;Wis mijn gegevens&quot;')
      expect(res.tekst).toContain('<a href="tel:140592" dir="ltr">14 0592</a>')
      expect(res.tekst).toContain('<a href="https://www.assen.nl">')
    }
    const ar = await vraag(app, 'GET', '/api/v1/gesprekken/geen-id/samenvatting?formaat=html', undefined, {
      'Accept-Language': 'ar',
    })
    expect(ar.status).toBe(404)
    expect(ar.tekst).toContain('<html lang="ar" dir="rtl">')
    expect(ar.tekst).toContain('احذف بياناتي')
    expect(ar.headers.get('Content-Language')).toBe('ar')
    const kort = await vraag(
      testApp({ bewaarMinuten: 15 }),
      'GET',
      '/api/v1/gesprekken/geen-id/samenvatting',
      undefined,
      {
        Accept: 'text/html',
      },
    )
    expect(kort.tekst).toContain('15 minuten')
  })

  it('staat in het OpenAPI-document, met de pagina als text/html', async () => {
    const { json } = await vraag(app, 'GET', '/api/v1/openapi.json')
    const lees = json.paths['/gesprekken/{id}/samenvatting'].get
    expect(Object.keys(lees.responses[200].content)).toEqual(['application/json', 'text/html'])
    expect(lees.responses[404].content).toHaveProperty(['application/problem+json'])
    expect(json.paths['/gesprekken/{id}/notities'].put.responses).toHaveProperty('400')
  })
})

describe('PUT /gesprekken/{id}/notities', () => {
  const app = testApp()

  it('bewaart platte tekst, laat hem zien in de samenvatting, en wist hem met het gesprek', async () => {
    const id = await doorloop(app, persona('Mo'))
    const tekst = 'Vragen over mijn rooster.\r\nEn over de bus.\u0007'
    const res = await vraag(app, 'PUT', `/api/v1/gesprekken/${id}/notities`, { tekst })
    expect(res.status).toBe(200)
    expect(res.json).toEqual({ gesprek: id, eigenNotities: 'Vragen over mijn rooster.\nEn over de bus.' })
    expect((await samenvatting(app, id)).eigenNotities).toBe('Vragen over mijn rooster.\nEn over de bus.')
    await vraag(app, 'PUT', `/api/v1/gesprekken/${id}/notities`, { tekst: '  ' })
    expect((await samenvatting(app, id)).eigenNotities).toBeUndefined()
    await vraag(app, 'PUT', `/api/v1/gesprekken/${id}/notities`, { tekst: 'weer iets' })
    expect((await vraag(app, 'DELETE', `/api/v1/gesprekken/${id}`)).status).toBe(204)
    expect((await vraag(app, 'GET', `/api/v1/gesprekken/${id}/samenvatting`)).status).toBe(404)
  })

  it('2000 tekens mag; 2001 niet: 400 problem+json met een Nederlandse uitleg', async () => {
    const { json } = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' })
    const pad = `/api/v1/gesprekken/${json.gesprek}/notities`
    expect((await vraag(app, 'PUT', pad, { tekst: 'a'.repeat(2000) })).status).toBe(200)
    const te = await vraag(app, 'PUT', pad, { tekst: 'a'.repeat(2001) })
    expect(te.status).toBe(400)
    expect(te.headers.get('Content-Type')).toContain('application/problem+json')
    expect(te.json.errors).toEqual([
      expect.objectContaining({ in: 'body', location: { pointer: '/tekst' }, code: 'te-lang' }),
    ])
    expect(te.json.errors[0].detail).toContain('hoogstens 2000 tekens')
    expect((await samenvatting(app, json.gesprek)).eigenNotities).toBe('a'.repeat(2000))
  })

  it('een BSN in de notities: 400 met code bsn en een Nederlandse uitleg; er wordt niets bewaard', async () => {
    const { json } = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' })
    const pad = `/api/v1/gesprekken/${json.gesprek}/notities`
    expect((await vraag(app, 'PUT', pad, { tekst: 'Vragen over de bus.' })).status).toBe(200)
    // 111222333 passes the elfproef; written with dots or spaces too.
    for (const tekst of ['Mijn BSN is 111222333.', 'bsn 111.222.333', 'nummer 111 222 333 graag']) {
      const res = await vraag(app, 'PUT', pad, { tekst })
      expect(res.status, tekst).toBe(400)
      expect(res.json.errors).toEqual([
        expect.objectContaining({ in: 'body', location: { pointer: '/tekst' }, code: 'bsn' }),
      ])
      expect(res.json.errors[0].detail).toBe('Dit lijkt op een BSN. Een BSN hoort niet in je notities: haal het weg.')
    }
    expect((await samenvatting(app, json.gesprek)).eigenNotities).toBe('Vragen over de bus.')
    // Nine digits that fail the elfproef are no BSN (a phone number without its 0, an amount).
    expect((await vraag(app, 'PUT', pad, { tekst: 'Bedrag 123456789 euro?' })).status).toBe(200)
  })

  it('verkeerde soort of een onbekend veld: 400; onbekend gesprek: 404', async () => {
    const { json } = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' })
    const pad = `/api/v1/gesprekken/${json.gesprek}/notities`
    expect((await vraag(app, 'PUT', pad, { tekst: 12 })).json.errors[0].code).toBe('verkeerde-soort')
    expect((await vraag(app, 'PUT', pad, {})).status).toBe(400)
    expect((await vraag(app, 'PUT', pad, { tekst: 'x', html: '<b>' })).status).toBe(400)
    const onbekend = await vraag(app, 'PUT', '/api/v1/gesprekken/00000000-0000-4000-8000-000000000000/notities', {
      tekst: 'x',
    })
    expect(onbekend.status).toBe(404)
    expect(onbekend.headers.get('Content-Type')).toContain('application/problem+json')
  })
})

describe('de pagina (HTML)', () => {
  const app = testApp()
  const GEVAAR = '<script>alert(1)</script> & <img src=x onerror=alert(1)> "\'\n'

  it('met Accept: text/html of ?formaat=html: strikte CSP, nosniff, no-store, lang en dir, notities als tekst', async () => {
    const id = await doorloop(app, persona('Fatima'))
    await vraag(app, 'PUT', `/api/v1/gesprekken/${id}/notities`, { tekst: GEVAAR })
    for (const [pad, headers] of [
      [`/api/v1/gesprekken/${id}/samenvatting`, { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }],
      [`/api/v1/gesprekken/${id}/samenvatting?formaat=html`, {}],
    ] as const) {
      const res = await vraag(app, 'GET', pad, undefined, headers)
      expect(res.status).toBe(200)
      expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
      const csp = res.headers.get('Content-Security-Policy') ?? ''
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("style-src 'self'")
      expect(csp).not.toContain('unsafe-inline')
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
      expect(res.headers.get('Cache-Control')).toBe('no-store')
      expect(res.tekst).toMatch(/^<!doctype html>\n<html lang="nl" dir="ltr">/)
      expect(res.tekst).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;')
      expect(res.tekst).not.toContain('<img')
      expect(res.tekst.match(/<script/g)).toHaveLength(1)
      expect(res.tekst).not.toMatch(/<style|<[^>]*\s(style|on\w+)=/)
      expect(res.tekst).toContain('Dit is geen besluit')
      expect(res.tekst).toContain('kinderopvang')
    }
  })

  it('?formaat=json wint van Accept', async () => {
    const { json } = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' })
    const res = await vraag(app, 'GET', `/api/v1/gesprekken/${json.gesprek}/samenvatting?formaat=json`, undefined, {
      Accept: 'text/html',
    })
    expect(res.headers.get('Content-Type')).toContain('application/json')
    expect(res.json.gesprek).toBe(json.gesprek)
  })

  it('een Arabisch gesprek: dir="rtl", en daarna dezelfde tekst in het Nederlands voor de consulent', async () => {
    const id = await doorloop(app, persona('Samira'), 'ar')
    const res = await vraag(app, 'GET', `/api/v1/gesprekken/${id}/samenvatting?formaat=html`)
    expect(res.tekst).toContain('<html lang="ar" dir="rtl">')
    expect(res.headers.get('Content-Language')).toBe('ar, nl')
    const nl = res.tekst.slice(res.tekst.indexOf('<section class="taaldeel taaldeel--nl" lang="nl" dir="ltr"'))
    expect(nl.length).toBeLessThan(res.tekst.length)
    // The same sections, in Dutch, with ids of their own.
    expect(nl).toContain('Nederlandse tekst voor de consulent')
    expect(nl).toContain('<h2 id="nl-passend">Dit past misschien bij je</h2>')
    expect(res.tekst.slice(0, res.tekst.length - nl.length)).not.toContain('Dit past misschien bij je')
    const ids = [...res.tekst.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])
    expect(new Set(ids).size).toBe(ids.length)
    expect(res.tekst.match(/<main>/g)).toHaveLength(1)
  })

  it('een Nederlands gesprek heeft één taal', async () => {
    const id = await doorloop(app, persona('Samira'), 'nl')
    const res = await vraag(app, 'GET', `/api/v1/gesprekken/${id}/samenvatting?formaat=html`)
    expect(res.headers.get('Content-Language')).toBe('nl')
    expect(res.tekst).not.toContain('taaldeel--nl')
  })

  it('stylesheet met @media print en het printscript worden los geserveerd', async () => {
    const css = await vraag(app, 'GET', '/api/v1/samenvatting/samenvatting.css')
    expect(css.headers.get('Content-Type')).toContain('text/css')
    expect(css.tekst).toContain('@media print')
    expect(css.tekst).toContain(assen.thema.kleurPrimair)
    const js = await vraag(app, 'GET', '/api/v1/samenvatting/samenvatting.js')
    expect(js.headers.get('Content-Type')).toContain('text/javascript')
    expect(js.tekst).toContain('window.print()')
  })
})

describe('kleine functies', () => {
  it("de html-tag van de pagina's maakt elk gevaarlijk teken onschadelijk, met dezelfde entiteiten als vroeger", () => {
    expect(tekstVan(html`<p>${`<a href="x" onclick='y'>&amp;</a>`}</p>`)).toBe(
      '<p>&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;</p>',
    )
    expect(tekstVan(html`${'gewoon'}`)).toBe('gewoon')
  })

  it('veiligeLink: alleen http(s), mailto en tel', () => {
    expect(veiligeLink('https://www.assen.nl')).toBe('https://www.assen.nl')
    expect(veiligeLink('tel:140592')).toBe('tel:140592')
    expect(veiligeLink('javascript:alert(1)')).toBeUndefined()
  })

  it('wilHtml: formaat wint; anders Accept', () => {
    expect(wilHtml('html', 'application/json')).toBe(true)
    expect(wilHtml('json', 'text/html')).toBe(false)
    expect(wilHtml(undefined, 'text/html,application/xhtml+xml')).toBe(true)
    expect(wilHtml(undefined, 'application/json, text/html')).toBe(false)
    expect(wilHtml(undefined, '*/*')).toBe(false)
    expect(wilHtml(undefined, undefined)).toBe(false)
  })

  it('schoneNotities: platte tekst zonder stuurtekens', () => {
    expect(schoneNotities(' a\r\nb\u0000\tc ')).toBe('a\nb\tc')
  })

  const leeg: GelezenUitkomst = { doelgroep: 'onbekend', oordelen: {}, aandachtspunten: [], feiten: {} }

  it('ook zonder uitkomst minstens drie vragen en twee dingen om mee te nemen', () => {
    expect(vragenVoorConsulent(leeg)).toEqual(['keuze', 'besluit', 'volgendeStap'])
    expect(meenemen(leeg)).toEqual(['identiteitsbewijs', 'overzicht'])
  })

  it('leest de oordelen en aandachtspunten, niet de leeftijd van het kind', () => {
    const kind: GelezenUitkomst = { ...leeg, feiten: { jongsteKindLeeftijd: 2 } }
    expect(vragenVoorConsulent(kind)).not.toContain('kinderopvang')
    expect(vragenVoorConsulent({ ...kind, aandachtspunten: ['kinderopvang'] })[0]).toBe('kinderopvang')
  })

  it('hoogstens zeven vragen, en de vraag over de uitkering valt nooit weg', () => {
    const alles: GelezenUitkomst = {
      doelgroep: 'ja',
      oordelen: Object.fromEntries(
        evaluate({}, '2026-11-22', ASSEN).uitkomsten.map((u) => [u.voorziening, 'mogelijk' as const]),
      ),
      aandachtspunten: ['kinderopvang', 'participatieplaatsScholing', 'geenUitkering'],
      feiten: { uitkering: 'bijstand' },
    }
    const vragen = vragenVoorConsulent(alles)
    expect(vragen).toHaveLength(7)
    expect(vragen).toContain('uitkering')
  })
})
