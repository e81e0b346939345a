/**
 * The oracle (`test/orakel.ts`, a second reading of the rules as plain functions) against the rules
 * model: (a) cases at every date and number where a rule changes, checking the oracle itself against
 * the rules as written; (b) properties: `evaluate` with the Assen model agrees with the oracle on random
 * facts and peildata; "rules unknown" never adds to `ontbrekend`; `ontbrekend` holds only facts that can
 * change the outcome. `ORAKEL_RUNS=100000 npx vitest run test/orakel.test.ts` for a deep check once.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Evaluatie, evaluate, type Situatie, tegenstrijdigheden } from '../rules/index.js'
import { peildatumArb, situatieArb } from './arbitraries.js'
import {
  AOW_LEEFTIJD,
  aowBand,
  en,
  FEITEN_IN_VOLGORDE,
  isGeldigePeildatum,
  niet,
  ORAKEL_AANDACHTSPUNTEN,
  ORAKEL_VOORZIENINGEN,
  type OrakelFeit,
  type OrakelOordeel,
  type OrakelSituatie,
  type OrakelUitkomst,
  type OrakelUitslag,
  type OrakelVoorziening,
  of,
  orakel,
  uitkomstVan,
  type Waarde,
} from './orakel.js'
import { ASSEN } from './regelmodel.js'

// ---------------------------------------------------------------------------------------------
// (a) The oracle itself, case by case.

type Geldig = Extract<OrakelUitslag, { geldig: true }>

function uitslag(s: OrakelSituatie, peildatum: string): Geldig {
  const u = orakel(s, peildatum)
  if (!u.geldig) throw new Error(`tegenstrijdige feiten: ${JSON.stringify(s)}`)
  return u
}
const van = (s: OrakelSituatie, p: string, id: OrakelVoorziening) => uitslag(s, p).voorzieningen[id]
const dg = (s: OrakelSituatie, p: string) => uitslag(s, p).doelgroep
const punten = (s: OrakelSituatie, p: string) => uitslag(s, p).aandachtspunten

const mogelijk: OrakelUitkomst = { oordeel: 'mogelijk', ontbrekend: [], alleenRegelsOnbekend: false }
const nietMogelijk: OrakelUitkomst = { oordeel: 'niet', ontbrekend: [], alleenRegelsOnbekend: false }
const regelsOnbekend: OrakelUitkomst = { oordeel: 'onbekend', ontbrekend: [], alleenRegelsOnbekend: true }
const open = (...ontbrekend: OrakelFeit[]): OrakelUitkomst => ({
  oordeel: 'onbekend',
  ontbrekend,
  alleenRegelsOnbekend: false,
})

/** Someone in the doelgroep on every date: lives here, 40, bijstand. */
const bijstand40: OrakelSituatie = { woontInGemeente: true, leeftijd: 40, uitkering: 'bijstand' }
/** A UWV client who does not work with loonkostensubsidie. */
const uwv40: OrakelSituatie = {
  woontInGemeente: true,
  leeftijd: 40,
  uitkering: 'uwv',
  werktMetLoonkostensubsidie: false,
}
/** 22, bijstand, cannot follow education, no startkwalificatie. */
const jongere: OrakelSituatie = {
  woontInGemeente: true,
  leeftijd: 22,
  uitkering: 'bijstand',
  kanBekostigdOnderwijsVolgen: false,
  startkwalificatie: false,
}

describe('orakel: de logica met "regels onbekend"', () => {
  const W: Waarde = { w: 'waar' }
  const O: Waarde = { w: 'onwaar' }
  const R: Waarde = { w: 'regelsOnbekend' }
  const x: Waarde = { w: 'onbekend', nodig: ['leeftijd'] }
  it('EN: onwaar wint; onbekend gaat voor regels onbekend; regels onbekend voegt geen feit toe', () => {
    expect(en(R, O)).toEqual(O)
    expect(en(R, W)).toEqual(R)
    expect(en(R, x)).toEqual(x)
    expect(en(W, W)).toEqual(W)
  })
  it('OF: waar wint; anders onbekend, dan regels onbekend, dan onwaar', () => {
    expect(of(R, W)).toEqual(W)
    expect(of(R, O)).toEqual(R)
    expect(of(R, x, O)).toEqual(x)
    expect(of(O, O)).toEqual(O)
  })
  it('NIET laat onbekend en regels onbekend staan', () => {
    expect(niet(R)).toEqual(R)
    expect(niet(x)).toEqual(x)
    expect(niet(W)).toEqual(O)
  })
  it('een uitkomst die alleen door regels onbekend open is, heeft ontbrekend: []', () => {
    expect(uitkomstVan(R)).toEqual(regelsOnbekend)
    expect(uitkomstVan({ w: 'onbekend', nodig: ['uitkering', 'leeftijd', 'uitkering'] })).toEqual(
      open('leeftijd', 'uitkering'),
    )
  })
})

describe('orakel: het venster van peildata', () => {
  it.each([
    ['2015-06-30', false],
    ['2015-07-01', true],
    ['2031-12-31', true],
    ['2032-01-01', false],
  ])('%s geldig: %s', (p, geldig) => {
    expect(isGeldigePeildatum(p)).toBe(geldig)
    if (geldig) expect(() => orakel({}, p)).not.toThrow()
    else expect(() => orakel({}, p)).toThrow(RangeError)
  })
})

