import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { testApp, vraag } from './helpers.js'

interface Persona {
  naam: string
  peildatum: string
  situatie: Record<string, unknown>
  verwacht: { doelgroep: string; verwijzing?: string; oordelen: Record<string, string> }
}

const personas: Persona[] = JSON.parse(readFileSync(new URL('./cases/personas.json', import.meta.url), 'utf8'))
const app = testApp()

describe('POST /api/v1/checks met de persona’s', () => {
  it.each(personas)('$naam', async ({ situatie, peildatum, verwacht }) => {
    const { status, json, headers } = await vraag(app, 'POST', '/api/v1/checks', { situatie, peildatum })
    expect(status).toBe(200)
    expect(headers.get('API-Version')).toBe('1.0.0')
    expect(json.doelgroep.oordeel).toBe(verwacht.doelgroep)
    expect(json.doelgroep.verwijzing).toBe(verwacht.verwijzing)
    const oordelen = Object.fromEntries(
      json.uitkomsten.map((u: { voorziening: string; oordeel: string }) => [u.voorziening, u.oordeel]),
    )
    expect(oordelen).toEqual(verwacht.oordelen)
    expect(json.regels).toMatchObject({
      naam: 'Re-integratieverordening Participatiewet gemeente Assen 2015',
      versie: '2015',
      peildatum,
    })
  })
})

describe('POST /api/v1/checks', () => {
  it('geeft redenen in gewone taal met artikel, en ontbrekende feiten', async () => {
    const { json } = await vraag(app, 'POST', '/api/v1/checks', { situatie: { leeftijd: 30 } })
    const werkstage = json.uitkomsten[0]
    expect(werkstage.voorziening).toBe('werkstage')
    expect(werkstage.naam).toBe('Werkstage')
    expect(werkstage.ontbrekend).toEqual([
      'woontInGemeente',
      'uitkering',
      'werktMetLoonkostensubsidie',
      'maandenUitkering',
      'jarenGeenWerkinkomen',
      'ooitBetaaldGewerkt',
      'afstandTotArbeidsmarkt',
    ])
    expect(werkstage.redenen).toContainEqual({
      artikel: 'art. 1; Pw art. 40 lid 1',
      uitleg: 'We weten nog niet of je in Assen woont.',
    })
    expect(json.regels.peildatum).toBe('2026-11-22')
  })

  it('vult bedragen uit de parameters in de aandachtspunten', async () => {
    const { json } = await vraag(app, 'POST', '/api/v1/checks', {
      situatie: { woontInGemeente: true, leeftijd: 40, uitkering: 'bijstand', afstandTotArbeidsmarkt: 'groot' },
    })
    const premie = json.aandachtspunten.find((a: { artikel: string }) => a.artikel.startsWith('art. 8'))
    expect(premie.uitleg).toContain('€ 100')
    expect(premie.uitleg).toContain('6 maanden')
  })

  it('zegt bij mogelijk nooit dat je recht hebt, en noemt het college', async () => {
    const { json } = await vraag(app, 'POST', '/api/v1/checks', { situatie: personas[0]?.situatie })
    const teksten = JSON.stringify(json)
    expect(teksten).not.toMatch(/je hebt recht op/i)
    expect(teksten).toMatch(/college/)
  })
})

const slecht: [string, unknown, Record<string, string>?][] = [
  ['geen JSON', '{situatie:', undefined],
  ['lege body', '', undefined],
  ['JSON null', 'null', undefined],
  ['een array', '[]', undefined],
  ['een getal', '42', undefined],
  ['een tekst', '"hallo"', undefined],
  ['situatie ontbreekt', {}, undefined],
  ['situatie is een array', { situatie: [] }, undefined],
  ['situatie is null', { situatie: null }, undefined],
  ['onbekend veld in situatie', { situatie: { naam: 'Jan' } }, undefined],
  ['onbekend veld bovenaan', { situatie: {}, bsn: '123' }, undefined],
  ['leeftijd als tekst', { situatie: { leeftijd: '30' } }, undefined],
  ['leeftijd negatief', { situatie: { leeftijd: -1 } }, undefined],
  ['leeftijd te hoog', { situatie: { leeftijd: 121 } }, undefined],
  ['leeftijd niet geheel', { situatie: { leeftijd: 30.5 } }, undefined],
  ['leeftijd enorm', { situatie: { leeftijd: 1e308 } }, undefined],
  ['uitkering onbekend', { situatie: { uitkering: 'ww' } }, undefined],
  ['boolean als tekst', { situatie: { woontInGemeente: 'ja' } }, undefined],
  ['boolean als getal', { situatie: { beperking: 1 } }, undefined],
  ['afstand onbekend', { situatie: { afstandTotArbeidsmarkt: 'middel' } }, undefined],
  ['kind te oud', { situatie: { jongsteKindLeeftijd: 26 } }, undefined],
  ['contract negatief', { situatie: { contractMaanden: -6 } }, undefined],
  ['peildatum te vroeg', { situatie: {}, peildatum: '2015-06-30' }, undefined],
  ['peildatum te laat', { situatie: {}, peildatum: '2032-01-01' }, undefined],
  ['peildatum geen datum', { situatie: {}, peildatum: 'morgen' }, undefined],
  ['peildatum bestaat niet', { situatie: {}, peildatum: '2026-02-30' }, undefined],
  ['peildatum als getal', { situatie: {}, peildatum: 20261122 }, undefined],
  ['__proto__ als veld', '{"situatie":{"__proto__":{"leeftijd":30}}}', undefined],
  ['constructor als veld', { situatie: { constructor: {} } }, undefined],
  ['tekst zonder JSON-soort', '{"situatie":{}}', { 'Content-Type': 'text/plain' }],
  ['formulier', 'situatie=1', { 'Content-Type': 'application/x-www-form-urlencoded' }],
]

