import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { vraagMetId } from '../flows/index.js'
import { geheugenStore } from '../server/store/geheugen.js'
import { type TestApp, testApp, vraag } from './helpers.js'

interface Persona {
  naam: string
  peildatum: string
  situatie: Record<string, unknown>
  verwacht: { doelgroep: string; verwijzing?: string; oordelen: Record<string, string> }
}
// biome-ignore lint/suspicious/noExplicitAny: a Stap as JSON
type Stap = any

const personas: Persona[] = JSON.parse(readFileSync(new URL('./cases/personas.json', import.meta.url), 'utf8'))
const app = testApp()

/** Walks a conversation, answering from the facts (null when a fact is not known). */
async function loop(a: TestApp, situatie: Record<string, unknown>, onderwerp = 'alles') {
  const start = await vraag(a, 'POST', '/api/v1/gesprekken', { onderwerp })
  let stap: Stap = start.json
  const gevraagd: string[] = []
  const berichten: string[] = stap.berichten.map((b: Stap) => b.tekst)
  while (!stap.klaar) {
    const id = stap.vraag.id as string
    gevraagd.push(id)
    const r = await vraag(a, 'POST', `/api/v1/gesprekken/${stap.gesprek}/antwoorden`, {
      vraag: id,
      waarde: situatie[id] ?? null,
    })
    expect(r.status).toBe(200)
    stap = r.json
    berichten.push(...stap.berichten.map((b: Stap) => b.tekst))
    expect(gevraagd.length).toBeLessThan(30)
  }
  return { stap, gevraagd, berichten }
}

const aantallen: { naam: string; vragen: number }[] = []
afterAll(() => {
  if (aantallen.length === 0) return
  const som = aantallen.reduce((t, a) => t + a.vragen, 0)
  console.log(
    `Vragen per persona (alles): gemiddeld ${(som / aantallen.length).toFixed(2)}, hoogstens ${Math.max(...aantallen.map((a) => a.vragen))}`,
  )
  console.table(aantallen)
})

describe('persona’s door het gesprek "alles"', () => {
  it.each(personas)('$naam', async ({ naam, situatie, verwacht }) => {
    const { stap, gevraagd, berichten } = await loop(app, situatie)
    aantallen.push({ naam: naam.slice(0, 40), vragen: gevraagd.length })
    const oordelen = Object.fromEntries(stap.uitkomsten.map((u: Stap) => [u.voorziening, u.oordeel]))
    expect(oordelen).toEqual(verwacht.oordelen)
    expect(stap.doelgroep.oordeel).toBe(verwacht.doelgroep)
    expect(stap.doelgroep.verwijzing).toBe(verwacht.verwijzing)
    if (verwacht.doelgroep === 'nee') {
      expect(berichten.join(' ')).toMatch(/UWV|school|SVB|gemeente waar je woont/)
    }
  })
})