describe('orakel: D2, de AOW-band per jaar (onder = floor van vorig jaar, vanaf = ceil van dit jaar)', () => {
  // Written out by hand from the AOW table: 2014 65y2m, 2015 65y3m, 2016 65y6m, 2017 65y9m, 2018 66y,
  // 2019-2021 66y4m, 2022 66y7m, 2023 66y10m, 2024-2027 67y, 2028-2031 67y3m.
  const banden: [jaar: number, onder: number, vanaf: number][] = [
    [2015, 65, 66],
    [2016, 65, 66],
    [2017, 65, 66],
    [2018, 65, 66],
    [2019, 66, 67],
    [2020, 66, 67],
    [2021, 66, 67],
    [2022, 66, 67],
    [2023, 66, 67],
    [2024, 66, 67],
    [2025, 67, 67],
    [2026, 67, 67],
    [2027, 67, 67],
    [2028, 67, 68],
    [2029, 67, 68],
    [2030, 67, 68],
    [2031, 67, 68],
  ]
  it('de tabel kent elk jaar van het venster en het jaar ervoor', () => {
    for (let jaar = 2014; jaar <= 2031; jaar++) expect(AOW_LEEFTIJD[jaar], String(jaar)).toBeDefined()
  })
  it.each(banden)('%i: onder %i, vanaf %i', (jaar, onder, vanaf) => {
    for (const p of [`${jaar}-12-31`, jaar === 2015 ? '2015-07-01' : `${jaar}-01-01`]) {
      expect(aowBand(p)).toEqual({ onder, vanaf })
      // Younger than the band: under the AOW age, nothing asked.
      expect(dg({ ...bijstand40, leeftijd: onder - 1 }, p)).toEqual(mogelijk)
      // As old as `vanaf`: the age decides, also with aowLeeftijdBereikt: false (not a contradiction).
      expect(dg({ ...bijstand40, leeftijd: vanaf }, p)).toEqual({ ...nietMogelijk, verwijzing: 'aow' })
      expect(dg({ ...bijstand40, leeftijd: vanaf, aowLeeftijdBereikt: false }, p).oordeel).toBe('niet')
      // Below the band with the AOW age reached: invalid input.
      expect(orakel({ ...bijstand40, leeftijd: onder - 1, aowLeeftijdBereikt: true }, p)).toEqual({
        geldig: false,
        tegenstrijdig: 'aowLeeftijdBereikt',
      })
      if (onder < vanaf) {
        // In the band the fact decides; it is asked while missing.
        expect(dg({ ...bijstand40, leeftijd: onder }, p)).toEqual(open('aowLeeftijdBereikt'))
        expect(dg({ ...bijstand40, leeftijd: onder, aowLeeftijdBereikt: false }, p)).toEqual(mogelijk)
        expect(dg({ ...bijstand40, leeftijd: onder, aowLeeftijdBereikt: true }, p)).toEqual({
          ...nietMogelijk,
          verwijzing: 'aow',
        })
      }
    }
  })
  it('op de jaargrens: 66 is in 2018 te oud, in 2019 in de band; 66 is in 2024 in de band, in 2025 niet', () => {
    expect(dg({ ...bijstand40, leeftijd: 66 }, '2018-12-31').oordeel).toBe('niet')
    expect(dg({ ...bijstand40, leeftijd: 66 }, '2019-01-01')).toEqual(open('aowLeeftijdBereikt'))
    expect(dg({ ...bijstand40, leeftijd: 66 }, '2024-12-31')).toEqual(open('aowLeeftijdBereikt'))
    expect(dg({ ...bijstand40, leeftijd: 66 }, '2025-01-01')).toEqual(mogelijk)
    expect(dg({ ...bijstand40, leeftijd: 67 }, '2027-12-31').oordeel).toBe('niet')
    expect(dg({ ...bijstand40, leeftijd: 67 }, '2028-01-01')).toEqual(open('aowLeeftijdBereikt'))
  })
  it('zonder leeftijd beslist aowLeeftijdBereikt; zonder beide zijn beide nodig, ook zonder band', () => {
    const zonder = { woontInGemeente: true, uitkering: 'bijstand' } as const
    for (const p of ['2016-07-01', '2026-07-01']) {
      expect(dg({ ...zonder, aowLeeftijdBereikt: true }, p)).toEqual({ ...nietMogelijk, verwijzing: 'aow' })
      // Under the AOW age, but the age also decides D2 (16) and D4 (27): still needed.
      expect(dg({ ...zonder, aowLeeftijdBereikt: false }, p).ontbrekend).toContain('leeftijd')
      expect(dg(zonder, p).ontbrekend.slice(0, 2)).toEqual(['leeftijd', 'aowLeeftijdBereikt'])
    }
  })
})

describe('orakel: D2, leeftijd 15/16', () => {
  it('15 is te jong (onderwijs), 16 hoort erbij', () => {
    expect(dg({ ...bijstand40, leeftijd: 15, kanBekostigdOnderwijsVolgen: false }, '2020-03-01')).toEqual({
      ...nietMogelijk,
      verwijzing: 'onderwijs',
    })
    expect(dg({ ...bijstand40, leeftijd: 16, kanBekostigdOnderwijsVolgen: false }, '2020-03-01')).toEqual(mogelijk)
  })
  it('de verwijzing is de eerste onware voorwaarde: D1 voor D2, D2 voor D3', () => {
    const p = '2020-03-01'
    expect(dg({ woontInGemeente: false, leeftijd: 15, uitkering: 'uwv' }, p).verwijzing).toBe('andere-gemeente')
    expect(dg({ leeftijd: 15, uitkering: 'uwv', werktMetLoonkostensubsidie: false }, p).verwijzing).toBe('onderwijs')
    expect(dg({ leeftijd: 70, uitkering: 'uwv', werktMetLoonkostensubsidie: false }, p).verwijzing).toBe('aow')
    expect(dg({ ...uwv40, leeftijd: 20, kanBekostigdOnderwijsVolgen: true }, p).verwijzing).toBe('uwv')
  })
})

describe('orakel: D3 op 2015-12-31 / 2016-01-01 (Pw art. 7 lid 3 onder c, tekst 2015 en 2016)', () => {
  it('een UWV-klant die het minimumloon niet kan verdienen: in 2015 in de doelgroep, vanaf 2016 niet', () => {
    const s = { ...uwv40, kanVolledigMinimumloonVerdienen: false }
    expect(dg(s, '2015-12-31')).toEqual(mogelijk)
    expect(dg(s, '2016-01-01')).toEqual({ ...nietMogelijk, verwijzing: 'uwv' })
    expect(van(s, '2015-12-31', 'scholing')).toEqual(mogelijk)
    expect(van(s, '2016-01-01', 'scholing')).toEqual(nietMogelijk)
  })
  it('een UWV-klant die het minimumloon wel kan verdienen: nooit', () => {
    const s = { ...uwv40, kanVolledigMinimumloonVerdienen: true }
    expect(dg(s, '2015-12-31')).toEqual({ ...nietMogelijk, verwijzing: 'uwv' })
    expect(dg(s, '2016-01-01')).toEqual({ ...nietMogelijk, verwijzing: 'uwv' })
  })
  it('in 2015 vraagt D3 het minimumloon van een UWV-klant, vanaf 2016 niet meer', () => {
    expect(dg(uwv40, '2015-12-31')).toEqual(open('kanVolledigMinimumloonVerdienen'))
    expect(dg(uwv40, '2016-01-01')).toEqual({ ...nietMogelijk, verwijzing: 'uwv' })
    const geenUitkeringBekend = { woontInGemeente: true, leeftijd: 40, werktMetLoonkostensubsidie: false }
    expect(dg(geenUitkeringBekend, '2015-12-31')).toEqual(open('uitkering', 'kanVolledigMinimumloonVerdienen'))
    expect(dg(geenUitkeringBekend, '2016-01-01')).toEqual(open('uitkering'))
  })
  it('werk met loonkostensubsidie houdt een UWV-klant in de doelgroep, op elke datum', () => {
    const s = { ...uwv40, werktMetLoonkostensubsidie: true }
    expect(dg(s, '2015-12-31')).toEqual(mogelijk)
    expect(dg(s, '2031-12-31')).toEqual(mogelijk)
  })
})