describe('slechte invoer geeft 400 problem+json in het Nederlands (415 zonder JSON-soort)', () => {
  it.each(slecht)('%s', async (_naam, body, headers) => {
    const { status, headers: h, json } = await vraag(app, 'POST', '/api/v1/checks', body, headers)
    // Only the two cases with a non-JSON Content-Type pass headers: they are refused before reading.
    const verwacht = headers ? 415 : 400
    expect(status).toBe(verwacht)
    expect(h.get('Content-Type')).toContain('application/problem+json')
    expect(json.status).toBe(verwacht)
    expect(json.title).toBeTruthy()
    expect(json.detail).toMatch(/[a-z]/)
    expect(json.detail).not.toMatch(/Expected|Invalid input|Unexpected token/)
    for (const fout of json.errors ?? []) expect(fout.detail).not.toMatch(/Expected|Invalid/)
  })

  it('noemt het veld dat fout is, met pointer en code', async () => {
    const { json } = await vraag(app, 'POST', '/api/v1/checks', { situatie: { leeftijd: 'dertig', kleur: 'rood' } })
    expect(json.errors).toEqual([
      {
        in: 'body',
        location: { pointer: '/situatie/leeftijd' },
        code: 'verkeerde-soort',
        detail: 'Dit veld heeft de verkeerde soort waarde.',
      },
      {
        in: 'body',
        location: { pointer: '/situatie/kleur' },
        code: 'onbekend-veld',
        detail: 'Dit veld kennen we niet. Haal het weg.',
      },
    ])
  })

  it('zegt welke peildata kunnen', async () => {
    const { json } = await vraag(app, 'POST', '/api/v1/checks', { situatie: {}, peildatum: '2040-01-01' })
    expect(json.errors[0].detail).toContain('2015-07-01 tot en met 2031-12-31')
  })

  it('weigert een body boven 64 KB met 413 en sluit de verbinding', async () => {
    const { status, headers, json } = await vraag(app, 'POST', '/api/v1/checks', {
      situatie: {},
      x: 'a'.repeat(70_000),
    })
    expect(status).toBe(413)
    expect(headers.get('Connection')).toBe('close')
    expect(json.status).toBe(413)
  })
})

describe('overige routes', () => {
  it('GET /health', async () => {
    const { status, json } = await vraag(app, 'GET', '/health')
    expect(status).toBe(200)
    expect(json.status).toBe('ok')
  })

  it('GET /api/v1/voorzieningen geeft 12 met naam, uitleg en artikel', async () => {
    const { json } = await vraag(app, 'GET', '/api/v1/voorzieningen')
    expect(json.voorzieningen).toHaveLength(12)
    expect(json.voorzieningen[4]).toMatchObject({
      id: 'participatieplaats',
      naam: 'Participatieplaats',
      artikel: 'art. 8',
    })
    for (const v of json.voorzieningen) expect(v.uitleg.split(/[.!?]\s/).length).toBe(1)
  })

  it('GET /api/v1 is een landingsdocument', async () => {
    const { json, headers } = await vraag(app, 'GET', '/api/v1')
    expect(headers.get('API-Version')).toBe('1.0.0')
    expect(json.links.openapi.href).toBe('http://localhost:8787/api/v1/openapi.json')
  })

  it('GET /api/v1/openapi.json volgt de API Design Rules', async () => {
    const { json, headers } = await vraag(app, 'GET', '/api/v1/openapi.json')
    expect(headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(json.openapi).toBe('3.1.0')
    expect(json.info.version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(json.info.contact).toMatchObject({
      name: expect.any(String),
      url: expect.any(String),
      email: expect.any(String),
    })
    expect(json.servers[0].url).toBe('http://localhost:8787/api/v1')
    expect(Object.keys(json.paths)).toEqual(expect.arrayContaining(['/checks', '/voorzieningen']))
    expect(json.components.schemas.Situatie.additionalProperties).toBe(false)
    for (const [pad, ops] of Object.entries<
      Record<string, { responses: Record<string, { headers?: object; content?: object }> }>
    >(json.paths)) {
      expect(pad).toMatch(/^\/[a-z0-9\-/{}]*[^/]$/)
      for (const op of Object.values(ops)) {
        for (const [code, antwoord] of Object.entries(op.responses)) {
          if (/^[23]/.test(code)) expect(antwoord.headers, `${pad} ${code}`).toHaveProperty('API-Version')
          if (/^[45]/.test(code))
            expect(antwoord.content, `${pad} ${code}`).toHaveProperty(['application/problem+json'])
        }
      }
    }
  })

  it('onbekende route: 404 problem+json met de weg terug', async () => {
    const { status, json, headers } = await vraag(app, 'GET', '/api/v1/bestaat-niet')
    expect(status).toBe(404)
    expect(headers.get('Content-Type')).toContain('application/problem+json')
    expect(json.detail).toContain('http://localhost:8787/api/v1')
  })
})