describe('een gesprek per onderwerp', () => {
  it('werkgever: het aanbod aan werkgevers met artikelen', async () => {
    const anna = personas.find((p) => p.naam.startsWith('Anna'))
    const { stap, gevraagd } = await loop(app, anna?.situatie ?? {}, 'werkgever')
    const tekst = stap.berichten.map((b: Stap) => b.tekst).join('\n')
    // Since 2016 UWV pays for some employees; the gemeente's own polis (art. 12) for the others.
    expect(tekst).toMatch(/No-riskpolis: .*UWV.*\(art\. 12\)/)
    expect(tekst).toContain('Jobcoach (art. 11)')
    expect(tekst).toContain('Proefplaatsing (art. 14)')
    expect(stap.antwoorden[0].tekst).toBe('Woont de kandidaat in Assen?')
    expect(gevraagd).not.toContain('startkwalificatie')
  })

  it('zonder onderwerp begint het met een keuzemenu zonder feit', async () => {
    const { json, status, headers } = await vraag(app, 'POST', '/api/v1/gesprekken')
    expect(status).toBe(201)
    expect(headers.get('Location')).toBe(`http://localhost:8787/api/v1/gesprekken/${json.gesprek}`)
    expect(json.vraag.id).toBe('onderwerp')
    expect(json.vraag).not.toHaveProperty('feit')
    const r = await vraag(app, 'POST', `/api/v1/gesprekken/${json.gesprek}/antwoorden`, {
      vraag: 'onderwerp',
      waarde: 'scholing',
    })
    expect(r.json.onderwerp).toBe('scholing')
    expect(r.json.vraag.id).toBe('woontInGemeente')
    const terug = await vraag(app, 'POST', `/api/v1/gesprekken/${json.gesprek}/terug`)
    expect(terug.json.vraag.id).toBe('onderwerp')
  })

  it('elke vraag heeft "Weet ik niet" en een uitleg waarom we het vragen', async () => {
    const { stap } = await loop(app, {}, 'alles')
    expect(stap.antwoorden.length).toBeGreaterThan(5)
    const start = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' })
    let s: Stap = start.json
    for (const a of stap.antwoorden) {
      expect(s.vraag.keuzes.some((k: Stap) => k.waarde === null)).toBe(true)
      expect(s.vraag.hulp.length).toBeGreaterThan(10)
      if (s.vraag.soort === 'getal')
        expect(typeof s.vraag.min === 'number' && typeof s.vraag.max === 'number').toBe(true)
      s = (await vraag(app, 'POST', `/api/v1/gesprekken/${s.gesprek}/antwoorden`, { vraag: a.vraag, waarde: null }))
        .json
    }
  })

  it('biedt na drie keer "Weet ik niet" één keer een mens aan', async () => {
    const start = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' })
    let s: Stap = start.json
    const meldingen: string[] = []
    for (let i = 0; i < 5 && !s.klaar; i++) {
      s = (await vraag(app, 'POST', `/api/v1/gesprekken/${s.gesprek}/antwoorden`, { vraag: s.vraag.id, waarde: null }))
        .json
      meldingen.push(...s.berichten.map((b: Stap) => b.tekst).filter((t: string) => t.includes('mens spreken')))
    }
    expect(meldingen).toHaveLength(1)
    expect(meldingen[0]).toContain('14 0592')
  })
})

describe('wijzigen en terug', () => {
  it('een gewijzigd antwoord houdt de andere antwoorden en vraagt wat nu ontbreekt', async () => {
    const start = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' })
    const id = start.json.gesprek
    for (const [v, w] of [
      ['woontInGemeente', true],
      ['leeftijd', 40],
      ['uitkering', 'bijstand'],
      ['afstandTotArbeidsmarkt', 'groot'],
    ] as const) {
      expect((await vraag(app, 'POST', `/api/v1/gesprekken/${id}/antwoorden`, { vraag: v, waarde: w })).status).toBe(
        200,
      )
    }
    const jong = await vraag(app, 'PUT', `/api/v1/gesprekken/${id}/antwoorden/leeftijd`, { waarde: 22 })
    expect(jong.status).toBe(200)
    expect(jong.json.antwoorden.map((a: Stap) => a.vraag)).toEqual([
      'woontInGemeente',
      'leeftijd',
      'uitkering',
      'afstandTotArbeidsmarkt',
    ])
    expect(jong.json.vraag.id).toBe('kanBekostigdOnderwijsVolgen')
    const kind = await vraag(app, 'PUT', `/api/v1/gesprekken/${id}/antwoorden/leeftijd`, { waarde: 15 })
    expect(kind.json.klaar).toBe(true)
    expect(kind.json.antwoorden.map((a: Stap) => a.vraag)).toEqual([
      'woontInGemeente',
      'leeftijd',
      'uitkering',
      'afstandTotArbeidsmarkt',
    ])
    expect(kind.json.doelgroep.verwijzing).toBe('onderwijs')
    // Pw art. 7a lid 1 onder b (2026): a school can ask the gemeente to support a pupil.
    expect(JSON.stringify(kind.json.berichten)).toContain('kan je school de gemeente om steun vragen')
  })

  it('terug opent de vorige vraag; wijzigen kan ook na de uitkomst', async () => {
    const { stap } = await loop(app, { woontInGemeente: false })
    expect(stap.klaar).toBe(true)
    const terug = await vraag(app, 'POST', `/api/v1/gesprekken/${stap.gesprek}/terug`)
    expect(terug.json.klaar).toBe(false)
    expect(terug.json.vraag.id).toBe('woontInGemeente')
    expect(terug.json.antwoorden).toEqual([])
    expect(terug.json.kanTerug).toBe(false)
  })
})

