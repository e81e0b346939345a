/**
 * Changing an answer keeps the others (contract, "Changing an answer"): the changed answer stays,
 * another is dropped only when it contradicts the new one, and one that stops mattering is kept,
 * listed and used again without asking.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nieuwGesprek, telendeAntwoorden, verwerk, vraagMetId } from '../flows/index.js'
import { tegenstrijdigheden } from '../rules/index.js'
import personas from './cases/personas.json' with { type: 'json' }
import { testApp, vraag } from './helpers.js'
import { ASSEN } from './regelmodel.js'

// biome-ignore lint/suspicious/noExplicitAny: a Stap as JSON
type Stap = any

const GESPREKKEN = '/api/v1/gesprekken'
const app = testApp()
/** 2028: the AOW age is 67 years and 3 months, so at 67 the dialogue asks `aowLeeftijdBereikt`. */
const app2028 = testApp({ vandaag: () => '2028-03-01' })

const paren = (stap: Stap) => stap.antwoorden.map((a: Stap) => [a.vraag, a.waarde])

async function antwoord(a: typeof app, id: string, vraagId: string, waarde: unknown) {
  const r = await vraag(a, 'POST', `${GESPREKKEN}/${id}/antwoorden`, { vraag: vraagId, waarde })
  expect(r.status, `${vraagId}=${JSON.stringify(waarde)}`).toBe(200)
  return r.json as Stap
}

