/**
 * How begrip/ reads a typed text, beyond the cases of the team set: the phrase index finds what a scan of
 * every phrase finds; the typo distance is the optimal string alignment distance; separate numbers never
 * become a number nobody said (a property over number words of all six languages); a text too long once
 * normalised is not read; the questions about duties and rights are answered in every language.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Begrip, begrijp, MAX_TEKENS, teLang } from '../begrip/index.js'
import { plekVan, vindAlle, type Zinsdeel } from '../begrip/tekst.js'
import { afstand, maakWoordenschat, verbeter } from '../begrip/verbeter.js'
import { VRAGEN } from '../flows/index.js'
import { maakBegrijpers } from '../server/begrip.js'
import { assen, teksten, testApp, vraag } from './helpers.js'

const begrijpers = maakBegrijpers(teksten, assen)
const TALEN = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const

function lees(taal: string, vraagId: string | undefined, tekst: string): Begrip {
  const { woorden, zoeker } = begrijpers(taal)
  return begrijp(tekst, {
    vraag: vraagId ? (VRAGEN as Record<string, (typeof VRAGEN)['leeftijd']>)[vraagId] : undefined,
    woorden,
    zoeker,
    peildatum: '2026-12-01',
  })
}

describe('de index van frasen', () => {
  const woord = fc.constantFrom('ik', 'woon', 'in', 'assen', 'niet', 'geen', 'ja', 'huurtoeslag', 'schulden')
  const patroon = fc.constantFrom('ik', 'woon', 'in', 'assen', 'niet', 'geen', 'ja', '*toeslag', 'schuld*', '*oo*')
  it('vindt precies wat een scan van elke frase op elk woord vindt', () => {
    fc.assert(
      fc.property(
        fc.array(woord, { maxLength: 30 }),
        fc.array(fc.array(patroon, { minLength: 1, maxLength: 3 }), { maxLength: 12 }),
        (tekst, delen: Zinsdeel[]) => {
          const scan: string[] = []
          for (let i = 0; i < tekst.length; i++)
            for (const d of delen) if (plekVan(tekst, d, i) === i) scan.push(`${i} ${d.join(' ')}`)
          const index = vindAlle(tekst, delen).map((t) => `${t.plek} ${t.deel.join(' ')}`)
          expect(index.sort()).toEqual(scan.sort())
        },
      ),
    )
  })
})

/** The optimal string alignment distance, written out in full (no band, no early stop). */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const rij = d[i] as number[]
      const vorig = d[i - 1] as number[]
      rij[j] = Math.min(
        (vorig[j] as number) + 1,
        (rij[j - 1] as number) + 1,
        (vorig[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        rij[j] = Math.min(rij[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1)
    }
  return (d[a.length] as number[])[b.length] as number
}

describe('typfouten', () => {
  it('de afstand is de optimal string alignment distance, tot de grens', () => {
    const tekst = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'ş', 'ب'), maxLength: 12 })
    fc.assert(
      fc.property(tekst, tekst, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(afstand(a, b, max)).toBe(Math.min(osa(a, b), max + 1))
      }),
    )
  })

  it('leest een typfout als het ene bekende woord dat het dichtst bij is, nooit een kort woord', () => {
    const schat = maakWoordenschat(['bijstand', 'werkstage', 'nabestaanden', 'jaar', 'maar', 'dertien', 'veertien'])
    expect(verbeter('bijstan', schat)).toBe('bijstand')
    expect(verbeter('wekrstage', schat)).toBe('werkstage')
    expect(verbeter('nabestaande', schat)).toBe('nabestaanden')
    // Short words are never changed: "jaar" and "maar" are one letter apart.
    expect(verbeter('jaat', schat)).toBeUndefined()
    // Two known words as close: nothing is chosen.
    expect(verbeter('deertien', schat)).toBeUndefined()
    // A known word, or one far from every known word, stays as it is.
    expect(verbeter('bijstand', schat)).toBeUndefined()
    expect(verbeter('kloosterveen', schat)).toBeUndefined()
  })

  it('een afgekort lang woord is het ene woord uit de lijsten waarmee het begint', () => {
    const schat = maakWoordenschat([
      'nabestaandenuitkering',
      'bijstandsuitkering',
      'werkervaringsplaats',
      'werkervaringsproject',
    ])
    expect(verbeter('nabestaandenuitk', schat)).toBe('nabestaandenuitkering')
    expect(verbeter('bijstandsuitk', schat)).toBe('bijstandsuitkering')
    // Two words start so: nothing is chosen; a short start is never read as a longer word.
    expect(verbeter('werkervaringsp', schat)).toBeUndefined()
    expect(verbeter('bijstands', schat)).toBeUndefined()
  })

  it('een gewoon woord van de taal is geen typfout van een woord uit de lijsten', () => {
    const schat = maakWoordenschat(['staat', 'beginnen'], ['straat', 'begonnen'])
    expect(verbeter('straat', schat)).toBeUndefined()
    expect(verbeter('begonnen', schat)).toBeUndefined()
  })

  it('in een gesprek: "ik zit in de bijstan" is bijstand, vastgelegd', () => {
    expect(lees('nl', 'uitkering', 'ik zit in de bijstan')).toEqual({
      soort: 'antwoord',
      vraag: 'uitkering',
      waarde: 'bijstand',
      vastgelegd: true,
    })
  })
})