describe('fouten volgens het contract', () => {
  it('409 voor een vraag die niet open staat, en bij terug aan het begin', async () => {
    const { json } = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' })
    const r = await vraag(app, 'POST', `/api/v1/gesprekken/${json.gesprek}/antwoorden`, {
      vraag: 'leeftijd',
      waarde: 30,
    })
    expect(r.status).toBe(409)
    expect(r.headers.get('Content-Type')).toContain('application/problem+json')
    expect((await vraag(app, 'POST', `/api/v1/gesprekken/${json.gesprek}/terug`)).status).toBe(409)
    expect(
      (await vraag(app, 'PUT', `/api/v1/gesprekken/${json.gesprek}/antwoorden/leeftijd`, { waarde: 30 })).status,
    ).toBe(409)
  })

  it('400 voor een waarde van de verkeerde soort, en het gesprek blijft gelijk', async () => {
    const { json } = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' })
    const pad = `/api/v1/gesprekken/${json.gesprek}`
    await vraag(app, 'POST', `${pad}/antwoorden`, { vraag: 'woontInGemeente', waarde: true })
    const voor = await vraag(app, 'GET', pad)
    for (const waarde of ['veertig', 40.5, -1, 121, true, { x: 1 }, [40]]) {
      const r = await vraag(app, 'POST', `${pad}/antwoorden`, { vraag: 'leeftijd', waarde })
      expect(r.status, JSON.stringify(waarde)).toBe(400)
      expect(r.json.detail).toBeTruthy()
    }
    expect((await vraag(app, 'POST', `${pad}/antwoorden`, { vraag: 'leeftijd' })).status).toBe(400)
    expect((await vraag(app, 'POST', `${pad}/antwoorden`, { vraag: 'leeftijd', waarde: 4, extra: 1 })).status).toBe(400)
    expect((await vraag(app, 'GET', pad)).json).toEqual(voor.json)
  })

  it('404 met de weg naar een nieuw gesprek, voor onbekend, misvormd en verlopen', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'abc', 'x'.repeat(60)]) {
      const r = await vraag(app, 'GET', `/api/v1/gesprekken/${id}`)
      expect(r.status).toBe(404)
      expect(r.json.detail).toContain('/api/v1/gesprekken')
    }
    let nu = 0
    const verlopen = testApp({ store: geheugenStore({ max: 10, ttlMs: 60_000, nu: () => nu }) })
    const { json } = await vraag(verlopen, 'POST', '/api/v1/gesprekken', {})
    nu = 59_000
    expect((await vraag(verlopen, 'GET', `/api/v1/gesprekken/${json.gesprek}`)).status).toBe(200)
    nu = 59_000 + 60_000
    expect((await vraag(verlopen, 'GET', `/api/v1/gesprekken/${json.gesprek}`)).status).toBe(404)
  })

  it('DELETE vergeet het gesprek meteen: 204, daarna 404', async () => {
    const { json } = await vraag(app, 'POST', '/api/v1/gesprekken', {})
    const r = await vraag(app, 'DELETE', `/api/v1/gesprekken/${json.gesprek}`)
    expect(r.status).toBe(204)
    expect(r.tekst).toBe('')
    expect((await vraag(app, 'GET', `/api/v1/gesprekken/${json.gesprek}`)).status).toBe(404)
    expect((await vraag(app, 'DELETE', `/api/v1/gesprekken/${json.gesprek}`)).status).toBe(404)
  })

  it('de geheugenopslag is begrensd: een gesprek in gebruik gaat er niet uit, een nieuw krijgt dan 503', async () => {
    const klein = testApp({ store: geheugenStore({ max: 2, ttlMs: 60_000 }) })
    const ids: string[] = []
    for (let i = 0; i < 2; i++) ids.push((await vraag(klein, 'POST', '/api/v1/gesprekken', {})).json.gesprek)
    const vol = await vraag(klein, 'POST', '/api/v1/gesprekken', {})
    expect(vol.status).toBe(503)
    expect(vol.headers.get('content-type')).toBe('application/problem+json')
    expect(vol.headers.get('retry-after')).toMatch(/^\d+$/)
    for (const id of ids) expect((await vraag(klein, 'GET', `/api/v1/gesprekken/${id}`)).status).toBe(200)
  })

  it('een Stap heeft nooit null, behalve als waarde van een antwoord of keuze', async () => {
    const { stap } = await loop(app, personas[0]?.situatie ?? {})
    const zoek = (x: unknown, pad: string): void => {
      if (x === null) expect(pad).toMatch(/\.waarde$/)
      else if (typeof x === 'object') for (const [k, v] of Object.entries(x as object)) zoek(v, `${pad}.${k}`)
    }
    zoek(stap, '')
    expect(stap).not.toHaveProperty('vraag')
    expect(stap.regels).toMatchObject({
      naam: 'Re-integratieverordening Participatiewet gemeente Assen 2015',
      versie: '2015',
      peildatum: '2026-11-22',
    })
  })
})