describe('orakel: no-riskpolis op 2015-12-31 / 2016-01-01 / 2017-01-01, contract 0/1/5/6', () => {
  const met = (s: OrakelSituatie, p: string) => van(s, p, 'no-riskpolis')
  it('2015: beperking of loonkostensubsidie, en een contract van minstens 6 maanden', () => {
    expect(met({ ...bijstand40, beperking: true, contractMaanden: 5 }, '2015-12-31')).toEqual(nietMogelijk)
    expect(met({ ...bijstand40, beperking: true, contractMaanden: 6 }, '2015-12-31')).toEqual(mogelijk)
    expect(
      met({ ...bijstand40, beperking: false, werktMetLoonkostensubsidie: true, contractMaanden: 6 }, '2015-12-31'),
    ).toEqual(mogelijk)
    // Not the minimum wage alone: that route came in 2016.
    const laagLoon = {
      ...bijstand40,
      beperking: false,
      werktMetLoonkostensubsidie: false,
      kanVolledigMinimumloonVerdienen: false,
    }
    expect(met({ ...laagLoon, contractMaanden: 6 }, '2015-12-31')).toEqual(nietMogelijk)
    expect(met({ ...laagLoon, contractMaanden: 1 }, '2016-01-01')).toEqual(mogelijk)
    expect(met({ ...laagLoon, contractMaanden: 0 }, '2016-01-01')).toEqual(nietMogelijk)
  })
  it('vanaf 2016, route van art. 12: beperking, het minimumloon wel, contract 5 niet en 6 wel', () => {
    const s = {
      ...bijstand40,
      beperking: true,
      kanVolledigMinimumloonVerdienen: true,
      werktMetLoonkostensubsidie: false,
    }
    expect(met({ ...s, contractMaanden: 5 }, '2016-01-01')).toEqual(nietMogelijk)
    expect(met({ ...s, contractMaanden: 6 }, '2016-01-01')).toEqual(mogelijk)
  })
  it('vanaf 2016, UWV-route onder e: loonkostensubsidie met een contract van 1 maand', () => {
    const s = {
      ...bijstand40,
      beperking: false,
      kanVolledigMinimumloonVerdienen: true,
      werktMetLoonkostensubsidie: true,
    }
    expect(met({ ...s, contractMaanden: 1 }, '2015-12-31')).toEqual(nietMogelijk)
    expect(met({ ...s, contractMaanden: 1 }, '2016-01-01')).toEqual(mogelijk)
    expect(met({ ...s, contractMaanden: 0 }, '2016-01-01')).toEqual(nietMogelijk)
  })
  it('vanaf 2017, UWV-route onder f: een UWV-klant in beschut werk', () => {
    const s = {
      ...uwv40,
      beperking: true,
      beschutteWerkplekNodig: true,
      kanVolledigMinimumloonVerdienen: false,
      contractMaanden: 1,
    }
    expect(met(s, '2016-12-31')).toEqual(nietMogelijk)
    expect(met(s, '2017-01-01')).toEqual(mogelijk)
  })
  it('met het contract onbekend vraagt het alleen het contract', () => {
    const s = { ...bijstand40, beperking: false, kanVolledigMinimumloonVerdienen: false }
    expect(met(s, '2020-05-05')).toEqual(open('contractMaanden'))
  })
})

describe('orakel: beschut werk en loonkostensubsidie naar loonwaarde op 2016-12-31 / 2017-01-01', () => {
  const beschut = { beperking: true, beschutteWerkplekNodig: true }
  it('een UWV-klant: vóór 2017 niet, vanaf 2017 mogelijk, met het aandachtspunt van 2017', () => {
    const s = { ...uwv40, ...beschut, afstandTotArbeidsmarkt: 'groot' } as const
    expect(van(s, '2016-12-31', 'beschut-werk')).toEqual(nietMogelijk)
    expect(van(s, '2017-01-01', 'beschut-werk')).toEqual(mogelijk)
    expect(punten(s, '2017-01-01')).toContain('beschutWerkVanaf2017')
    expect(punten(s, '2017-01-01')).not.toContain('beschutWerkTot2017')
  })
  it('vóór 2017 alleen met een grote afstand (art. 9 lid 2), daarna zonder die voorwaarde', () => {
    const kort = { ...bijstand40, ...beschut, afstandTotArbeidsmarkt: 'kort' } as const
    expect(van(kort, '2016-12-31', 'beschut-werk')).toEqual(nietMogelijk)
    expect(van(kort, '2017-01-01', 'beschut-werk')).toEqual(mogelijk)
    const groot = { ...kort, afstandTotArbeidsmarkt: 'groot' } as const
    expect(van(groot, '2016-12-31', 'beschut-werk')).toEqual(mogelijk)
    expect(punten(groot, '2016-12-31')).toContain('beschutWerkTot2017')
    expect(punten(groot, '2016-12-31')).not.toContain('beschutWerkVanaf2017')
  })
  it('loonwaarde: een UWV-klant in de groep van beschut werk vanaf 2017', () => {
    const s = { ...uwv40, ...beschut, kanVolledigMinimumloonVerdienen: false }
    expect(van(s, '2016-12-31', 'loonkostensubsidie-loonwaarde')).toEqual(nietMogelijk)
    expect(van(s, '2017-01-01', 'loonkostensubsidie-loonwaarde')).toEqual(mogelijk)
    expect(van({ ...s, kanVolledigMinimumloonVerdienen: true }, '2017-01-01', 'loonkostensubsidie-loonwaarde')).toEqual(
      nietMogelijk,
    )
  })
})

