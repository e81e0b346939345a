import { describe, expect, it } from 'vitest'
import { AOW_LEEFTIJD, aowBand, evaluate, type Situatie, tegenstrijdigheden, type VoorzieningId } from './index.js'

type Verwacht = Partial<Record<VoorzieningId, 'mogelijk' | 'niet' | 'onbekend'>> & {
  doelgroep?: 'ja' | 'nee' | 'onbekend'
  verwijzing?: string
  ontbrekend?: Partial<Record<VoorzieningId | 'doelgroep', string[]>>
  aandachtspunten?: { bevat?: string[]; mist?: string[] }
}

interface Geval {
  naam: string
  peildatum?: string
  situatie: Situatie
  verwacht: Verwacht
}

/** Everyone in the doelgroep, aged 40, on bijstand, in 2026. */
const basis: Situatie = { woontInGemeente: true, leeftijd: 40, uitkering: 'bijstand' }

const gevallen: Geval[] = [
  // D2: the lower age 16 (interpretation 18) and the AOW band per year.
  {
    naam: '15 jaar: te jong, naar school',
    situatie: { ...basis, leeftijd: 15 },
    verwacht: { doelgroep: 'nee', verwijzing: 'onderwijs' },
  },
  {
    naam: '16 jaar, geen onderwijs mogelijk: doelgroep',
    situatie: { ...basis, leeftijd: 16, kanBekostigdOnderwijsVolgen: false },
    verwacht: { doelgroep: 'ja' },
  },
  {
    naam: '65 in 2015 zonder aowLeeftijdBereikt: onbekend',
    peildatum: '2015-09-01',
    situatie: { ...basis, leeftijd: 65 },
    verwacht: { doelgroep: 'onbekend', ontbrekend: { doelgroep: ['aowLeeftijdBereikt'] } },
  },
  {
    naam: '65 in 2015 met AOW: aow',
    peildatum: '2015-09-01',
    situatie: { ...basis, leeftijd: 65, aowLeeftijdBereikt: true },
    verwacht: { doelgroep: 'nee', verwijzing: 'aow' },
  },
  {
    naam: '65 in 2015 zonder AOW: doelgroep',
    peildatum: '2015-09-01',
    situatie: { ...basis, leeftijd: 65, aowLeeftijdBereikt: false },
    verwacht: { doelgroep: 'ja' },
  },
  {
    naam: '64 in 2015: onder de band',
    peildatum: '2015-09-01',
    situatie: { ...basis, leeftijd: 64 },
    verwacht: { doelgroep: 'ja' },
  },
  {
    naam: '66 in 2015: boven de band',
    peildatum: '2015-09-01',
    situatie: { ...basis, leeftijd: 66 },
    verwacht: { doelgroep: 'nee', verwijzing: 'aow' },
  },
  {
    naam: '66 in 2019 zonder aowLeeftijdBereikt: onbekend',
    peildatum: '2019-03-01',
    situatie: { ...basis, leeftijd: 66 },
    verwacht: { doelgroep: 'onbekend', ontbrekend: { doelgroep: ['aowLeeftijdBereikt'] } },
  },
  {
    naam: '66 in 2019 met AOW: aow',
    peildatum: '2019-03-01',
    situatie: { ...basis, leeftijd: 66, aowLeeftijdBereikt: true },
    verwacht: { doelgroep: 'nee', verwijzing: 'aow' },
  },
  {
    naam: '67 in 2019: aow',
    peildatum: '2019-03-01',
    situatie: { ...basis, leeftijd: 67 },
    verwacht: { doelgroep: 'nee', verwijzing: 'aow' },
  },
  { naam: '66 in 2026: geen band, doelgroep', situatie: { ...basis, leeftijd: 66 }, verwacht: { doelgroep: 'ja' } },
  {
    naam: '67 in 2026: geen band, aow',
    situatie: { ...basis, leeftijd: 67 },
    verwacht: { doelgroep: 'nee', verwijzing: 'aow' },
  },
  {
    naam: '67 in 2026 met aowLeeftijdBereikt false: leeftijd beslist',
    situatie: { ...basis, leeftijd: 67, aowLeeftijdBereikt: false },
    verwacht: { doelgroep: 'nee', verwijzing: 'aow' },
  },
  {
    naam: '67 in 2028 zonder aowLeeftijdBereikt: onbekend',
    peildatum: '2028-06-01',
    situatie: { ...basis, leeftijd: 67 },
    verwacht: { doelgroep: 'onbekend', ontbrekend: { doelgroep: ['aowLeeftijdBereikt'] } },
  },
  {
    naam: '67 in 2028 zonder AOW: doelgroep',
    peildatum: '2028-06-01',
    situatie: { ...basis, leeftijd: 67, aowLeeftijdBereikt: false },
    verwacht: { doelgroep: 'ja' },
  },
  {
    naam: '67 in 2028 met AOW: aow',
    peildatum: '2028-06-01',
    situatie: { ...basis, leeftijd: 67, aowLeeftijdBereikt: true },
    verwacht: { doelgroep: 'nee', verwijzing: 'aow' },
  },
  {
    naam: '68 in 2028: aow',
    peildatum: '2028-06-01',
    situatie: { ...basis, leeftijd: 68 },
    verwacht: { doelgroep: 'nee', verwijzing: 'aow' },
  },
  {
    naam: 'leeftijd onbekend in 2028: leeftijd en aowLeeftijdBereikt ontbreken',
    peildatum: '2028-06-01',
    situatie: { woontInGemeente: true, uitkering: 'bijstand' },
    verwacht: {
      doelgroep: 'onbekend',
      ontbrekend: { doelgroep: ['leeftijd', 'aowLeeftijdBereikt', 'kanBekostigdOnderwijsVolgen'] },
    },
  },
  {
    naam: 'leeftijd onbekend in 2026 (geen band): toch leeftijd en aowLeeftijdBereikt',
    situatie: { woontInGemeente: true, uitkering: 'bijstand' },
    verwacht: {
      doelgroep: 'onbekend',
      ontbrekend: { doelgroep: ['leeftijd', 'aowLeeftijdBereikt', 'kanBekostigdOnderwijsVolgen'] },
    },
  },
  {
    naam: 'leeftijd onbekend in 2026, AOW niet bereikt: alleen de leeftijd voor 16 en 27',
    situatie: { woontInGemeente: true, uitkering: 'bijstand', aowLeeftijdBereikt: false },
    verwacht: { doelgroep: 'onbekend', ontbrekend: { doelgroep: ['leeftijd', 'kanBekostigdOnderwijsVolgen'] } },
  },
  {
    naam: 'leeftijd onbekend, AOW bereikt: aow',
    situatie: { woontInGemeente: true, uitkering: 'bijstand', aowLeeftijdBereikt: true },
    verwacht: { doelgroep: 'nee', verwijzing: 'aow' },
  },
  // D3: UWV, with and without loonkostensubsidie.
  {
    naam: 'UWV zonder loonkostensubsidie: uwv',
    situatie: { ...basis, uitkering: 'uwv', werktMetLoonkostensubsidie: false },
    verwacht: { doelgroep: 'nee', verwijzing: 'uwv' },
  },
  {
    naam: 'UWV met loonkostensubsidie: doelgroep',
    situatie: { ...basis, uitkering: 'uwv', werktMetLoonkostensubsidie: true },
    verwacht: { doelgroep: 'ja' },
  },
  {
    naam: 'UWV, loonkostensubsidie onbekend',
    situatie: { ...basis, uitkering: 'uwv' },
    verwacht: { doelgroep: 'onbekend', ontbrekend: { doelgroep: ['werktMetLoonkostensubsidie'] } },
  },
  {
    naam: 'geen uitkering: doelgroep en werk.nl',
    situatie: { ...basis, uitkering: 'geen' },
    verwacht: { doelgroep: 'ja', aandachtspunten: { bevat: ['geenUitkering'] } },
  },
  // D4 and the leerwerktraject exception.
  {
    naam: '26, kan naar school: onderwijs, leerwerktraject zonder diploma',
    situatie: { ...basis, leeftijd: 26, kanBekostigdOnderwijsVolgen: true, startkwalificatie: false },
    verwacht: { doelgroep: 'nee', verwijzing: 'onderwijs', leerwerktraject: 'mogelijk', scholing: 'niet' },
  },
  {
    naam: '27, kan naar school: D4 geldt niet meer',
    situatie: { ...basis, leeftijd: 27, kanBekostigdOnderwijsVolgen: true },
    verwacht: { doelgroep: 'ja', leerwerktraject: 'niet' },
  },
  {
    naam: '26 met startkwalificatie: geen leerwerktraject',
    situatie: { ...basis, leeftijd: 26, kanBekostigdOnderwijsVolgen: false, startkwalificatie: true },
    verwacht: { leerwerktraject: 'niet' },
  },
  {
    naam: 'eerste falende voorwaarde kiest de verwijzing',
    situatie: { woontInGemeente: false, leeftijd: 70, uitkering: 'uwv', werktMetLoonkostensubsidie: false },
    verwacht: { doelgroep: 'nee', verwijzing: 'andere-gemeente' },
  },
  // Werkstage: 11/12 months, 4/5 years, never worked.
  {
    naam: 'werkstage: 11 maanden uitkering, 4 jaar geen werk',
    situatie: {
      ...basis,
      afstandTotArbeidsmarkt: 'groot',
      ooitBetaaldGewerkt: true,
      maandenUitkering: 11,
      jarenGeenWerkinkomen: 4,
    },
    verwacht: { werkstage: 'niet' },
  },
  {
    naam: 'werkstage: 12 maanden uitkering',
    situatie: {
      ...basis,
      afstandTotArbeidsmarkt: 'groot',
      ooitBetaaldGewerkt: true,
      maandenUitkering: 12,
      jarenGeenWerkinkomen: 4,
    },
    verwacht: { werkstage: 'mogelijk' },
  },
  {
    naam: 'werkstage: 5 jaar geen werkinkomen',
    situatie: {
      ...basis,
      afstandTotArbeidsmarkt: 'groot',
      ooitBetaaldGewerkt: true,
      maandenUitkering: 11,
      jarenGeenWerkinkomen: 5,
    },
    verwacht: { werkstage: 'mogelijk' },
  },
  {
    naam: 'werkstage: korte afstand',
    situatie: { ...basis, afstandTotArbeidsmarkt: 'kort', ooitBetaaldGewerkt: false },
    verwacht: { werkstage: 'niet', detacheringsbaan: 'mogelijk' },
  },
  {
    naam: 'werkstage: nooit gewerkt, afstand onbekend',
    situatie: { ...basis, ooitBetaaldGewerkt: false },
    verwacht: { werkstage: 'onbekend', ontbrekend: { werkstage: ['afstandTotArbeidsmarkt'] } },
  },
  // Participatieplaats: 26/27, only bijstand.
  {
    naam: 'participatieplaats: 26 jaar',
    situatie: { ...basis, leeftijd: 26, kanBekostigdOnderwijsVolgen: false, afstandTotArbeidsmarkt: 'groot' },
    verwacht: { participatieplaats: 'niet' },
  },
  {
    naam: 'participatieplaats: 27 jaar',
    situatie: { ...basis, leeftijd: 27, afstandTotArbeidsmarkt: 'groot', startkwalificatie: false },
    verwacht: {
      participatieplaats: 'mogelijk',
      aandachtspunten: { bevat: ['participatieplaatsPremie', 'participatieplaatsScholing'] },
    },
  },
  {
    naam: 'participatieplaats: ANW',
    situatie: { ...basis, uitkering: 'anw', afstandTotArbeidsmarkt: 'groot', startkwalificatie: true },
    verwacht: { participatieplaats: 'niet', aandachtspunten: { mist: ['participatieplaatsPremie'] } },
  },
  // Contract length: 0/1 (jobcoach) and 5/6 (no-riskpolis).
  {
    naam: 'contract 0 maanden',
    situatie: { ...basis, beperking: true, contractMaanden: 0 },
    verwacht: { 'persoonlijke-ondersteuning': 'niet', 'no-riskpolis': 'niet' },
  },
  {
    naam: 'contract 1 maand',
    situatie: { ...basis, beperking: true, contractMaanden: 1 },
    verwacht: { 'persoonlijke-ondersteuning': 'mogelijk', 'no-riskpolis': 'niet' },
  },
  {
    naam: 'contract 5 maanden',
    situatie: { ...basis, beperking: true, contractMaanden: 5 },
    verwacht: { 'no-riskpolis': 'niet' },
  },
  {
    naam: 'contract 6 maanden',
    situatie: { ...basis, beperking: true, contractMaanden: 6 },
    verwacht: { 'no-riskpolis': 'mogelijk' },
  },
  {
    naam: 'no-riskpolis via loonkostensubsidie',
    situatie: { ...basis, beperking: false, werktMetLoonkostensubsidie: true, contractMaanden: 12 },
    verwacht: { 'no-riskpolis': 'mogelijk' },
  },
  {
    naam: 'jobcoach zonder beperking maar onder minimumloon',
    situatie: { ...basis, beperking: false, kanVolledigMinimumloonVerdienen: false, contractMaanden: 3 },
    verwacht: {
      'persoonlijke-ondersteuning': 'mogelijk',
      'loonkostensubsidie-loonwaarde': 'mogelijk',
      loonkostensubsidie: 'niet',
    },
  },
  // Loonkostensubsidie (art. 13): moeilijk bemiddelbaar.
  {
    naam: 'loonkostensubsidie: 11 maanden, korte afstand',
    situatie: { ...basis, kanVolledigMinimumloonVerdienen: true, afstandTotArbeidsmarkt: 'kort', maandenUitkering: 11 },
    verwacht: { loonkostensubsidie: 'niet' },
  },
  {
    naam: 'loonkostensubsidie: 12 maanden, korte afstand',
    situatie: { ...basis, kanVolledigMinimumloonVerdienen: true, afstandTotArbeidsmarkt: 'kort', maandenUitkering: 12 },
    verwacht: { loonkostensubsidie: 'mogelijk' },
  },
  // Children: 3/4 and 12/13.
  {
    naam: 'kind van 3: kinderopvang',
    situatie: { ...basis, jongsteKindLeeftijd: 3 },
    verwacht: { aandachtspunten: { bevat: ['kinderopvang'], mist: ['naschoolseOpvang'] } },
  },
  {
    naam: 'kind van 4: naschoolse opvang',
    situatie: { ...basis, jongsteKindLeeftijd: 4 },
    verwacht: { aandachtspunten: { bevat: ['naschoolseOpvang'], mist: ['kinderopvang'] } },
  },
  {
    naam: 'kind van 12: naschoolse opvang',
    situatie: { ...basis, jongsteKindLeeftijd: 12 },
    verwacht: { aandachtspunten: { bevat: ['naschoolseOpvang'] } },
  },
  {
    naam: 'kind van 13: geen opvang',
    situatie: { ...basis, jongsteKindLeeftijd: 13 },
    verwacht: { aandachtspunten: { mist: ['kinderopvang', 'naschoolseOpvang'] } },
  },
  // Beschut werk before and from 2017, a UWV client too.
  {
    naam: 'beschut werk 2016-12-31: grote afstand nodig',
    peildatum: '2016-12-31',
    situatie: { ...basis, beperking: true, beschutteWerkplekNodig: true, afstandTotArbeidsmarkt: 'kort' },
    verwacht: { 'beschut-werk': 'niet' },
  },
  {
    naam: 'beschut werk 2016-12-31: grote afstand',
    peildatum: '2016-12-31',
    situatie: { ...basis, beperking: true, beschutteWerkplekNodig: true, afstandTotArbeidsmarkt: 'groot' },
    verwacht: { 'beschut-werk': 'mogelijk', aandachtspunten: { bevat: ['beschutWerkTot2017'] } },
  },
  {
    naam: 'beschut werk 2016-12-31: UWV-klant niet',
    peildatum: '2016-12-31',
    situatie: {
      ...basis,
      uitkering: 'uwv',
      werktMetLoonkostensubsidie: false,
      beperking: true,
      beschutteWerkplekNodig: true,
      afstandTotArbeidsmarkt: 'groot',
    },
    verwacht: { 'beschut-werk': 'niet' },
  },
  {
    naam: 'beschut werk 2017-01-01: korte afstand telt niet meer',
    peildatum: '2017-01-01',
    situatie: { ...basis, beperking: true, beschutteWerkplekNodig: true, afstandTotArbeidsmarkt: 'kort' },
    verwacht: { 'beschut-werk': 'mogelijk', aandachtspunten: { bevat: ['beschutWerkVanaf2017'] } },
  },
  {
    naam: 'beschut werk 2017-01-01: UWV-klant wel',
    peildatum: '2017-01-01',
    situatie: {
      ...basis,
      uitkering: 'uwv',
      werktMetLoonkostensubsidie: false,
      beperking: true,
      beschutteWerkplekNodig: true,
    },
    verwacht: { doelgroep: 'nee', 'beschut-werk': 'mogelijk' },
  },
  {
    naam: 'beschut werk 2017: onder 27 en school mogelijk',
    peildatum: '2017-01-01',
    situatie: {
      ...basis,
      leeftijd: 20,
      kanBekostigdOnderwijsVolgen: true,
      beperking: true,
      beschutteWerkplekNodig: true,
    },
    verwacht: { 'beschut-werk': 'niet' },
  },
  // Loonkostensubsidie naar loonwaarde: from 2017-01-01 also the beschut-werk group, UWV clients included.
  {
    naam: 'loonwaarde 2016-12-31: UWV-klant met beschut werk niet',
    peildatum: '2016-12-31',
    situatie: {
      ...basis,
      uitkering: 'uwv',
      werktMetLoonkostensubsidie: false,
      beperking: true,
      beschutteWerkplekNodig: true,
      kanVolledigMinimumloonVerdienen: false,
    },
    verwacht: { doelgroep: 'nee', 'loonkostensubsidie-loonwaarde': 'niet' },
  },
  {
    naam: 'loonwaarde 2017-01-01: UWV-klant met beschut werk mogelijk',
    peildatum: '2017-01-01',
    situatie: {
      ...basis,
      uitkering: 'uwv',
      werktMetLoonkostensubsidie: false,
      beperking: true,
      beschutteWerkplekNodig: true,
      kanVolledigMinimumloonVerdienen: false,
    },
    verwacht: { doelgroep: 'nee', 'beschut-werk': 'mogelijk', 'loonkostensubsidie-loonwaarde': 'mogelijk' },
  },
  {
    naam: 'loonwaarde 2017-01-01: UWV-klant zonder beschutte werkplek niet',
    peildatum: '2017-01-01',
    situatie: {
      ...basis,
      uitkering: 'uwv',
      werktMetLoonkostensubsidie: false,
      beperking: true,
      beschutteWerkplekNodig: false,
      kanVolledigMinimumloonVerdienen: false,
    },
    verwacht: { 'loonkostensubsidie-loonwaarde': 'niet' },
  },
  {
    naam: 'loonwaarde 2017-01-01: UWV-klant kan minimumloon verdienen: niet',
    peildatum: '2017-01-01',
    situatie: {
      ...basis,
      uitkering: 'uwv',
      werktMetLoonkostensubsidie: false,
      beperking: true,
      beschutteWerkplekNodig: true,
      kanVolledigMinimumloonVerdienen: true,
    },
    verwacht: { 'loonkostensubsidie-loonwaarde': 'niet' },
  },
  {
    naam: 'loonwaarde 2017-01-01: UWV-klant, beschut werk nog open',
    peildatum: '2017-01-01',
    situatie: { ...basis, uitkering: 'uwv', werktMetLoonkostensubsidie: false, kanVolledigMinimumloonVerdienen: false },
    verwacht: {
      doelgroep: 'nee',
      'loonkostensubsidie-loonwaarde': 'onbekend',
      ontbrekend: { 'loonkostensubsidie-loonwaarde': ['beperking', 'beschutteWerkplekNodig'] },
    },
  },
  {
    naam: 'loonwaarde 2026: doelgroep zonder beschut werk blijft mogelijk',
    situatie: { ...basis, kanVolledigMinimumloonVerdienen: false, beperking: false },
    verwacht: { doelgroep: 'ja', 'loonkostensubsidie-loonwaarde': 'mogelijk' },
  },
  // Overgangsrecht: 12 months after 2015-07-01.
  {
    naam: 'overgangsrecht op 2016-06-30',
    peildatum: '2016-06-30',
    situatie: { ...basis, voorzieningOudeVerordening: true },
    verwacht: { aandachtspunten: { bevat: ['overgangsrecht'], mist: ['overgangsrechtVoorbij'] } },
  },
  {
    naam: 'overgangsrecht op 2016-07-01: voorbij',
    peildatum: '2016-07-01',
    situatie: { ...basis, voorzieningOudeVerordening: true },
    verwacht: { aandachtspunten: { bevat: ['overgangsrechtVoorbij'], mist: ['overgangsrecht'] } },
  },
  // Dated notes.
  {
    naam: 'onder 27 in 2025: geen nieuwe-regels-melding',
    peildatum: '2025-12-31',
    situatie: { ...basis, leeftijd: 25, kanBekostigdOnderwijsVolgen: false },
    verwacht: { aandachtspunten: { mist: ['jongerenNieuweRegels'] } },
  },
  {
    naam: 'onder 27 in 2026: nieuwe regels',
    peildatum: '2026-01-01',
    situatie: { ...basis, leeftijd: 25, kanBekostigdOnderwijsVolgen: false },
    verwacht: { aandachtspunten: { bevat: ['jongerenNieuweRegels'] } },
  },
  {
    naam: 'no-riskpolis in 2015: geen landelijke melding',
    peildatum: '2015-12-31',
    situatie: { ...basis, beperking: true, contractMaanden: 6 },
    verwacht: { 'no-riskpolis': 'mogelijk', aandachtspunten: { mist: ['landelijkeRegelsNoRiskJobcoach'] } },
  },
  {
    naam: 'no-riskpolis in 2016: landelijke melding',
    peildatum: '2016-01-01',
    situatie: { ...basis, beperking: true, contractMaanden: 6 },
    verwacht: { aandachtspunten: { bevat: ['landelijkeRegelsNoRiskJobcoach', 'eindeBijWerk'] } },
  },
  // Missing facts.
  {
    naam: 'niets bekend',
    situatie: {},
    verwacht: {
      doelgroep: 'onbekend',
      leerwerktraject: 'onbekend',
      scholing: 'onbekend',
      ontbrekend: {
        scholing: [
          'woontInGemeente',
          'leeftijd',
          'aowLeeftijdBereikt',
          'uitkering',
          'werktMetLoonkostensubsidie',
          'kanBekostigdOnderwijsVolgen',
        ],
      },
    },
  },
  {
    naam: 'niet in de gemeente: alles niet, ook met ontbrekende feiten',
    situatie: { woontInGemeente: false },
    verwacht: {
      doelgroep: 'nee',
      verwijzing: 'andere-gemeente',
      werkstage: 'niet',
      'beschut-werk': 'niet',
      leerwerktraject: 'niet',
    },
  },
]