describe('een antwoord wijzigen', () => {
  it('scholing: Ja, 58, UWV, Nee; leeftijd 57 houdt alle vier; bijstand vraagt niet opnieuw of je in Assen woont', async () => {
    const start = (await vraag(app, 'POST', GESPREKKEN, { onderwerp: 'scholing' })).json
    const id = start.gesprek
    const gevraagd: string[] = [start.vraag.id]
    let stap: Stap = start
    for (const [v, w] of [
      ['woontInGemeente', true],
      ['leeftijd', 58],
      ['uitkering', 'uwv'],
      ['werktMetLoonkostensubsidie', false],
    ] as const) {
      expect(stap.vraag.id).toBe(v)
      stap = await antwoord(app, id, v, w)
      if (stap.vraag) gevraagd.push(stap.vraag.id)
    }
    expect(stap.klaar).toBe(true)
    expect(stap.doelgroep.verwijzing).toBe('uwv')

    const jonger = await vraag(app, 'PUT', `${GESPREKKEN}/${id}/antwoorden/leeftijd`, { waarde: 57 })
    expect(jonger.status).toBe(200)
    expect(paren(jonger.json)).toEqual([
      ['woontInGemeente', true],
      ['leeftijd', 57],
      ['uitkering', 'uwv'],
      ['werktMetLoonkostensubsidie', false],
    ])
    expect(jonger.json.antwoorden.find((a: Stap) => a.vraag === 'leeftijd').label).toBe('57 jaar')

    const bijstand = await vraag(app, 'PUT', `${GESPREKKEN}/${id}/antwoorden/uitkering`, { waarde: 'bijstand' })
    expect(bijstand.status).toBe(200)
    // "Woon je in Assen?" was answered before and is used again without asking.
    expect(bijstand.json.vraag?.id).not.toBe('woontInGemeente')
    expect(bijstand.json.klaar).toBe(true)
    expect(bijstand.json.doelgroep.oordeel).toBe('ja')
    expect(bijstand.json.uitkomsten.find((u: Stap) => u.voorziening === 'scholing').oordeel).toBe('mogelijk')
    // The answer that stopped mattering (loonkostensubsidie) is still listed.
    expect(paren(bijstand.json)).toEqual([
      ['woontInGemeente', true],
      ['leeftijd', 57],
      ['uitkering', 'bijstand'],
      ['werktMetLoonkostensubsidie', false],
    ])
    // The summary lists the facts the outcome rests on: with bijstand the loonkostensubsidie answer
    // no longer does, so it is not printed as one of her facts (the conversation keeps it, above).
    const samenvatting = await vraag(app, 'GET', `${GESPREKKEN}/${id}/samenvatting`)
    expect(samenvatting.json.antwoorden.map((a: Stap) => a.vraag)).toEqual(['woontInGemeente', 'leeftijd', 'uitkering'])
  })

  it('een jongere leeftijd laat alleen een AOW-antwoord vallen dat er niet meer bij past', async () => {
    const start = (await vraag(app2028, 'POST', GESPREKKEN, { onderwerp: 'alles' })).json
    const id = start.gesprek
    let stap: Stap = await antwoord(app2028, id, 'woontInGemeente', true)
    stap = await antwoord(app2028, id, 'leeftijd', 67)
    expect(stap.vraag.id).toBe('aowLeeftijdBereikt')
    stap = await antwoord(app2028, id, 'aowLeeftijdBereikt', true)
    expect(stap.doelgroep.verwijzing).toBe('aow')

    const jong = await vraag(app2028, 'PUT', `${GESPREKKEN}/${id}/antwoorden/leeftijd`, { waarde: 40 })
    expect(jong.status).toBe(200)
    expect(paren(jong.json)).toEqual([
      ['woontInGemeente', true],
      ['leeftijd', 40],
    ])
    expect(jong.json.vraag.id).toBe('uitkering')
  })

  it('"nee, geen AOW" past bij elke leeftijd: het blijft staan en telt weer als de leeftijd terugkomt', async () => {
    const start = (await vraag(app2028, 'POST', GESPREKKEN, { onderwerp: 'alles' })).json
    const id = start.gesprek
    await antwoord(app2028, id, 'woontInGemeente', true)
    await antwoord(app2028, id, 'leeftijd', 67)
    await antwoord(app2028, id, 'aowLeeftijdBereikt', false)
    const jong = (await vraag(app2028, 'PUT', `${GESPREKKEN}/${id}/antwoorden/leeftijd`, { waarde: 40 })).json
    expect(paren(jong)).toContainEqual(['aowLeeftijdBereikt', false])
    const terug = (await vraag(app2028, 'PUT', `${GESPREKKEN}/${id}/antwoorden/leeftijd`, { waarde: 67 })).json
    expect(terug.vraag.id).not.toBe('aowLeeftijdBereikt')
    expect(paren(terug)).toContainEqual(['aowLeeftijdBereikt', false])
  })

  it('een ander onderwerp kiezen houdt de antwoorden', async () => {
    const start = (await vraag(app, 'POST', GESPREKKEN, {})).json
    const id = start.gesprek
    await antwoord(app, id, 'onderwerp', 'scholing')
    await antwoord(app, id, 'woontInGemeente', true)
    await antwoord(app, id, 'leeftijd', 40)
    const werkgever = await vraag(app, 'PUT', `${GESPREKKEN}/${id}/antwoorden/onderwerp`, { waarde: 'werkgever' })
    expect(werkgever.status).toBe(200)
    expect(paren(werkgever.json)).toEqual([
      ['onderwerp', 'werkgever'],
      ['woontInGemeente', true],
      ['leeftijd', 40],
    ])
    expect(['woontInGemeente', 'leeftijd']).not.toContain(werkgever.json.vraag?.id)
  })
})

type Actie =
  | { soort: 'antwoord'; keuze: number; getal: number }
  | { soort: 'wijzig'; welke: number; keuze: number; getal: number }

const actieArb: fc.Arbitrary<Actie> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      soort: fc.constant('antwoord' as const),
      keuze: fc.nat(10),
      getal: fc.integer({ min: -1, max: 70 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      soort: fc.constant('wijzig' as const),
      welke: fc.nat(20),
      keuze: fc.nat(10),
      getal: fc.integer({ min: -1, max: 70 }),
    }),
  },
)

function waardeVoor(v: { soort: string; keuzes: { waarde: unknown }[]; max?: number }, keuze: number, getal: number) {
  if (v.soort === 'getal' && getal >= 0) return Math.min(getal, v.max ?? getal)
  return v.keuzes[keuze % v.keuzes.length]?.waarde ?? null
}