describe('orakel: jongeren op 2025-12-31 / 2026-01-01 (Pw art. 7 lid 3 onder a; art. 7a)', () => {
  it('22, kan geen onderwijs volgen: eerst in de doelgroep, vanaf 2026 regels onbekend', () => {
    expect(dg(jongere, '2025-12-31')).toEqual(mogelijk)
    expect(dg(jongere, '2026-01-01')).toEqual(regelsOnbekend)
    expect(van(jongere, '2026-01-01', 'scholing')).toEqual(regelsOnbekend)
    expect(van(jongere, '2026-01-01', 'bemiddeling')).toEqual(regelsOnbekend)
  })
  it('regels onbekend voegt niets toe aan ontbrekend; een onwaar deel wint', () => {
    expect(van(jongere, '2026-01-01', 'werkstage')).toEqual(
      open('maandenUitkering', 'jarenGeenWerkinkomen', 'ooitBetaaldGewerkt', 'afstandTotArbeidsmarkt'),
    )
    expect(van({ ...jongere, afstandTotArbeidsmarkt: 'kort' }, '2026-01-01', 'werkstage')).toEqual(nietMogelijk)
    expect(van({ ...jongere, afstandTotArbeidsmarkt: 'kort' }, '2026-01-01', 'detacheringsbaan')).toEqual(
      regelsOnbekend,
    )
  })
  it('26 en 27 op 2026-01-01: 26 regels onbekend, 27 in de doelgroep', () => {
    expect(dg({ ...jongere, leeftijd: 26 }, '2026-01-01')).toEqual(regelsOnbekend)
    expect(dg({ ...jongere, leeftijd: 27 }, '2026-01-01')).toEqual(mogelijk)
  })
  it('wie onderwijs kan volgen: naar school (onderwijs), voor en na 2026; 27 wel in de doelgroep', () => {
    const school = { ...jongere, kanBekostigdOnderwijsVolgen: true }
    expect(dg(school, '2025-12-31')).toEqual({ ...nietMogelijk, verwijzing: 'onderwijs' })
    expect(dg(school, '2026-01-01')).toEqual({ ...nietMogelijk, verwijzing: 'onderwijs' })
    expect(dg({ ...school, leeftijd: 26 }, '2025-12-31').oordeel).toBe('niet')
    expect(dg({ ...school, leeftijd: 27 }, '2025-12-31')).toEqual(mogelijk)
    expect(dg({ ...school, leeftijd: 27 }, '2026-01-01')).toEqual(mogelijk)
  })
  it('D4 vraagt het onderwijsfeit alleen onder 27 of bij een onbekende leeftijd', () => {
    const zonder = { ...jongere, kanBekostigdOnderwijsVolgen: undefined }
    for (const p of ['2025-12-31', '2026-01-01']) {
      expect(dg(zonder, p)).toEqual(open('kanBekostigdOnderwijsVolgen'))
      expect(dg({ ...zonder, leeftijd: 27 }, p)).toEqual(mogelijk)
    }
    // Age unknown: D2 and D4 both need it; from 2026 D4 stays open while the age is missing.
    const zonderLeeftijd = { ...jongere, leeftijd: undefined, aowLeeftijdBereikt: false }
    expect(dg(zonderLeeftijd, '2025-12-31')).toEqual(open('leeftijd'))
    expect(dg(zonderLeeftijd, '2026-01-01')).toEqual(open('leeftijd'))
  })
  it('leerwerktraject: vóór 2026 zonder D4, vanaf 2026 alleen wie geen onderwijs kan volgen', () => {
    const school = { ...jongere, kanBekostigdOnderwijsVolgen: true }
    expect(van(school, '2025-12-31', 'leerwerktraject')).toEqual(mogelijk)
    expect(van(school, '2026-01-01', 'leerwerktraject')).toEqual(nietMogelijk)
    expect(van(jongere, '2026-01-01', 'leerwerktraject')).toEqual(mogelijk)
    const onbekendOnderwijs = { ...jongere, kanBekostigdOnderwijsVolgen: undefined }
    expect(van(onbekendOnderwijs, '2025-12-31', 'leerwerktraject')).toEqual(mogelijk)
    expect(van(onbekendOnderwijs, '2026-01-01', 'leerwerktraject')).toEqual(open('kanBekostigdOnderwijsVolgen'))
  })
  it('leerwerktraject: 26 wel, 27 niet; met een startkwalificatie niet', () => {
    for (const p of ['2025-12-31', '2026-01-01']) {
      expect(van({ ...jongere, leeftijd: 26 }, p, 'leerwerktraject')).toEqual(mogelijk)
      expect(van({ ...jongere, leeftijd: 27 }, p, 'leerwerktraject')).toEqual(nietMogelijk)
      expect(van({ ...jongere, startkwalificatie: true }, p, 'leerwerktraject')).toEqual(nietMogelijk)
    }
  })
  it('no-riskpolis voor een jongere vanaf 2026: regels onbekend (D4 in elke route)', () => {
    const s = {
      ...jongere,
      beperking: false,
      kanVolledigMinimumloonVerdienen: false,
      contractMaanden: 1,
    }
    expect(van(s, '2025-12-31', 'no-riskpolis')).toEqual(mogelijk)
    expect(van(s, '2026-01-01', 'no-riskpolis')).toEqual(regelsOnbekend)
  })
  it('aandachtspunt geenUitkering: een jongere zonder uitkering die geen onderwijs kan volgen wel, een scholier niet', () => {
    const geen = { ...jongere, uitkering: 'geen' } as const
    expect(punten(geen, '2026-01-01')).toContain('geenUitkering')
    expect(punten({ ...geen, kanBekostigdOnderwijsVolgen: true }, '2026-01-01')).not.toContain('geenUitkering')
    expect(punten({ ...geen, kanBekostigdOnderwijsVolgen: true }, '2025-12-31')).not.toContain('geenUitkering')
  })
  it('de vervallen aandachtspunten (jongeren, landelijke regels) gelden nooit', () => {
    const s = { ...jongere, beperking: true, contractMaanden: 12, kanVolledigMinimumloonVerdienen: false }
    for (const p of ['2015-12-31', '2016-01-01', '2026-01-01']) {
      expect(punten(s, p)).not.toContain('jongerenNieuweRegels')
      expect(punten(s, p)).not.toContain('landelijkeRegelsNoRiskJobcoach')
    }
  })
})