/** The single number words of a language's list, with their value (no compounds, no fractions). */
function getalwoorden(taal: string): [string, number][] {
  const lijst = JSON.parse(readFileSync(new URL(`../locales/${taal}/woorden/getallen.json`, import.meta.url), 'utf8'))
  return Object.entries(lijst.woorden as Record<string, number>).filter(
    ([w, n]) => !w.includes(' ') && n >= 1 && n <= 100 && !(lijst.lidwoorden as string[]).includes(w),
  )
}

/** How a language joins separate numbers: its "and" as a word, or a comma. */
const SCHEIDING: Readonly<Record<string, readonly string[]>> = {
  nl: [' en ', ', ', ' , '],
  en: [' and ', ', '],
  ar: [' و ', '، ', ', '],
  tr: [' ve ', ', '],
  pl: [' i ', ', '],
  uk: [' і ', ' та ', ', '],
}

const GETALVRAGEN = ['leeftijd', 'jongsteKindLeeftijd', 'maandenUitkering', 'jarenGeenWerkinkomen', 'contractMaanden']

describe('getallen', () => {
  it.each(TALEN)('losse getallen worden nooit een getal dat niemand zei (%s)', (taal) => {
    const woorden = getalwoorden(taal)
    const getal = fc.oneof(
      fc.constantFrom(...woorden).map(([w, n]) => ({ tekst: w, waarde: n })),
      fc.integer({ min: 0, max: 120 }).map((n) => ({ tekst: String(n), waarde: n })),
    )
    fc.assert(
      fc.property(
        fc.array(getal, { minLength: 2, maxLength: 4 }),
        fc.array(fc.constantFrom(...(SCHEIDING[taal] ?? [', '])), { minLength: 3, maxLength: 3 }),
        fc.constantFrom(...GETALVRAGEN),
        (getallen, scheiding, vraagId) => {
          const tekst = getallen.map((g, i) => (i === 0 ? g.tekst : `${scheiding[i - 1]}${g.tekst}`)).join('')
          const uit = lees(taal, vraagId, tekst)
          if (uit.soort === 'antwoord' && uit.vastgelegd)
            expect(
              getallen.map((g) => g.waarde),
              `${taal} ${vraagId} "${tekst}" -> ${uit.waarde}`,
            ).toContain(uit.waarde)
        },
      ),
      { numRuns: Number(process.env.GETAL_RUNS ?? 150) },
    )
  })

  it('"mijn kinderen zijn tien en drie" legt niets vast dat niet gezegd is', () => {
    for (const [taal, tekst] of [
      ['nl', 'mijn kinderen zijn tien en drie'],
      ['en', 'ten and three'],
      ['ar', 'عشرة و ثلاثة'],
    ] as const) {
      expect(lees(taal, 'leeftijd', tekst).soort, tekst).toBe('onbekend')
      // The youngest of two children is one of the ages said: 3, never 13.
      expect(lees(taal, 'jongsteKindLeeftijd', tekst), tekst).toMatchObject({ waarde: 3 })
    }
  })

  it('na woorden voor je eigen leeftijd is een getal over "en" heen één leeftijd; zonder blijft het een voorstel', () => {
    for (const [taal, tekst, waarde] of [
      ['ar', '3omri tamanya w 3eshreen', 28],
      ['ar', 'عمري ثمانية و عشرين', 28],
      ['nl', 'ik ben vier en twintig', 24],
    ] as const) {
      expect(lees(taal, 'leeftijd', tekst), tekst).toMatchObject({ soort: 'antwoord', waarde, vastgelegd: true })
      const zonder = tekst
        .split(' ')
        .slice(taal === 'nl' ? 2 : 1)
        .join(' ')
      expect(lees(taal, 'leeftijd', zonder), zonder).toMatchObject({ waarde, vastgelegd: false })
    }
  })

  it('"sinds 2019" bij de vraag in jaren stelt de hele jaren tot de peildatum voor, in zes talen', () => {
    for (const [taal, tekst] of [
      ['nl', 'sinds 2019 niet gewerkt'],
      ['en', 'no work since 2019'],
      ['ar', 'ما اشتغلت من ٢٠١٩'],
      ['tr', "2019'dan beri çalışmıyorum"],
      ['pl', 'nie pracuję od 2019'],
      ['uk', 'не працюю з 2019 року'],
    ] as const)
      expect(lees(taal, 'jarenGeenWerkinkomen', tekst), tekst).toMatchObject({
        soort: 'antwoord',
        waarde: 7,
        vastgelegd: false,
      })
  })

  it('een getal dat vaak gezegd wordt, wordt niet opgeteld of vermenigvuldigd', () => {
    const dertien = 'ثلاثة عشر '.repeat(45)
    expect(lees('ar', 'maandenUitkering', dertien)).toMatchObject({ soort: 'antwoord', waarde: 13 })
    expect(lees('nl', 'leeftijd', 'veertig veertig veertig')).toMatchObject({ waarde: 40 })
  })

  it('een getal zoals mensen het zeggen blijft één getal', () => {
    // An age outside 16 to 100 is rarely meant: only proposed ("Ben je echt 13 jaar?"), the number read the same.
    for (const [taal, tekst, waarde] of [
      ['nl', 'vierendertig', 34],
      ['en', 'thirty four', 34],
      ['ar', 'أربعة وثلاثون', 34],
      ['ar', 'ثلاثة عشر', 13],
      ['tr', 'otuz dört', 34],
      ['tr', 'on üç', 13],
      ['pl', 'trzydzieści cztery', 34],
      ['uk', 'тридцять чотири', 34],
      ['en', 'one hundred five', 105],
      ['tr', 'yüz bir', 101],
    ] as const)
      expect(lees(taal, 'leeftijd', tekst), tekst).toMatchObject({ waarde, vastgelegd: waarde >= 16 && waarde <= 100 })
    // Apart, with "en" or "and" between, it is only a proposal.
    expect(lees('nl', 'leeftijd', 'vier en twintig')).toMatchObject({ waarde: 24, vastgelegd: false })
    expect(lees('en', 'leeftijd', 'one hundred and five')).toMatchObject({ waarde: 105, vastgelegd: false })
  })

  it('breuken en samengestelde duur in zes talen', () => {
    for (const [taal, tekst, maanden] of [
      ['nl', 'anderhalf jaar', 18],
      ['nl', 'een jaar en drie maanden', 15],
      ['nl', 'half jaar', 6],
      ['en', 'a year and a half', 18],
      ['en', 'a year and three months', 15],
      ['ar', 'سنة ونص', 18],
      ['ar', 'سنة وثلاثة أشهر', 15],
      ['tr', 'bir buçuk yıl', 18],
      ['tr', 'bir yıl üç ay', 15],
      ['pl', 'półtora roku', 18],
      ['pl', 'rok i trzy miesiące', 15],
      ['uk', 'півтора року', 18],
      ['uk', 'рік і три місяці', 15],
      ['uk', 'півроку', 6],
    ] as const)
      expect(lees(taal, 'maandenUitkering', tekst), `${taal} ${tekst}`).toMatchObject({
        waarde: maanden,
        vastgelegd: true,
      })
  })
})