describe('evaluate volgt domain.md', () => {
  it.each(gevallen)('$naam', ({ situatie, peildatum = '2026-11-22', verwacht }) => {
    const uitkomst = evaluate(situatie, peildatum)
    const { doelgroep, verwijzing, ontbrekend, aandachtspunten, ...oordelen } = verwacht
    if (doelgroep) expect(uitkomst.doelgroep.oordeel).toBe(doelgroep)
    if (verwijzing) expect(uitkomst.doelgroep.verwijzing).toBe(verwijzing)
    for (const [id, oordeel] of Object.entries(oordelen)) {
      expect(uitkomst.uitkomsten.find((u) => u.voorziening === id)?.oordeel, id).toBe(oordeel)
    }
    for (const [id, velden] of Object.entries(ontbrekend ?? {})) {
      const gevonden =
        id === 'doelgroep'
          ? uitkomst.doelgroep.ontbrekend
          : uitkomst.uitkomsten.find((u) => u.voorziening === id)?.ontbrekend
      expect(gevonden, id).toEqual(velden)
    }
    const sleutels = uitkomst.aandachtspunten.map((a) => a.sleutel)
    for (const sleutel of aandachtspunten?.bevat ?? []) expect(sleutels).toContain(sleutel)
    for (const sleutel of aandachtspunten?.mist ?? []) expect(sleutels).not.toContain(sleutel)
  })

  it('weigert peildata buiten 2015-07-01 .. 2031-12-31', () => {
    expect(() => evaluate({}, '2015-06-30')).toThrow(RangeError)
    expect(() => evaluate({}, '2032-01-01')).toThrow(RangeError)
    expect(evaluate({}, '2015-07-01').regels.peildatum).toBe('2015-07-01')
    expect(evaluate({}, '2031-12-31').regels.versie).toBe('2015')
  })

  it('geeft de premie van de participatieplaats uit de parameters', () => {
    const uitkomst = evaluate({ ...basis, afstandTotArbeidsmarkt: 'groot' }, '2026-11-22')
    expect(uitkomst.aandachtspunten.find((a) => a.sleutel === 'participatieplaatsPremie')?.params).toMatchObject({
      bedrag: 100,
      maanden: 6,
      maxJaren: 4,
    })
  })

  it('geeft alle 12 voorzieningen in contractvolgorde', () => {
    expect(evaluate({}, '2026-11-22').uitkomsten.map((u) => u.voorziening)).toEqual([
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

describe('tegenstrijdige feiten (domain.md D2, interpretatie 19)', () => {
  // Per year the highest age that is always below the AOW age, and the lowest that may have reached it.
  const jaren = [2015, 2016, 2017, 2018, 2019, 2022, 2023, 2024, 2026, 2027, 2028, 2031]

  it.each(jaren)('in %i: onder de band met AOW bereikt is tegenstrijdig, in de band niet', (jaar) => {
    const peildatum = `${jaar}-06-15`
    const { onder } = aowBand(peildatum)
    expect(onder).toBe(AOW_LEEFTIJD[jaar - 1]?.jaren)
    expect(tegenstrijdigheden({ leeftijd: onder - 1, aowLeeftijdBereikt: true }, peildatum)).toEqual([
      {
        feit: 'aowLeeftijdBereikt',
        feiten: ['leeftijd', 'aowLeeftijdBereikt'],
        sleutel: 'aowLeeftijdBereikt',
        params: { leeftijd: onder - 1, onder },
      },
    ])
    expect(tegenstrijdigheden({ leeftijd: 16, aowLeeftijdBereikt: true }, peildatum)).toHaveLength(1)
    expect(tegenstrijdigheden({ leeftijd: 0, aowLeeftijdBereikt: true }, peildatum)).toHaveLength(1)
    expect(tegenstrijdigheden({ leeftijd: onder, aowLeeftijdBereikt: true }, peildatum)).toEqual([])
    expect(tegenstrijdigheden({ leeftijd: onder - 1, aowLeeftijdBereikt: false }, peildatum)).toEqual([])
    expect(tegenstrijdigheden({ leeftijd: onder - 1 }, peildatum)).toEqual([])
    expect(tegenstrijdigheden({ aowLeeftijdBereikt: true }, peildatum)).toEqual([])
  })

  it('oud genoeg met aowLeeftijdBereikt false is geen tegenspraak: de leeftijd beslist', () => {
    expect(tegenstrijdigheden({ leeftijd: 70, aowLeeftijdBereikt: false }, '2026-11-22')).toEqual([])
    expect(evaluate({ ...basis, leeftijd: 70, aowLeeftijdBereikt: false }, '2026-11-22').doelgroep.verwijzing).toBe(
      'aow',
    )
  })

  it('de grens ligt per jaar anders: 65 met AOW kan in 2016, niet in 2019; 66 kan in 2024, niet in 2025', () => {
    expect(tegenstrijdigheden({ leeftijd: 65, aowLeeftijdBereikt: true }, '2016-03-01')).toEqual([])
    expect(tegenstrijdigheden({ leeftijd: 65, aowLeeftijdBereikt: true }, '2019-03-01')).toHaveLength(1)
    // 2024 has a band of 66 (the 66y10m of 2023) up to 67; 2025 has none (67 in both years).
    expect(tegenstrijdigheden({ leeftijd: 66, aowLeeftijdBereikt: true }, '2024-12-31')).toEqual([])
    expect(tegenstrijdigheden({ leeftijd: 66, aowLeeftijdBereikt: true }, '2025-01-01')).toHaveLength(1)
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
    evaluate(s, p).uitkomsten.find((u) => u.voorziening === 'loonkostensubsidie-loonwaarde')

  it('mogelijk via de groep van beschut werk noemt Pw art. 10b en 10d', () => {
    expect(loonwaarde(uwvBeschut, '2017-01-01')?.redenen.map((r) => [r.sleutel, r.artikel])).toEqual([
      ['beschutWerkGroep.ja', 'Pw art. 10b lid 1; Pw art. 10d'],
      ['nietVolledigMinimumloon.ja', 'Pw art. 10c; Pw art. 10d'],
    ])
  })

  it('niet in een andere gemeente: de reden staat er één keer', () => {
    const redenen = loonwaarde({ ...uwvBeschut, woontInGemeente: false }, '2017-01-01')?.redenen ?? []
    expect(redenen.filter((r) => r.sleutel === 'woontInGemeente.nee')).toHaveLength(1)
  })
})
