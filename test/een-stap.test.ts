/**
 * One answer, one way: the route handling an answer reads the store once and asks flows/ once;
 * a refusal of the dialogue is typed (409 with its reason, 400 for a value), never a 500.
 */
import { describe, expect, it } from 'vitest'
import * as flows from '../flows/index.js'
import { tellendeStore, testApp, vraag } from './helpers.js'
import { ASSEN } from './regelmodel.js'

const GESPREKKEN = '/api/v1/gesprekken'

describe('één antwoord', () => {
  it('leest de opslag één keer en schrijft één keer, ook bij wijzigen en terug', async () => {
    const { store, telling } = tellendeStore()
    const app = testApp({ store })
    const { json } = await vraag(app, 'POST', GESPREKKEN, { onderwerp: 'alles' })
    const pad = `${GESPREKKEN}/${json.gesprek}`
    for (const [methode, url, body] of [
      ['POST', `${pad}/antwoorden`, { vraag: 'woontInGemeente', waarde: true }],
      ['PUT', `${pad}/antwoorden/woontInGemeente`, { waarde: false }],
      ['POST', `${pad}/terug`, undefined],
    ] as const) {
      telling.get = 0
      telling.set = 0
      const r = await vraag(app, methode, url, body)
      expect(r.status, url).toBe(200)
      expect(telling).toEqual({ get: 1, set: 1 })
    }
  })

  it('een weigering leest één keer en schrijft niets', async () => {
    const { store, telling } = tellendeStore()
    const app = testApp({ store })
    const { json } = await vraag(app, 'POST', GESPREKKEN, { onderwerp: 'alles' })
    const pad = `${GESPREKKEN}/${json.gesprek}`
    for (const [methode, url, body, status, type] of [
      ['POST', `${pad}/antwoorden`, { vraag: 'leeftijd', waarde: 30 }, 409, 'nietOpen'],
      ['POST', `${pad}/terug`, undefined, 409, 'geenTerug'],
      ['PUT', `${pad}/antwoorden/leeftijd`, { waarde: 30 }, 409, 'nietBeantwoord'],
      ['POST', `${pad}/antwoorden`, { vraag: 'woontInGemeente', waarde: 'misschien' }, 400, 'ongeldigeInvoer'],
    ] as const) {
      telling.get = 0
      telling.set = 0
      const r = await vraag(app, methode, url, body)
      expect(r.status, url).toBe(status)
      expect(r.headers.get('Content-Type')).toContain('application/problem+json')
      expect(r.json.type).toContain(type)
      expect(r.json.detail.length).toBeGreaterThan(10)
      expect(telling).toEqual({ get: 1, set: 0 })
    }
  })

  it('flows/verwerk geeft een getypte weigering, nooit undefined', () => {
    const start = flows.start('alles', '2026-11-22', ASSEN)
    expect(flows.verwerk(start, { type: 'terug' }, { model: ASSEN })).toEqual({
      soort: 'weigering',
      weigering: 'geenTerug',
    })
    expect(flows.verwerk(start, { type: 'antwoord', vraag: 'leeftijd', waarde: 3 }, { model: ASSEN })).toMatchObject({
      weigering: 'nietOpen',
    })
    const ongeldig = flows.verwerk(start, { type: 'antwoord', vraag: 'woontInGemeente', waarde: 7 }, { model: ASSEN })
    expect(ongeldig).toMatchObject({ soort: 'weigering', weigering: 'ongeldig', vraag: { id: 'woontInGemeente' } })
    const verder = flows.verwerk(start, { type: 'antwoord', vraag: 'woontInGemeente', waarde: true }, { model: ASSEN })
    expect(verder.soort).toBe('stap')
    if (verder.soort === 'stap') expect(verder.stap.antwoorden).toEqual([{ vraag: 'woontInGemeente', waarde: true }])
  })

  it('het menu is een toestand van de machine: kiezen, terug naar het menu, ander onderwerp', () => {
    const menu = flows.start(undefined, '2026-11-22', ASSEN)
    expect(menu.staat).toBe('kiesOnderwerp')
    expect(
      flows.verwerk(menu, { type: 'antwoord', vraag: 'onderwerp', waarde: 'bestaat-niet' }, { model: ASSEN }),
    ).toMatchObject({
      weigering: 'ongeldig',
    })
    const gekozen = flows.verwerk(menu, { type: 'antwoord', vraag: 'onderwerp', waarde: 'scholing' }, { model: ASSEN })
    if (gekozen.soort !== 'stap') throw new Error('geen stap')
    expect(gekozen.bewaard.context.onderwerp).toBe('scholing')
    expect(gekozen.stap.berichten.map((b) => b.sleutel)).toContain('berichten.intro.voorziening')
    const terug = flows.verwerk(gekozen.bewaard, { type: 'terug' }, { model: ASSEN })
    if (terug.soort !== 'stap') throw new Error('geen stap')
    expect(terug.bewaard.staat).toBe('kiesOnderwerp')
    expect(terug.bewaard.context.terug).toBe(1)
  })
})

describe('de OpenAPI-beschrijving', () => {
  it('geeft 409 een eigen tekst, niet die van 404', async () => {
    const doc = (await vraag(testApp(), 'GET', '/api/v1/openapi.json')).json
    const antwoord = doc.paths['/gesprekken/{id}/antwoorden'].post.responses
    expect(antwoord['409'].description).not.toBe(antwoord['404'].description)
    expect(doc.components.schemas.Stap.properties.vraag.properties.soort.enum).toEqual(['keuze', 'getal', 'tekst'])
  })

  it('elke verandering noemt 415: de JSON-poort geldt voor elke POST, PUT, PATCH en DELETE', async () => {
    const doc = (await vraag(testApp(), 'GET', '/api/v1/openapi.json')).json
    const zonder: string[] = []
    for (const [pad, methoden] of Object.entries(doc.paths as Record<string, Record<string, { responses: object }>>))
      for (const [methode, operatie] of Object.entries(methoden))
        if (['post', 'put', 'patch', 'delete'].includes(methode) && !('415' in operatie.responses))
          zonder.push(`${methode.toUpperCase()} ${pad}`)
    expect(zonder).toEqual([])
  })
})
