/**
 * A number of the rules lives in the rules model, never in a sentence: "12 maanden", "art. 5", "sinds 2017"
 * in a text would stay when a jurist changes the model (or a second gemeente numbers its articles
 * otherwise). Every text about the rules takes its numbers from placeholders (`{{maandenUitkeringMin}}`,
 * `art. {{art.5}}`, `{{wijziging.beschut-werk-2017}}`). What is left are numbers that are not the
 * verordening's, each listed here with the reason.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { evaluate } from '../rules/index.js'
import { laadRegelmodel } from '../server/regels.js'
import { testApp, vraag } from './helpers.js'

const TALEN = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const
const BESTANDEN = ['regels', 'gesprek', 'samenvatting', 'begrippen'] as const

/** Key (file:path) -> the numbers it may hold, and why. */
const TOEGESTAAN: Record<string, { getallen: string[]; waarom: string }> = {
  'regels:redenen.geenStartkwalificatie.ja': { getallen: ['2'], waarom: 'mbo 2: the name of a diploma level' },
  'regels:redenen.geenStartkwalificatie.nee': { getallen: ['2'], waarom: 'mbo 2' },
  'regels:redenen.geenStartkwalificatie.onbekend': { getallen: ['2'], waarom: 'mbo 2' },
  'regels:redenenWerkgever.geenStartkwalificatie.ja': { getallen: ['2'], waarom: 'mbo 2' },
  'regels:redenenWerkgever.geenStartkwalificatie.nee': { getallen: ['2'], waarom: 'mbo 2' },
  'regels:redenenWerkgever.geenStartkwalificatie.onbekend': { getallen: ['2'], waarom: 'mbo 2' },
  'gesprek:vragen.startkwalificatie.tekst': { getallen: ['2'], waarom: 'mbo 2' },
  'gesprek:vragen.startkwalificatie.werkgever': { getallen: ['2'], waarom: 'mbo 2' },
  'begrippen:startkwalificatie.uitleg': { getallen: ['2'], waarom: 'mbo 2' },
  'regels:redenen.regelsJongeren.onbekend': { getallen: ['7'], waarom: 'Participatiewet art. 7a: the national law' },
  'regels:redenenWerkgever.regelsJongeren.onbekend': { getallen: ['7'], waarom: 'Participatiewet art. 7a' },
  'gesprek:werkgever.loonkostensubsidie-loonwaarde': {
    getallen: ['10', '10'],
    waarom: 'Participatiewet art. 10c and 10d: the national law',
  },
  'gesprek:vragen.maandenUitkering.geenUitkering': { getallen: ['0'], waarom: '"Vul dan 0 in": what to type' },
  'gesprek:keuzes.geenKinderen': { getallen: ['18'], waarom: 'what the question means by children at home' },
  'begrippen:aanvragen.uitleg': { getallen: ['8'], waarom: 'Awb art. 4:13: the national term, every gemeente' },
  'begrippen:bezwaar.uitleg': { getallen: ['6'], waarom: 'Awb art. 6:7: the national term, every gemeente' },
}

type Boom = { [k: string]: Boom | string | Boom[] | string[] }

function* teksten(boom: unknown, pad = ''): Generator<[string, string]> {
  if (typeof boom === 'string') yield [pad, boom]
  else if (Array.isArray(boom)) for (const [i, v] of boom.entries()) yield* teksten(v, `${pad}[${i}]`)
  else if (boom && typeof boom === 'object')
    for (const [k, v] of Object.entries(boom as Boom)) yield* teksten(v, pad ? `${pad}.${k}` : k)
}

/** The numbers a reader sees (Western, Arabic-Indic and Persian digits), placeholders left out. */
const getallen = (tekst: string) => tekst.replace(/\{\{[^}]*\}\}/g, '').match(/[0-9٠-٩۰-۹]+/g) ?? []

describe('getallen van de regels staan in het model, niet in de zinnen', () => {
  for (const taal of TALEN) {
    it(`${taal}: geen getal buiten een plaatshouder, behalve de lijst`, () => {
      const fout: string[] = []
      for (const bestand of BESTANDEN) {
        const boom = JSON.parse(readFileSync(new URL(`../locales/${taal}/${bestand}.json`, import.meta.url), 'utf8'))
        for (const [pad, tekst] of teksten(boom)) {
          const gevonden = getallen(tekst)
          const mag = TOEGESTAAN[`${bestand}:${pad}`]?.getallen ?? []
          if (gevonden.join(',') !== (gevonden.length ? mag.join(',') : '')) fout.push(`${bestand}:${pad}: ${tekst}`)
        }
      }
      expect(fout).toEqual([])
    })
  }

  it('de check kan falen: een getal in een zin wordt gevonden, een plaatshouder niet', () => {
    expect(getallen('Na 24 maanden')).toEqual(['24'])
    expect(getallen('بعد ٢٤ شهرا')).toEqual(['٢٤'])
    expect(getallen('Na {{maandenUitkeringMin}} maanden (art. {{art.5}})')).toEqual([])
  })

  it('een jaar van een wijziging komt uit het model, en staat zo in de uitleg', async () => {
    const waarden = evaluate({}, '2026-12-07', laadRegelmodel('assen-2015')).tekstwaarden
    expect(waarden['wijziging.beschut-werk-2017']).toBe('2017')
    expect(waarden['wijziging.jongeren-2026']).toBe('2026')
    const r = await vraag(testApp(), 'POST', '/api/v1/checks', {
      situatie: { woontInGemeente: true, leeftijd: 22, uitkering: 'bijstand', kanBekostigdOnderwijsVolgen: false },
      peildatum: '2026-12-07',
    })
    expect(JSON.stringify(r.json)).toContain('heeft de gemeente sinds 2026 eigen regels')
    expect(JSON.stringify(r.json)).not.toContain('{{')
  })
})
