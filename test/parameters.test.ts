/**
 * The parameters of a rules model reach the texts: a value holds from its date, a model that
 * inherits replaces a parameter's whole list, and a conversation shows the gemeente's values.
 */
import { describe, expect, it } from 'vitest'
import { evaluate, maakRegelmodel } from '../rules/index.js'
import { laadGemeente } from '../server/gemeente.js'
import { testApp, vraag } from './helpers.js'
import { ASSEN, VOORBEELDSTAD } from './regelmodel.js'

const SAMIRA = { woontInGemeente: true, leeftijd: 34, uitkering: 'bijstand', afstandTotArbeidsmarkt: 'groot' } as const

describe('de parameters van een regelmodel', () => {
  it('Assen: de premie van de toelichting van art. 8', () => {
    expect(evaluate(SAMIRA, '2026-11-22', ASSEN).tekstwaarden).toMatchObject({
      'premieParticipatieplaats.bedrag': 100,
      'premieParticipatieplaats.maanden': 6,
      participatieplaatsMaxJaren: 4,
    })
    expect(ASSEN.parameter('premieParticipatieplaats', '2026-11-22')).toEqual({ bedrag: 100, maanden: 6 })
  })

  it('een waarde geldt vanaf haar datum; daarvoor de vorige', () => {
    const data = {
      ...ASSEN.data,
      id: 'proef',
      parameters: {
        ...ASSEN.data.parameters,
        premieParticipatieplaats: [
          { van: '2015-01-01', waarde: { bedrag: 100, maanden: 6 }, bron: 'toelichting art. 8' },
          { van: '2020-01-01', waarde: { bedrag: 175, maanden: 3 }, bron: 'test' },
        ],
      },
    }
    const model = maakRegelmodel(data)
    expect(evaluate(SAMIRA, '2019-12-31', model).tekstwaarden['premieParticipatieplaats.bedrag']).toBe(100)
    expect(evaluate(SAMIRA, '2020-01-01', model).tekstwaarden['premieParticipatieplaats.bedrag']).toBe(175)
    expect(model.parameter('premieParticipatieplaats', '2020-01-01')).toEqual({ bedrag: 175, maanden: 3 })
  })

  it('Voorbeeldstad erft Assen en zet een eigen premie', () => {
    expect(VOORBEELDSTAD.parameter('premieParticipatieplaats', '2026-11-22')).toEqual({ bedrag: 150, maanden: 6 })
    expect(VOORBEELDSTAD.parameter('werkstageMaandenUitkering', '2026-11-22')).toBe(12)
  })

  it('een gesprek in een andere gemeente toont haar premie, met haar eigen artikel', async () => {
    const app = testApp({ gemeente: laadGemeente('voorbeeldstad') })
    let stap = (await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'participatieplaats' })).json
    for (let i = 0; i < 20 && !stap.klaar; i++) {
      const waarde = (SAMIRA as Record<string, unknown>)[stap.vraag.id] ?? null
      stap = (
        await vraag(app, 'POST', `/api/v1/gesprekken/${stap.gesprek}/antwoorden`, { vraag: stap.vraag.id, waarde })
      ).json
    }
    const premie = stap.aandachtspunten.find((a: { artikel: string }) => a.artikel.startsWith('art. 9'))
    expect(premie.uitleg).toContain('€ 150 premie')
    const samenvatting = (await vraag(app, 'GET', `/api/v1/gesprekken/${stap.gesprek}/samenvatting`)).json
    expect(JSON.stringify(samenvatting.aandachtspunten)).toContain('€ 150 premie')
  })
})