describe('willekeurige wijzigingen (fast-check)', () => {
  it('een wijziging verliest alleen een tegenstrijdig antwoord, en vraagt nooit iets dat al beantwoord is', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(app, app2028),
        fc.constantFrom('alles', 'scholing', 'participatieplaats', 'werkgever', 'beschut-werk'),
        fc.array(actieArb, { minLength: 1, maxLength: 30 }),
        async (a, onderwerp, acties) => {
          const peildatum = a === app ? '2026-11-22' : '2028-03-01'
          let stap: Stap = (await vraag(a, 'POST', GESPREKKEN, { onderwerp })).json
          const pad = `${GESPREKKEN}/${stap.gesprek}`
          for (const actie of acties) {
            const voor = new Map<string, unknown>(paren(stap))
            let gewijzigd: string
            let r: Awaited<ReturnType<typeof vraag>>
            if (actie.soort === 'wijzig' && stap.antwoorden.length > 0) {
              gewijzigd = stap.antwoorden[actie.welke % stap.antwoorden.length].vraag
              const def = vraagMetId(gewijzigd)
              if (!def) throw new Error(gewijzigd)
              const waarde = waardeVoor({ ...def, keuzes: [...def.keuzes] }, actie.keuze, actie.getal)
              r = await vraag(a, 'PUT', `${pad}/antwoorden/${gewijzigd}`, { waarde })
            } else if (stap.vraag) {
              gewijzigd = stap.vraag.id
              r = await vraag(a, 'POST', `${pad}/antwoorden`, {
                vraag: gewijzigd,
                waarde: waardeVoor(stap.vraag, actie.keuze, actie.getal),
              })
            } else continue
            expect(r.status).toBe(200)
            stap = r.json
            const na = new Map<string, unknown>(paren(stap))
            expect(na.has(gewijzigd)).toBe(true)
            const feiten = Object.fromEntries(
              stap.antwoorden.filter((x: Stap) => x.feit && x.waarde !== null).map((x: Stap) => [x.feit, x.waarde]),
            )
            expect(tegenstrijdigheden(feiten, peildatum, ASSEN)).toEqual([])
            for (const [v, w] of voor) {
              if (v === gewijzigd) continue
              // Only age and the AOW answer can contradict each other: the one changed wins, the other goes
              // (a new age drops "AOW bereikt"; "ja, AOW bereikt" drops an age below the AOW band). Every other
              // answer keeps its value.
              if (!na.has(v)) expect([v, gewijzigd].sort()).toEqual(['aowLeeftijdBereikt', 'leeftijd'])
              else expect(na.get(v)).toEqual(w)
            }
            if (stap.vraag) expect(na.has(stap.vraag.id)).toBe(false)
          }
          // The outcome is that of the facts kept, as /checks gives it.
          const feiten = Object.fromEntries(
            stap.antwoorden.filter((x: Stap) => x.feit && x.waarde !== null).map((x: Stap) => [x.feit, x.waarde]),
          )
          const checks = await vraag(a, 'POST', '/api/v1/checks', { situatie: feiten, peildatum })
          expect(checks.status).toBe(200)
          // An employer reads the same decisions in words about the candidate ("De kandidaat is …").
          const beslist = (u: Stap) => [u.voorziening, u.oordeel, u.ontbrekend, u.redenen.map((x: Stap) => x.artikel)]
          if (stap.klaar && onderwerp === 'werkgever')
            expect(stap.uitkomsten.map(beslist)).toEqual(checks.json.uitkomsten.map(beslist))
          else if (stap.klaar) expect(stap.uitkomsten).toEqual(checks.json.uitkomsten)
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('leeftijd en AOW spreken elkaar tegen', () => {
  it('"ja, AOW bereikt" na een leeftijd onder de AOW-band: de leeftijd gaat weg, en AOW beslist', async () => {
    const id = (await vraag(app2028, 'POST', GESPREKKEN, { onderwerp: 'alles' })).json.gesprek
    await antwoord(app2028, id, 'woontInGemeente', true)
    await antwoord(app2028, id, 'leeftijd', 67)
    await antwoord(app2028, id, 'aowLeeftijdBereikt', false)
    await vraag(app2028, 'PUT', `${GESPREKKEN}/${id}/antwoorden/leeftijd`, { waarde: 40 })
    const r = await vraag(app2028, 'PUT', `${GESPREKKEN}/${id}/antwoorden/aowLeeftijdBereikt`, { waarde: true })
    expect(r.status).toBe(200)
    expect(paren(r.json)).toEqual([
      ['woontInGemeente', true],
      ['aowLeeftijdBereikt', true],
    ])
    // With the AOW age reached no age is needed: the doelgroep is decided (D2), with the way to the SVB.
    expect(r.json.klaar).toBe(true)
    expect(r.json.doelgroep.verwijzing).toBe('aow')
  })
})

describe('het overzicht na een wijziging', () => {
  it('een antwoord dat niet meer telt (school op 16, nu 61) staat niet bij "Wat je ons vertelde"; het gesprek houdt het', async () => {
    const start = (await vraag(app, 'POST', GESPREKKEN, { onderwerp: 'alles' })).json
    const id = start.gesprek
    let stap: Stap = await antwoord(app, id, 'woontInGemeente', true)
    stap = await antwoord(app, id, 'leeftijd', 16)
    // Answer until the school question comes (it is asked only under 27).
    for (let i = 0; i < 10 && stap.vraag && stap.vraag.id !== 'kanBekostigdOnderwijsVolgen'; i++) {
      const v = vraagMetId(stap.vraag.id)
      stap = await antwoord(app, id, stap.vraag.id, v?.keuzes.find((k) => k.waarde === 'bijstand')?.waarde ?? false)
    }
    expect(stap.vraag?.id).toBe('kanBekostigdOnderwijsVolgen')
    // At 16, "Ja, ik kan nog naar school" decides: school goes first.
    stap = await antwoord(app, id, 'kanBekostigdOnderwijsVolgen', true)
    const voor = (await vraag(app, 'GET', `${GESPREKKEN}/${id}/samenvatting`)).json
    expect(voor.antwoorden.map((a: Stap) => a.vraag)).toContain('kanBekostigdOnderwijsVolgen')

    const ouder = await vraag(app, 'PUT', `${GESPREKKEN}/${id}/antwoorden/leeftijd`, { waarde: 61 })
    expect(ouder.status).toBe(200)
    // The conversation keeps it (it counts again if the age changes back)…
    expect(ouder.json.antwoorden.map((a: Stap) => a.vraag)).toContain('kanBekostigdOnderwijsVolgen')
    // …but the summary shows only what the outcome rests on now.
    const na = (await vraag(app, 'GET', `${GESPREKKEN}/${id}/samenvatting`)).json
    const getoond = na.antwoorden.map((a: Stap) => a.vraag)
    expect(getoond).not.toContain('kanBekostigdOnderwijsVolgen')
    expect(getoond).toEqual(expect.arrayContaining(['woontInGemeente', 'leeftijd', 'uitkering']))
  })
})

describe('welke antwoorden tellen', () => {
  it.each(
    personas as unknown as { naam: string; situatie: Record<string, unknown> }[],
  )('zonder wijziging telt elk antwoord: $naam', ({ situatie }) => {
    let { bewaard, stap } = nieuwGesprek('alles', '2026-11-22', { model: ASSEN })
    for (let i = 0; i < 40 && stap.vraag; i++) {
      const feit = stap.vraag.feit ?? ''
      const uitslag = verwerk(
        bewaard,
        { type: 'antwoord', vraag: stap.vraag.id, waarde: feit in situatie ? situatie[feit] : null },
        { model: ASSEN },
      )
      if (uitslag.soort !== 'stap') throw new Error(uitslag.weigering)
      ;({ bewaard, stap } = uitslag)
    }
    expect(telendeAntwoorden(bewaard.context, ASSEN)).toEqual(bewaard.context.antwoorden)
  })
})