describe('orakel: participatieplaats (art. 8; Pw art. 10a; IOAW en IOAZ art. 38a)', () => {
  const groot = { ...bijstand40, afstandTotArbeidsmarkt: 'groot' } as const
  it('27 of ouder, bijstand, grote afstand: mogelijk, met premie en duur', () => {
    expect(van(groot, '2020-01-01', 'participatieplaats')).toEqual(mogelijk)
    expect(punten(groot, '2020-01-01')).toContain('participatieplaatsPremie')
    expect(punten(groot, '2020-01-01')).not.toContain('participatieplaatsScholing')
    expect(punten({ ...groot, startkwalificatie: false }, '2020-01-01')).toContain('participatieplaatsScholing')
  })
  it('26 niet, 27 wel', () => {
    expect(van({ ...groot, leeftijd: 26 }, '2020-01-01', 'participatieplaats')).toEqual(nietMogelijk)
    expect(van({ ...groot, leeftijd: 27 }, '2020-01-01', 'participatieplaats')).toEqual(mogelijk)
  })
  it('IOAW en IOAZ: regels onbekend, op elke datum; ANW en geen uitkering: niet', () => {
    for (const p of ['2015-07-01', '2025-12-31', '2026-01-01']) {
      expect(van({ ...groot, uitkering: 'ioaw' }, p, 'participatieplaats')).toEqual(regelsOnbekend)
      expect(van({ ...groot, uitkering: 'ioaz' }, p, 'participatieplaats')).toEqual(regelsOnbekend)
      expect(van({ ...groot, uitkering: 'anw' }, p, 'participatieplaats')).toEqual(nietMogelijk)
      expect(van({ ...groot, uitkering: 'geen' }, p, 'participatieplaats')).toEqual(nietMogelijk)
    }
    expect(punten({ ...groot, uitkering: 'ioaw' }, '2020-01-01')).not.toContain('participatieplaatsPremie')
    expect(van({ ...groot, uitkering: undefined }, '2020-01-01', 'participatieplaats')).toEqual(
      open('uitkering', 'werktMetLoonkostensubsidie'),
    )
  })
})

describe('orakel: werkstage en loonkostensubsidie, maanden 11/12 en jaren 4/5', () => {
  const s = { ...bijstand40, afstandTotArbeidsmarkt: 'groot', ooitBetaaldGewerkt: true } as const
  it('werkstage: 11 maanden en 4 jaar niet; 12 maanden of 5 jaar wel', () => {
    expect(van({ ...s, maandenUitkering: 11, jarenGeenWerkinkomen: 4 }, '2020-01-01', 'werkstage')).toEqual(
      nietMogelijk,
    )
    expect(van({ ...s, maandenUitkering: 12, jarenGeenWerkinkomen: 4 }, '2020-01-01', 'werkstage')).toEqual(mogelijk)
    expect(van({ ...s, maandenUitkering: 11, jarenGeenWerkinkomen: 5 }, '2020-01-01', 'werkstage')).toEqual(mogelijk)
    expect(van({ ...s, maandenUitkering: 11 }, '2020-01-01', 'werkstage')).toEqual(open('jarenGeenWerkinkomen'))
  })
  it('loonkostensubsidie: kan het minimumloon verdienen, korte afstand, 11 maanden niet en 12 wel', () => {
    const k = { ...bijstand40, kanVolledigMinimumloonVerdienen: true, afstandTotArbeidsmarkt: 'kort' } as const
    expect(van({ ...k, maandenUitkering: 11 }, '2020-01-01', 'loonkostensubsidie')).toEqual(nietMogelijk)
    expect(van({ ...k, maandenUitkering: 12 }, '2020-01-01', 'loonkostensubsidie')).toEqual(mogelijk)
  })
})

describe('orakel: persoonlijke ondersteuning, contract 0/1', () => {
  it('een beperking en een contract van 1 maand: mogelijk; zonder contract niet', () => {
    const s = { ...bijstand40, beperking: true }
    expect(van({ ...s, contractMaanden: 0 }, '2020-01-01', 'persoonlijke-ondersteuning')).toEqual(nietMogelijk)
    expect(van({ ...s, contractMaanden: 1 }, '2020-01-01', 'persoonlijke-ondersteuning')).toEqual(mogelijk)
    expect(
      van({ ...bijstand40, beperking: false, contractMaanden: 1 }, '2020-01-01', 'persoonlijke-ondersteuning'),
    ).toEqual(open('kanVolledigMinimumloonVerdienen'))
  })
})

describe('orakel: aandachtspunten over kinderen (art. 2 lid 3; Pw art. 9 lid 4, art. 9a)', () => {
  const p = '2020-01-01'
  const ouder = { ...bijstand40, alleenstaandeOuder: true }
  it.each([
    [3, ['kinderopvang', 'ontheffing', 'kinderopvangVoorwaarde']],
    [4, ['naschoolseOpvang', 'ontheffing', 'kinderopvangVoorwaarde']],
    [5, ['naschoolseOpvang', 'kinderopvangVoorwaarde']],
    [11, ['naschoolseOpvang', 'kinderopvangVoorwaarde']],
    [12, ['naschoolseOpvang']],
    [13, []],
  ])('alleenstaande ouder met bijstand, jongste kind %i', (leeftijd, verwacht) => {
    const kinderpunten = ['kinderopvang', 'naschoolseOpvang', 'ontheffing', 'kinderopvangVoorwaarde']
    expect(punten({ ...ouder, jongsteKindLeeftijd: leeftijd }, p).filter((id) => kinderpunten.includes(id))).toEqual(
      verwacht,
    )
  })
  it('ontheffing en opvangvoorwaarde alleen bij bijstand, IOAW of IOAZ, en alleen als alleenstaande ouder', () => {
    for (const uitkering of ['ioaw', 'ioaz'] as const)
      expect(punten({ ...ouder, uitkering, jongsteKindLeeftijd: 2 }, p)).toContain('ontheffing')
    for (const uitkering of ['anw', 'geen', 'uwv'] as const)
      expect(punten({ ...ouder, uitkering, jongsteKindLeeftijd: 2 }, p)).not.toContain('kinderopvangVoorwaarde')
    expect(punten({ ...ouder, alleenstaandeOuder: false, jongsteKindLeeftijd: 2 }, p)).not.toContain('ontheffing')
    expect(punten({ ...ouder, alleenstaandeOuder: undefined, jongsteKindLeeftijd: 2 }, p)).not.toContain('ontheffing')
    expect(punten({ ...ouder, jongsteKindLeeftijd: 2 }, p)).toContain('kinderopvang')
  })
})

