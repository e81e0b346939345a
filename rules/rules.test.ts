import { describe, expect, it } from 'vitest'
import { laadRegelmodel } from '../server/regels.js'
import { evaluate, type Situatie, tegenstrijdigheden } from './index.js'

/** Everyone in the doelgroep, aged 40, on bijstand. */
const basis: Situatie = { woontInGemeente: true, leeftijd: 40, uitkering: 'bijstand' }
const ASSEN = laadRegelmodel('assen-2015')

// The table of cases per boundary is data now: regels/assen-2015.gevallen.yaml (test/regelmodellen.test.ts).
describe('evaluate met het model assen-2015', () => {
  it('weigert peildata buiten de peildata van het model', () => {
    expect(() => evaluate({}, '2015-06-30', ASSEN)).toThrow(RangeError)
    expect(() => evaluate({}, '2032-01-01', ASSEN)).toThrow(RangeError)
    expect(evaluate({}, '2015-07-01', ASSEN).regels.peildatum).toBe('2015-07-01')
    expect(evaluate({}, '2031-12-31', ASSEN).regels).toEqual({
      naam: 'Re-integratieverordening Participatiewet gemeente Assen 2015',
      versie: '2015',
      peildatum: '2031-12-31',
      model: 'assen-2015',
      wijzigingen: ASSEN.opDatum('2031-12-31').wijzigingen,
    })
    expect(evaluate({}, '2031-12-31', ASSEN).regels.wijzigingen.map((w) => w.datum)).toEqual([
      '2016-01-01',
      '2016-01-01',
      '2017-01-01',
      '2026-01-01',
    ])
    expect(evaluate({}, '2015-12-31', ASSEN).regels.wijzigingen).toEqual([])
  })

  it('geeft de waarden voor de teksten uit de parameters van de peildatum', () => {
    const uitkomst = evaluate({ ...basis, afstandTotArbeidsmarkt: 'groot' }, '2026-11-22', ASSEN)
    expect(uitkomst.aandachtspunten.map((a) => a.sleutel)).toContain('participatieplaatsPremie')
    expect(uitkomst.tekstwaarden).toMatchObject({
      'premieParticipatieplaats.bedrag': 100,
      'premieParticipatieplaats.maanden': 6,
      participatieplaatsMaxJaren: 4,
      werkstageMaandenUitkering: 12,
    })
  })

  it('geeft alle 12 voorzieningen in contractvolgorde', () => {
    expect(evaluate({}, '2026-11-22', ASSEN).uitkomsten.map((u) => u.voorziening)).toEqual([
      'werkstage',
      'sociale-activering',
      'detacheringsbaan',
      'scholing',
      'participatieplaats',
      'beschut-werk',
      'leerwerktraject',
      'persoonlijke-ondersteuning',
      'no-riskpolis',
      'loonkostensubsidie',
      'loonkostensubsidie-loonwaarde',
      'bemiddeling',
    ])
  })
})

describe('tegenstrijdige feiten (D2: onder de AOW-band met AOW bereikt)', () => {
  // Per year the highest age that is always below the AOW age, and the lowest that may have reached it.
  const jaren = [2015, 2016, 2017, 2018, 2019, 2022, 2023, 2024, 2026, 2027, 2028, 2031]

  it.each(jaren)('in %i: onder de band met AOW bereikt is tegenstrijdig, in de band niet', (jaar) => {
    const peildatum = `${jaar}-09-15`
    const { onder } = ASSEN.opDatum(peildatum).aowBand
    expect(onder).toBe((ASSEN.parameter('aowLeeftijd', `${jaar - 1}-12-31`) as { jaren: number }).jaren)
    expect(tegenstrijdigheden({ leeftijd: onder - 1, aowLeeftijdBereikt: true }, peildatum, ASSEN)).toEqual([
      {
        feit: 'aowLeeftijdBereikt',
        feiten: ['leeftijd', 'aowLeeftijdBereikt'],
        sleutel: 'aowLeeftijdBereikt',
        params: { leeftijd: onder - 1, onder },
      },
    ])
    expect(tegenstrijdigheden({ leeftijd: 16, aowLeeftijdBereikt: true }, peildatum, ASSEN)).toHaveLength(1)
    expect(tegenstrijdigheden({ leeftijd: 0, aowLeeftijdBereikt: true }, peildatum, ASSEN)).toHaveLength(1)
    expect(tegenstrijdigheden({ leeftijd: onder, aowLeeftijdBereikt: true }, peildatum, ASSEN)).toEqual([])
    expect(tegenstrijdigheden({ leeftijd: onder - 1, aowLeeftijdBereikt: false }, peildatum, ASSEN)).toEqual([])
    expect(tegenstrijdigheden({ leeftijd: onder - 1 }, peildatum, ASSEN)).toEqual([])
    expect(tegenstrijdigheden({ aowLeeftijdBereikt: true }, peildatum, ASSEN)).toEqual([])
  })

  it('oud genoeg met aowLeeftijdBereikt false is geen tegenspraak: de leeftijd beslist', () => {
    expect(tegenstrijdigheden({ leeftijd: 70, aowLeeftijdBereikt: false }, '2026-11-22', ASSEN)).toEqual([])
    expect(
      evaluate({ ...basis, leeftijd: 70, aowLeeftijdBereikt: false }, '2026-11-22', ASSEN).doelgroep.verwijzing,
    ).toBe('aow')
  })

  it('de grens ligt per jaar anders: 65 met AOW kan in 2016, niet in 2019; 66 kan in 2024, niet in 2025', () => {
    expect(tegenstrijdigheden({ leeftijd: 65, aowLeeftijdBereikt: true }, '2016-03-01', ASSEN)).toEqual([])
    expect(tegenstrijdigheden({ leeftijd: 65, aowLeeftijdBereikt: true }, '2019-03-01', ASSEN)).toHaveLength(1)
    // 2024 has a band of 66 (the 66y10m of 2023) up to 67; 2025 has none (67 in both years).
    expect(tegenstrijdigheden({ leeftijd: 66, aowLeeftijdBereikt: true }, '2024-12-31', ASSEN)).toEqual([])
    expect(tegenstrijdigheden({ leeftijd: 66, aowLeeftijdBereikt: true }, '2025-01-01', ASSEN)).toHaveLength(1)
  })
})

describe('redenen bij loonkostensubsidie naar loonwaarde vanaf 2017', () => {
  const uwvBeschut: Situatie = {
    ...basis,
    uitkering: 'uwv',
    werktMetLoonkostensubsidie: false,
    beperking: true,
    beschutteWerkplekNodig: true,
    kanVolledigMinimumloonVerdienen: false,
  }
  const loonwaarde = (s: Situatie, p: string) =>
    evaluate(s, p, ASSEN).uitkomsten.find((u) => u.voorziening === 'loonkostensubsidie-loonwaarde')

  it('mogelijk via de groep van beschut werk noemt Pw art. 10b en 10d', () => {
    expect(loonwaarde(uwvBeschut, '2017-01-01')?.redenen.map((r) => [r.sleutel, r.artikel])).toEqual([
      ['beschutWerkGroep.ja', 'Pw art. 10b lid 1; Pw art. 10d'],
      ['nietVolledigMinimumloon.ja', 'Pw art. 10d; Pw art. 10c'],
    ])
  })

  it('niet in een andere gemeente: de reden staat er één keer', () => {
    const redenen = loonwaarde({ ...uwvBeschut, woontInGemeente: false }, '2017-01-01')?.redenen ?? []
    expect(redenen.filter((r) => r.sleutel === 'woontInGemeente.nee')).toHaveLength(1)
  })
})