describe('grenzen', () => {
  it('een tekst die na normalisatie te lang is of te veel groeit, wordt niet gelezen', () => {
    expect(teLang('ja')).toBeUndefined()
    expect(teLang('a'.repeat(MAX_TEKENS))).toBeUndefined()
    expect(teLang('a'.repeat(MAX_TEKENS + 1))).toBe('tekens')
    // "ﷺ" is one character typed and 18 read.
    expect(teLang('ﷺ'.repeat(30))).toBe('tekens')
    expect(teLang('ﷺ ja')).toBe('groei')
    expect(lees('nl', 'leeftijd', `34 ${'ﷺ'.repeat(30)}`)).toEqual({ soort: 'onbekend', reden: 'niets' })
  })
})

describe('plichten en rechten, getypt in elke taal', () => {
  const VRAGEN_PER_TAAL: Readonly<Record<string, readonly [string, string][]>> = {
    nl: [
      ['moet ik meedoen?', 'meedoen'],
      ['wat als ik weiger?', 'weigeren'],
      ['kan ik bezwaar maken?', 'bezwaar'],
    ],
    en: [
      ['do I have to take part?', 'meedoen'],
      ['what if I refuse?', 'weigeren'],
      ['can I object?', 'bezwaar'],
    ],
    ar: [
      ['هل يجب أن أشارك؟', 'meedoen'],
      ['ماذا لو رفضت؟', 'weigeren'],
      ['هل يمكنني الاعتراض؟', 'bezwaar'],
    ],
    tr: [
      ['katılmak zorunda mıyım?', 'meedoen'],
      ['reddedersem ne olur?', 'weigeren'],
      ['itiraz edebilir miyim?', 'bezwaar'],
    ],
    pl: [
      ['czy muszę brać udział?', 'meedoen'],
      ['co jeśli odmówię?', 'weigeren'],
      ['czy mogę złożyć sprzeciw?', 'bezwaar'],
    ],
    uk: [
      ['чи мушу я брати участь?', 'meedoen'],
      ['що якщо я відмовлюся?', 'weigeren'],
      ['чи можу я подати заперечення?', 'bezwaar'],
    ],
  }

  it.each(TALEN)('worden uitgelegd met de tekst uit de woordenlijst (%s)', async (taal) => {
    const app = testApp()
    const { json } = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles', taal })
    const uitleg = teksten.t(taal, 'begrippen')
    for (const [tekst, begrip] of VRAGEN_PER_TAAL[taal] ?? []) {
      const r = await vraag(app, 'POST', `/api/v1/gesprekken/${json.gesprek}/berichten`, { tekst })
      expect(r.json.begrip, tekst).toMatchObject({ soort: 'uitleg', begrip })
      expect(r.json.berichten[0].tekst, tekst).toContain(uitleg(`${begrip}.uitleg`))
    }
  })

  it('een vraag over Nederlands leren krijgt een eerlijk antwoord: wat Werkwijzer niet weet, en wie wel', async () => {
    const app = testApp()
    const { json } = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' })
    const r = await vraag(app, 'POST', `/api/v1/gesprekken/${json.gesprek}/berichten`, {
      tekst: 'kan ik Nederlands leren?',
    })
    expect(r.json.begrip).toMatchObject({ soort: 'buiten', over: 'taal' })
    expect(r.json.berichten[0].tekst).toMatch(/weet ik niet/)
    expect(r.json.berichten[0].tekst).toContain('consulent')
  })
})

describe('een naam na "ik ben"', () => {
  it('twee woorden met een hoofdletter na "ik ben" zijn een naam, één woord of alles met hoofdletters niet', () => {
    for (const [taal, tekst] of [
      ['nl', 'ik ben Sanne de Vries, 44 jaar'],
      ['en', "I'm Ahmed Hassan, 32"],
      ['tr', 'ben Ayşe Yılmaz 40 yaşındayım'],
      ['pl', 'jestem Anna Kowalska, mam 29 lat'],
      ['uk', 'я Олена Петренко, 38'],
    ] as const)
      expect(lees(taal, 'leeftijd', tekst), tekst).toEqual({ soort: 'persoonsgegevens', wat: 'naam' })
    expect(lees('nl', 'leeftijd', 'ik ben Marokkaans, 44')).toMatchObject({ soort: 'antwoord', waarde: 44 })
    expect(lees('nl', 'woontInGemeente', 'Ik Ben In Assen').soort).not.toBe('persoonsgegevens')
  })
})