describe('orakel: andere aandachtspunten', () => {
  it('overgangsrecht tot en met 2016-06-30, daarna "het college beslist nu"', () => {
    const s = { ...bijstand40, voorzieningOudeVerordening: true }
    expect(punten(s, '2016-06-30')).toContain('overgangsrecht')
    expect(punten(s, '2016-06-30')).not.toContain('overgangsrechtVoorbij')
    expect(punten(s, '2016-07-01')).toContain('overgangsrechtVoorbij')
    expect(punten(s, '2016-07-01')).not.toContain('overgangsrecht')
    expect(punten({ ...s, voorzieningOudeVerordening: false }, '2016-06-30')).not.toContain('overgangsrecht')
  })
  it('geenUitkering: niet voor wie 70 of 15 is of elders woont; wel als D1 nog onbekend is', () => {
    const geen = { ...bijstand40, uitkering: 'geen' } as const
    expect(punten(geen, '2020-01-01')).toContain('geenUitkering')
    expect(punten({ ...geen, leeftijd: 70 }, '2020-01-01')).not.toContain('geenUitkering')
    expect(punten({ ...geen, leeftijd: 15 }, '2020-01-01')).not.toContain('geenUitkering')
    expect(punten({ ...geen, woontInGemeente: false }, '2020-01-01')).not.toContain('geenUitkering')
    expect(punten({ ...geen, woontInGemeente: undefined }, '2020-01-01')).toContain('geenUitkering')
    expect(punten({ ...bijstand40 }, '2020-01-01')).not.toContain('geenUitkering')
  })
  it('eindeBijWerk zodra één voorziening mogelijk is', () => {
    expect(punten(bijstand40, '2020-01-01')).toContain('eindeBijWerk')
    expect(punten({ ...bijstand40, woontInGemeente: false }, '2020-01-01')).not.toContain('eindeBijWerk')
    expect(punten({ ...bijstand40, woontInGemeente: undefined }, '2020-01-01')).not.toContain('eindeBijWerk')
  })
  it('socialeActiveringZonderPerspectief als kanOoitZonderSteunWerken nee is', () => {
    const s = { ...bijstand40, afstandTotArbeidsmarkt: 'groot', kanOoitZonderSteunWerken: false } as const
    expect(van(s, '2020-01-01', 'sociale-activering')).toEqual(nietMogelijk)
    expect(punten(s, '2020-01-01')).toContain('socialeActiveringZonderPerspectief')
    expect(punten({ ...s, kanOoitZonderSteunWerken: true }, '2020-01-01')).not.toContain(
      'socialeActiveringZonderPerspectief',
    )
    expect(punten({ ...s, kanOoitZonderSteunWerken: undefined }, '2020-01-01')).not.toContain(
      'socialeActiveringZonderPerspectief',
    )
  })
})

// ---------------------------------------------------------------------------------------------
// (b) `evaluate` with the Assen model against the oracle.

/** Runs per property; `ORAKEL_RUNS=100000` for a deep check once. */
const RUNS = Math.max(1, Number(process.env.ORAKEL_RUNS ?? 400) || 400)
const TIJD = Math.max(60_000, RUNS * 20)

const alsOordeel = { ja: 'mogelijk', nee: 'niet', onbekend: 'onbekend' } as const
const BEKENDE_PUNTEN = new Set(ORAKEL_AANDACHTSPUNTEN)

/** What the oracle says, in the shape both can give. */
function volgensOrakel(u: Geldig) {
  return {
    doelgroep: { oordeel: u.doelgroep.oordeel, verwijzing: u.doelgroep.verwijzing, ontbrekend: u.doelgroep.ontbrekend },
    uitkomsten: Object.fromEntries(
      ORAKEL_VOORZIENINGEN.map((id) => [
        id,
        { oordeel: u.voorzieningen[id].oordeel, ontbrekend: u.voorzieningen[id].ontbrekend },
      ]),
    ),
    aandachtspunten: [...u.aandachtspunten].sort(),
  }
}

/** What `evaluate` says, for the voorzieningen and notes the oracle knows. */
function volgensModel(e: Evaluatie): ReturnType<typeof volgensOrakel> {
  const known = new Set<string>(ORAKEL_VOORZIENINGEN)
  return {
    doelgroep: {
      oordeel: alsOordeel[e.doelgroep.oordeel],
      verwijzing: e.doelgroep.verwijzing,
      ontbrekend: e.doelgroep.ontbrekend as OrakelFeit[],
    },
    uitkomsten: Object.fromEntries(
      e.uitkomsten
        .filter((u) => known.has(u.voorziening))
        .map((u) => [u.voorziening, { oordeel: u.oordeel, ontbrekend: u.ontbrekend as readonly OrakelFeit[] }]),
    ),
    aandachtspunten: e.aandachtspunten
      .map((a) => a.sleutel)
      .filter((id) => BEKENDE_PUNTEN.has(id))
      .sort(),
  }
}

describe('evaluate (Assen) volgt het orakel', () => {
  it(
    'tegenstrijdige feiten: dezelfde als het orakel',
    () => {
      fc.assert(
        fc.property(situatieArb, peildatumArb, (s, p) => {
          expect(tegenstrijdigheden(s, p, ASSEN).length > 0).toBe(!orakel(s, p).geldig)
        }),
        { numRuns: RUNS },
      )
    },
    TIJD,
  )

  it('het venster van peildata is hetzelfde', () => {
    for (const p of ['2015-06-30', '2015-07-01', '2031-12-31', '2032-01-01'])
      expect(ASSEN.isGeldigePeildatum(p), p).toBe(isGeldigePeildatum(p))
  })

  const vergelijk = (deel: 'doelgroep' | 'uitkomsten' | 'aandachtspunten') => () => {
    fc.assert(
      fc.property(situatieArb, peildatumArb, (s, p) => {
        const o = orakel(s, p)
        if (!o.geldig) return
        expect(volgensModel(evaluate(s, p, ASSEN))[deel], `peildatum ${p}`).toEqual(volgensOrakel(o)[deel])
      }),
      { numRuns: RUNS },
    )
  }
  it('doelgroep: oordeel, verwijzing en ontbrekend', vergelijk('doelgroep'), TIJD)
  it('elke voorziening: oordeel en ontbrekend', vergelijk('uitkomsten'), TIJD)
  it('de aandachtspunten die het orakel kent', vergelijk('aandachtspunten'), TIJD)
})

// ---------------------------------------------------------------------------------------------
// (b) "Rules unknown" and `ontbrekend`, for the oracle and for `evaluate`.