type Actie =
  | { soort: 'antwoord'; keuze: number; getal: number }
  | { soort: 'terug' }
  | { soort: 'wijzig'; welke: number; keuze: number; getal: number }

const actieArb: fc.Arbitrary<Actie> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      soort: fc.constant('antwoord' as const),
      keuze: fc.nat(10),
      getal: fc.integer({ min: -1, max: 70 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ soort: 'terug' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      soort: fc.constant('wijzig' as const),
      welke: fc.nat(20),
      keuze: fc.nat(10),
      getal: fc.integer({ min: -1, max: 70 }),
    }),
  },
)

/** A value for a question: one of its choices, or (for numbers) a number in range. */
function waardeVoor(v: Stap, keuze: number, getal: number) {
  if (v.soort === 'getal' && getal >= 0) return Math.min(getal, v.max)
  return v.keuzes[keuze % v.keuzes.length].waarde
}

describe('willekeurige gesprekken (fast-check)', () => {
  it('nooit een 5xx, nooit vast, en het einde is wat /checks zegt', async () => {
    const onderwerpen = ['alles', 'werkgever', 'werkstage', 'no-riskpolis', 'beschut-werk', 'leerwerktraject'] as const
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...onderwerpen),
        fc.array(actieArb, { maxLength: 40 }),
        async (onderwerp, acties) => {
          let stap: Stap = (await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp })).json
          const pad = `/api/v1/gesprekken/${stap.gesprek}`
          for (const actie of acties) {
            let r: Awaited<ReturnType<typeof vraag>>
            if (actie.soort === 'terug') r = await vraag(app, 'POST', `${pad}/terug`)
            else if (actie.soort === 'wijzig' && stap.antwoorden.length > 0) {
              const a = stap.antwoorden[actie.welke % stap.antwoorden.length]
              const waarde = waardeVoor(vraagMetId(a.vraag), actie.keuze, actie.getal)
              r = await vraag(app, 'PUT', `${pad}/antwoorden/${a.vraag}`, { waarde })
            } else if (stap.vraag) {
              r = await vraag(app, 'POST', `${pad}/antwoorden`, {
                vraag: stap.vraag.id,
                waarde: waardeVoor(stap.vraag, actie.keuze, actie.getal),
              })
            } else continue
            expect(r.status).toBeLessThan(500)
            if (r.status === 200) stap = r.json
            else expect(r.status).toBe(409)
            if (stap.klaar) expect(stap.vraag).toBeUndefined()
            else expect(typeof stap.vraag?.id).toBe('string')
          }
          // Finish with "Weet ik niet" and compare with /checks.
          for (let i = 0; i < 30 && !stap.klaar; i++) {
            stap = (await vraag(app, 'POST', `${pad}/antwoorden`, { vraag: stap.vraag.id, waarde: null })).json
          }
          expect(stap.klaar).toBe(true)
          const situatie = Object.fromEntries(
            stap.antwoorden.filter((a: Stap) => a.feit && a.waarde !== null).map((a: Stap) => [a.feit, a.waarde]),
          )
          const checks = await vraag(app, 'POST', '/api/v1/checks', { situatie })
          // An employer reads the same outcome in words about the candidate ("De kandidaat is …"):
          // the decisions, the articles and what is missing are the same as /checks.
          const beslist = (u: Stap) => ({
            voorziening: u.voorziening,
            oordeel: u.oordeel,
            ontbrekend: u.ontbrekend,
            artikelen: u.redenen.map((r: Stap) => r.artikel),
          })
          if (onderwerp === 'werkgever')
            expect(stap.uitkomsten.map(beslist)).toEqual(checks.json.uitkomsten.map(beslist))
          else expect(stap.uitkomsten).toEqual(checks.json.uitkomsten)
        },
      ),
      { numRuns: 80 },
    )
  })
})
