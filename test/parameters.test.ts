/**
 * The gemeente's own parameters reach the rules: `evaluate(situatie, peildatum, parameters)` fills
 * in the amounts with one dated lookup, and a conversation shows the gemeente's values, not the model's.
 */
import { describe, expect, it } from 'vitest'
import { evaluate, parameter } from '../rules/index.js'
import { laadGemeente } from '../server/gemeente.js'
import { testApp, vraag } from './helpers.js'

const SAMIRA = { woontInGemeente: true, leeftijd: 34, uitkering: 'bijstand', afstandTotArbeidsmarkt: 'groot' } as const

const premieVan = (parameters?: Parameters<typeof evaluate>[2]) =>
  evaluate(SAMIRA, '2026-11-22', parameters).aandachtspunten.find((a) => a.sleutel === 'participatieplaatsPremie')
    ?.params

describe('de parameters van de gemeente in de regels', () => {
  it('zonder eigen waarde: die van de modelverordening', () => {
    expect(premieVan()).toMatchObject({ bedrag: 100, maanden: 6, maxJaren: 4 })
  })

  it('een eigen waarde geldt vanaf haar datum; daarvoor die van het model', () => {
    const eigen = {
      premieParticipatieplaats: [{ waarde: { bedrag: 175, maanden: 3 }, van: '2020-01-01', bron: 'test' }],
    }
    expect(premieVan(eigen)).toMatchObject({ bedrag: 175, maanden: 3, maxJaren: 4 })
    expect(parameter('premieParticipatieplaats', '2019-12-31', eigen)).toEqual({ bedrag: 100, maanden: 6 })
    expect(parameter('premieParticipatieplaats', '2020-01-01', eigen)).toEqual({ bedrag: 175, maanden: 3 })
  })

  it('een gesprek in een andere gemeente toont haar premie', async () => {
    const app = testApp({ gemeente: laadGemeente('voorbeeldstad') })
    let stap = (await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'participatieplaats' })).json
    for (let i = 0; i < 20 && !stap.klaar; i++) {
      const waarde = (SAMIRA as Record<string, unknown>)[stap.vraag.id] ?? null
      stap = (
        await vraag(app, 'POST', `/api/v1/gesprekken/${stap.gesprek}/antwoorden`, { vraag: stap.vraag.id, waarde })
      ).json
    }
    const premie = stap.aandachtspunten.find((a: { artikel: string }) => a.artikel.startsWith('art. 8'))
    expect(premie.uitleg).toContain('€ 150 premie')
    const samenvatting = (await vraag(app, 'GET', `/api/v1/gesprekken/${stap.gesprek}/samenvatting`)).json
    expect(JSON.stringify(samenvatting.aandachtspunten)).toContain('€ 150 premie')
  })
})