/** One outcome of an evaluator, or `undefined` for facts that contradict each other. */
type Beoordeling = (s: OrakelSituatie) => { oordeel: OrakelOordeel; ontbrekend: readonly OrakelFeit[] } | undefined

/** Values per fact that reach every boundary of the rules (the AOW band lies between 64 and 68). */
const VOORBEELDEN: Readonly<Record<OrakelFeit, readonly unknown[]>> = {
  woontInGemeente: [true, false],
  leeftijd: [15, 16, 26, 27, 40, 64, 65, 66, 67, 68],
  aowLeeftijdBereikt: [true, false],
  uitkering: ['bijstand', 'anw', 'ioaw', 'ioaz', 'geen', 'uwv'],
  werktMetLoonkostensubsidie: [true, false],
  maandenUitkering: [11, 12],
  jarenGeenWerkinkomen: [4, 5],
  ooitBetaaldGewerkt: [true, false],
  startkwalificatie: [true, false],
  kanBekostigdOnderwijsVolgen: [true, false],
  afstandTotArbeidsmarkt: ['kort', 'groot'],
  kanOoitZonderSteunWerken: [true, false],
  beperking: [true, false],
  beschutteWerkplekNodig: [true, false],
  kanVolledigMinimumloonVerdienen: [true, false],
  contractMaanden: [0, 1, 5, 6],
  jongsteKindLeeftijd: [3, 4, 5, 11, 12, 13],
  voorzieningOudeVerordening: [true, false],
  alleenstaandeOuder: [true, false],
}

const MAX_BEOORDELINGEN = 200_000

/**
 * Whether filling in `feit` can change the outcome: some facts added to `s` (possibly none), valid,
 * where the outcome with `feit` differs from the outcome without it. The outcome is the oordeel, and
 * for `onbekend` whether facts can still decide it or only the gemeente's own rules (`ontbrekend: []`,
 * "ask the gemeente": a different answer for the resident). A breadth-first search over the facts the
 * outcome still needs (the others cannot change it), the fewest added facts first; an outcome that is
 * decided, or open only by rules unknown, stays so whatever is added.
 */
function kanVeranderen(s: OrakelSituatie, feit: OrakelFeit, beoordeel: Beoordeling): boolean {
  const gezien = new Set<string>()
  let rij: OrakelSituatie[] = [s]
  let beoordelingen = 0
  const sleutel = (t: OrakelSituatie) => JSON.stringify(FEITEN_IN_VOLGORDE.map((f) => t[f] ?? null))
  while (rij.length) {
    const volgende: OrakelSituatie[] = []
    for (const t of rij) {
      const nu = beoordeel(t)
      beoordelingen++
      if (!nu || nu.oordeel !== 'onbekend' || nu.ontbrekend.length === 0) continue
      for (const waarde of VOORBEELDEN[feit]) {
        const met = beoordeel({ ...t, [feit]: waarde })
        beoordelingen++
        if (met && (met.oordeel !== 'onbekend' || met.ontbrekend.length === 0)) return true
      }
      for (const ander of nu.ontbrekend) {
        if (ander === feit) continue
        for (const waarde of VOORBEELDEN[ander]) {
          const erbij = { ...t, [ander]: waarde }
          const k = sleutel(erbij)
          if (gezien.has(k)) continue
          gezien.add(k)
          volgende.push(erbij)
        }
      }
      if (beoordelingen > MAX_BEOORDELINGEN) throw new Error(`te veel beoordelingen voor ${feit}`)
    }
    rij = volgende
  }
  return false
}

type Wie = OrakelVoorziening | 'doelgroep'

const viaOrakel =
  (p: string, wie: Wie): Beoordeling =>
  (s) => {
    const o = orakel(s, p)
    if (!o.geldig) return undefined
    return wie === 'doelgroep' ? o.doelgroep : o.voorzieningen[wie]
  }

const viaModel =
  (p: string, wie: Wie): Beoordeling =>
  (s) => {
    if (tegenstrijdigheden(s as Situatie, p, ASSEN).length) return undefined
    const e = evaluate(s as Situatie, p, ASSEN)
    if (wie === 'doelgroep') return { oordeel: alsOordeel[e.doelgroep.oordeel], ontbrekend: e.doelgroep.ontbrekend }
    return e.uitkomsten.find((u) => u.voorziening === wie) as ReturnType<Beoordeling>
  }

/**
 * Where `ontbrekend` as the rules define it (the facts the open parts of the not-false expression need)
 * holds a fact that cannot change the outcome: one condition of the row fixes another one's answer (see
 * docs/orakel.md, "ontbrekend"). Per row: the facts, and the peildata on which it happens, worked out
 * from the rows (and found so by a search of 60,000 random cases). Every other fact in every
 * `ontbrekend`, the doelgroep's included, must be able to change the outcome.
 */
const OVERBODIG_DOOR_DE_REGEL: Readonly<
  Partial<
    Record<Wie, readonly { readonly feiten: readonly OrakelFeit[]; readonly voor?: string; readonly vanaf?: string }[]>
  >
> = {
  // `leeftijd >= 27` makes D4 true (and under 27 the row is `niet`): D4's education fact cannot decide it.
  // `uitkering === "bijstand"` (or IOAW/IOAZ) makes D3 true: D3's other facts cannot either.
  participatieplaats: [
    { feiten: ['werktMetLoonkostensubsidie', 'kanBekostigdOnderwijsVolgen', 'kanVolledigMinimumloonVerdienen'] },
  ],
  // Before 2016 a UWV client is in D3 only with loonkostensubsidie or `kanVolledigMinimumloonVerdienen ===
  // false`; the row needs "beperking OR not the minimum wage", and the latter settles both.
  'persoonlijke-ondersteuning': [{ feiten: ['werktMetLoonkostensubsidie', 'beperking'], voor: '2016-01-01' }],
  // Before 2016: without a beperking the row needs loonkostensubsidie, which makes D3 true whatever the
  // benefit. From 2016: the three routes overlap (art. 12 and the beschut-werk group beside the route onder e).
  'no-riskpolis': [
    { feiten: ['uitkering', 'beperking', 'kanVolledigMinimumloonVerdienen'], voor: '2016-01-01' },
    {
      feiten: [
        'uitkering',
        'werktMetLoonkostensubsidie',
        'beperking',
        'beschutteWerkplekNodig',
        'kanVolledigMinimumloonVerdienen',
      ],
      vanaf: '2016-01-01',
    },
  ],
  // Before 2016: a UWV client's `kanVolledigMinimumloonVerdienen === false` settles D3 and the row. From
  // 2017: "doelgroep OR the beschut-werk group", where one part can make the other redundant.
  'loonkostensubsidie-loonwaarde': [
    { feiten: ['werktMetLoonkostensubsidie'], voor: '2016-01-01' },
    { feiten: ['werktMetLoonkostensubsidie', 'beperking', 'beschutteWerkplekNodig'], vanaf: '2017-01-01' },
  ],
}

function doorDeRegel(wie: Wie, feit: OrakelFeit, p: string): boolean {
  return (OVERBODIG_DOOR_DE_REGEL[wie] ?? []).some(
    (r) => r.feiten.includes(feit) && (r.voor === undefined || p < r.voor) && (r.vanaf === undefined || p >= r.vanaf),
  )
}

/** The facts in `ontbrekend` that cannot change the outcome, except those the rule itself keeps. */
function overbodig(s: OrakelSituatie, p: string, wie: Wie, via: typeof viaOrakel): OrakelFeit[] {
  const beoordeel = via(p, wie)
  const nu = beoordeel(s)
  if (!nu) return []
  return nu.ontbrekend.filter((f) => !doorDeRegel(wie, f, p) && !kanVeranderen(s, f, beoordeel))
}

const wieArb = fc.constantFrom<Wie>('doelgroep', ...ORAKEL_VOORZIENINGEN)

describe('regels onbekend en ontbrekend', () => {
  it(
    'orakel: onbekend alleen door regels onbekend is precies onbekend met ontbrekend: []',
    () => {
      fc.assert(
        fc.property(situatieArb, peildatumArb, (s, p) => {
          const o = orakel(s, p)
          if (!o.geldig) return
          for (const u of [o.doelgroep, ...Object.values(o.voorzieningen)])
            expect(u.alleenRegelsOnbekend).toBe(u.oordeel === 'onbekend' && u.ontbrekend.length === 0)
        }),
        { numRuns: RUNS },
      )
    },
    TIJD,
  )

  it(
    'evaluate: onbekend met ontbrekend: [] blijft zo, welk feit er ook bij komt (geen vraag kan het beslissen)',
    () => {
      fc.assert(
        fc.property(situatieArb, situatieArb, peildatumArb, (s, extra, p) => {
          if (tegenstrijdigheden(s, p, ASSEN).length) return
          const erbij = { ...extra, ...s }
          if (tegenstrijdigheden(erbij, p, ASSEN).length) return
          const voor = evaluate(s, p, ASSEN)
          const na = evaluate(erbij, p, ASSEN)
          voor.uitkomsten.forEach((u, i) => {
            if (u.oordeel === 'onbekend' && u.ontbrekend.length === 0)
              expect(na.uitkomsten[i], u.voorziening).toMatchObject({ oordeel: 'onbekend', ontbrekend: [] })
          })
          if (voor.doelgroep.oordeel === 'onbekend' && voor.doelgroep.ontbrekend.length === 0)
            expect(na.doelgroep).toMatchObject({ oordeel: 'onbekend', ontbrekend: [] })
        }),
        { numRuns: RUNS },
      )
    },
    TIJD,
  )

  it(
    'orakel: ontbrekend bevat alleen feiten die de uitkomst kunnen veranderen',
    () => {
      fc.assert(
        fc.property(situatieArb, peildatumArb, wieArb, (s, p, wie) => {
          expect(overbodig(s, p, wie, viaOrakel), wie).toEqual([])
        }),
        { numRuns: RUNS },
      )
    },
    TIJD,
  )

  it(
    'evaluate: ontbrekend bevat alleen feiten die de uitkomst kunnen veranderen',
    () => {
      fc.assert(
        fc.property(situatieArb, peildatumArb, wieArb, (s, p, wie) => {
          expect(overbodig(s, p, wie, viaModel), wie).toEqual([])
        }),
        { numRuns: RUNS },
      )
    },
    TIJD,
  )

  describe('waar de regel zelf een overbodig feit vraagt (docs/orakel.md, "ontbrekend")', () => {
    const wel = (s: OrakelSituatie, p: string, wie: Wie, feit: OrakelFeit) => {
      expect(viaOrakel(p, wie)(s)?.ontbrekend, `${wie} vraagt ${feit}`).toContain(feit)
      return kanVeranderen(s, feit, viaOrakel(p, wie))
    }
    it('participatieplaats zonder leeftijd vraagt het onderwijsfeit, dat haar niet kan beslissen; de leeftijd wel', () => {
      const s = { woontInGemeente: true, uitkering: 'bijstand', afstandTotArbeidsmarkt: 'groot' } as const
      for (const p of ['2020-01-01', '2026-01-01']) {
        expect(wel(s, p, 'participatieplaats', 'kanBekostigdOnderwijsVolgen')).toBe(false)
        expect(wel(s, p, 'participatieplaats', 'leeftijd')).toBe(true)
      }
    })
    it('participatieplaats zonder uitkering vraagt loonkostensubsidie, die haar niet kan beslissen', () => {
      const s = { woontInGemeente: true, leeftijd: 40, afstandTotArbeidsmarkt: 'groot' } as const
      expect(wel(s, '2020-01-01', 'participatieplaats', 'werktMetLoonkostensubsidie')).toBe(false)
      expect(wel(s, '2020-01-01', 'participatieplaats', 'uitkering')).toBe(true)
    })
    it('loonwaarde vanaf 2017: met D3 waar voegt de groep van beschut werk niets toe', () => {
      const s = { werktMetLoonkostensubsidie: true, kanVolledigMinimumloonVerdienen: false }
      expect(wel(s, '2017-01-01', 'loonkostensubsidie-loonwaarde', 'beschutteWerkplekNodig')).toBe(false)
      expect(wel(s, '2016-12-31', 'loonkostensubsidie-loonwaarde', 'woontInGemeente')).toBe(true)
    })
    it('de doelgroep en de andere rijen kennen dit niet: daar kan elk gevraagd feit de uitkomst veranderen', () => {
      for (const p of ['2015-12-31', '2016-01-01', '2026-01-01'])
        for (const wie of ['doelgroep', 'werkstage', 'beschut-werk', 'leerwerktraject'] as const) {
          const beoordeel = viaOrakel(p, wie)
          for (const feit of beoordeel({})?.ontbrekend ?? [])
            expect(kanVeranderen({}, feit, beoordeel), `${wie} ${feit} ${p}`).toBe(true)
        }
    })
  })
})
