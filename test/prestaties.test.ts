/**
 * Issue 9: the memories that make the server fast must never change an answer. Speed itself is
 * measured by `npm run bench`, not here.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stap, start } from '../flows/index.js'
import { evaluate, tegenstrijdigheden } from '../rules/index.js'
import { vandaagInAmsterdam, vandaagPerMinuut } from '../server/context.js'
import { CHECKS_SLEUTEL_MAX } from '../server/routes/checks/index.js'
import { maakUitkomstgeheugen } from '../server/uitkomstgeheugen.js'
import { maakWeergever } from '../server/weergave.js'
import { peildatumArb, situatieArb } from './arbitraries.js'
import { assen, teksten, testApp, vraag } from './helpers.js'
import { ASSEN } from './regelmodel.js'

describe('vandaagPerMinuut', () => {
  const tijdArb = fc.integer({ min: Date.UTC(2015, 6, 1), max: Date.UTC(2031, 11, 31) })

  it('geeft altijd dezelfde dag als vandaagInAmsterdam, ook na eerdere vragen op andere tijden', () => {
    fc.assert(
      fc.property(fc.array(tijdArb, { minLength: 1, maxLength: 20 }), (tijden) => {
        let nu = 0
        const vandaag = vandaagPerMinuut(() => nu)
        for (const t of tijden) {
          nu = t
          expect(vandaag()).toBe(vandaagInAmsterdam(new Date(t)))
        }
      }),
      { numRuns: 500 },
    )
  })

  it('wisselt precies om middernacht in Amsterdam, in de winter en in de zomer', () => {
    let nu = 0
    const vandaag = vandaagPerMinuut(() => nu)
    const op = (iso: string) => {
      nu = Date.parse(iso)
      return vandaag()
    }
    expect(op('2026-01-14T22:59:59.999Z')).toBe('2026-01-14')
    expect(op('2026-01-14T23:00:00.000Z')).toBe('2026-01-15')
    expect(op('2026-07-01T21:59:59.999Z')).toBe('2026-07-01')
    expect(op('2026-07-01T22:00:00.000Z')).toBe('2026-07-02')
    // The night the clocks go forward (29 March 2026, 02:00 CET becomes 03:00 CEST).
    expect(op('2026-03-28T22:59:00.000Z')).toBe('2026-03-28')
    expect(op('2026-03-28T23:00:00.000Z')).toBe('2026-03-29')
  })
})

describe('het uitkomstgeheugen', () => {
  it('vergeet eerst wat het langst niet gevraagd is', () => {
    const geheugen = maakUitkomstgeheugen<string>({ max: 2, ttlMs: 60_000 })
    geheugen.bewaar('a', 'A')
    geheugen.bewaar('b', 'B')
    expect(geheugen.vind('a')).toBe('A')
    geheugen.bewaar('c', 'C')
    expect(geheugen.grootte).toBe(2)
    expect(geheugen.vind('b')).toBeUndefined()
    expect(geheugen.vind('a')).toBe('A')
    expect(geheugen.vind('c')).toBe('C')
    geheugen.bewaar('c', 'C2')
    expect(geheugen.grootte).toBe(2)
    expect(geheugen.vind('c')).toBe('C2')
  })

  it('vergeet een antwoord ttl na de laatste keer dat iemand erom vroeg, ook als niemand meer vraagt', async () => {
    let tijd = 0
    const geheugen = maakUitkomstgeheugen<string>({ max: 10, ttlMs: 1_000, nu: () => tijd })
    geheugen.bewaar('a', 'A')
    geheugen.bewaar('b', 'B')
    tijd = 900
    expect(geheugen.vind('a')).toBe('A') // a lives until 1,900 now
    tijd = 1_000
    expect(geheugen.vind('b')).toBeUndefined()
    expect(geheugen.grootte).toBe(1)
    tijd = 1_899
    expect(geheugen.vind('a')).toBe('A')
    tijd = 5_000
    geheugen.bewaar('c', 'C')
    expect(geheugen.grootte).toBe(1)
    expect(geheugen.vind('a')).toBeUndefined()
  })

  it('veegt ook zonder vragen: na de ttl is niets meer over', async () => {
    const geheugen = maakUitkomstgeheugen<string>({ max: 10, ttlMs: 20 })
    geheugen.bewaar('a', 'A')
    expect(geheugen.grootte).toBe(1)
    await new Promise((klaar) => setTimeout(klaar, 80))
    expect(geheugen.grootte).toBe(0)
  })

  it('onthoudt niets met max 0', () => {
    const geheugen = maakUitkomstgeheugen<string>({ max: 0, ttlMs: 60_000 })
    geheugen.bewaar('a', 'A')
    expect(geheugen.vind('a')).toBeUndefined()
    expect(geheugen.grootte).toBe(0)
  })
})

describe('POST /checks met het uitkomstgeheugen', () => {
  const talen = fc.constantFrom('nl', 'en', 'ar', 'tr', 'pl', 'uk')

  it('geeft byte voor byte wat een server zonder geheugen geeft, ook bij herhaling', async () => {
    // A small memory, so answers are forgotten and made again during the run.
    const met = testApp({ checksOnthouden: 8 })
    const zonder = testApp({ checksOnthouden: 0 })
    const gevalArb = fc.record({ situatie: situatieArb, peildatum: peildatumArb, taal: talen })
    const gevallen = fc.sample(gevalArb, { numRuns: 60, seed: 9 })
    for (const geval of [...gevallen, ...gevallen.slice(0, 20).reverse(), ...gevallen.slice(10, 30)]) {
      const body = { situatie: geval.situatie, peildatum: geval.peildatum }
      const headers = { 'Accept-Language': geval.taal }
      const a = await vraag(met, 'POST', '/api/v1/checks', body, headers)
      const b = await vraag(zonder, 'POST', '/api/v1/checks', body, headers)
      // Contradictory facts are refused (domain.md D2); both servers refuse them the same way.
      const geweigerd = tegenstrijdigheden(geval.situatie, geval.peildatum, ASSEN).length > 0
      expect(a.status).toBe(geweigerd ? 400 : 200)
      expect(a.tekst).toBe(b.tekst)
      expect(a.headers.get('Content-Type')).toBe(b.headers.get('Content-Type'))
      if (!geweigerd) expect(a.headers.get('Content-Language')).toBe(geval.taal)
    }
  })

  it('onthoudt nooit een ongeldige body, en houdt de dag uit elkaar als de body geen peildatum noemt', async () => {
    let dag = '2026-11-22'
    const app = testApp({ vandaag: () => dag })
    const fout = { situatie: { leeftijd: 'dertig' } }
    expect((await vraag(app, 'POST', '/api/v1/checks', fout)).status).toBe(400)
    expect((await vraag(app, 'POST', '/api/v1/checks', fout)).status).toBe(400)
    const body = { situatie: { leeftijd: 40, woontInGemeente: true } }
    expect((await vraag(app, 'POST', '/api/v1/checks', body)).json.regels.peildatum).toBe('2026-11-22')
    dag = '2026-11-23'
    expect((await vraag(app, 'POST', '/api/v1/checks', body)).json.regels.peildatum).toBe('2026-11-23')
    // A body longer than CHECKS_SLEUTEL_MAX (spaces are valid JSON) is answered, just not remembered.
    const lang = `{"situatie":{"leeftijd":40}${' '.repeat(CHECKS_SLEUTEL_MAX)}}`
    const zonder = await vraag(testApp({ checksOnthouden: 0, vandaag: () => dag }), 'POST', '/api/v1/checks', lang)
    for (let i = 0; i < 2; i++) expect((await vraag(app, 'POST', '/api/v1/checks', lang)).tekst).toBe(zonder.tekst)
  })

  it('geeft een situatie in een andere volgorde hetzelfde antwoord, en houdt taal en peildatum uit elkaar', async () => {
    const app = testApp()
    const situatie = { leeftijd: 30, woontInGemeente: true, uitkering: 'bijstand' }
    const omgekeerd = { uitkering: 'bijstand', woontInGemeente: true, leeftijd: 30 }
    const nl = await vraag(app, 'POST', '/api/v1/checks', { situatie })
    expect((await vraag(app, 'POST', '/api/v1/checks', { situatie: omgekeerd })).tekst).toBe(nl.tekst)
    const en = await vraag(app, 'POST', '/api/v1/checks', { situatie }, { 'Accept-Language': 'en' })
    expect(en.json.uitkomsten[0].naam).not.toBe(nl.json.uitkomsten[0].naam)
    const toen = await vraag(app, 'POST', '/api/v1/checks', { situatie, peildatum: '2016-01-01' })
    expect(toen.json.regels.peildatum).toBe('2016-01-01')
    expect(nl.json.regels.peildatum).toBe('2026-11-22')
    // Another age is another situation: under 27 the leerwerktraject is open.
    const jong = await vraag(app, 'POST', '/api/v1/checks', { situatie: { ...situatie, leeftijd: 20 } })
    expect(jong.tekst).not.toBe(nl.tekst)
    const zonder = await vraag(testApp({ checksOnthouden: 0 }), 'POST', '/api/v1/checks', {
      situatie: { ...situatie, leeftijd: 20 },
    })
    expect(jong.tekst).toBe(zonder.tekst)
  })
})

describe('evaluate met bomen per peildatum', () => {
  it('houdt de regels van 2016 en 2017 uit elkaar, ook heen en weer en na meer dan 16 peildata', () => {
    const situatie = {
      woontInGemeente: true,
      leeftijd: 40,
      uitkering: 'bijstand',
      werktMetLoonkostensubsidie: false,
      beperking: true,
      beschutteWerkplekNodig: true,
      afstandTotArbeidsmarkt: 'groot',
    } as const
    const beschut = (peildatum: string) =>
      evaluate(situatie, peildatum, ASSEN).uitkomsten.find((u) => u.voorziening === 'beschut-werk')
    const voor = beschut('2016-12-31')
    const na = beschut('2017-01-01')
    expect(voor?.redenen).not.toEqual(na?.redenen)
    for (let dag = 1; dag <= 20; dag++) evaluate(situatie, `2020-01-${String(dag).padStart(2, '0')}`, ASSEN)
    expect(beschut('2016-12-31')).toEqual(voor)
    expect(beschut('2017-01-01')).toEqual(na)
  })
})

describe('gedeelde redenen', () => {
  it('zijn bevroren en dezelfde in elke evaluatie en elke voorziening', () => {
    const situatie = { leeftijd: 30 }
    const a = evaluate(situatie, '2026-11-22', ASSEN)
    const b = evaluate(situatie, '2026-11-22', ASSEN)
    const woont = a.doelgroep.redenen.find((r) => r.conditie === 'woontInGemeente')
    expect(woont && Object.isFrozen(woont)).toBe(true)
    expect(b.doelgroep.redenen).toContain(woont)
    for (const u of a.uitkomsten.filter((u) => u.oordeel === 'onbekend')) expect(u.redenen).toContain(woont)
  })

  it('worden in één weergave net zo geschreven als elk apart, in elke taal', () => {
    const talen = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const
    fc.assert(
      fc.property(situatieArb, peildatumArb, fc.constantFrom(...talen), (situatie, peildatum, taal) => {
        const e = evaluate(situatie, peildatum, ASSEN)
        const w = maakWeergever(teksten.t(taal), assen, situatie, taal)
        const tekst = w.evaluatie(e)
        expect(tekst.doelgroep.redenen).toEqual(e.doelgroep.redenen.map((r) => w.reden(r, 'redenen', e.tekstwaarden)))
        e.uitkomsten.forEach((u, i) => {
          expect(tekst.uitkomsten[i]?.redenen).toEqual(u.redenen.map((r) => w.reden(r, 'redenen', e.tekstwaarden)))
        })
      }),
      { numRuns: 300 },
    )
  })
})

describe('de gedeelde begintoestand van een gesprek', () => {
  it('is bevroren, en een stap maakt een nieuwe toestand zonder de oude te veranderen', () => {
    const eerste = start('alles', '2026-11-22', ASSEN)
    expect(start('alles', '2026-11-22', ASSEN)).toBe(eerste)
    expect(Object.isFrozen(eerste) && Object.isFrozen(eerste.context)).toBe(true)
    expect(Object.isFrozen(eerste.context.antwoorden)).toBe(true)
    const vraag = eerste.context.vraag
    const volgende = stap(eerste, { type: 'antwoord', vraag: vraag ?? '', waarde: true }, ASSEN)
    expect(volgende).toBeDefined()
    expect(volgende?.context.antwoorden).toHaveLength(1)
    expect(eerste.context.antwoorden).toHaveLength(0)
    expect(eerste.context.vraag).toBe(vraag)
    expect(start('alles', '2026-11-23', ASSEN)).not.toBe(eerste)
  })

  it('twee bewoners in twee talen krijgen elk hun eigen id, teksten en antwoorden', async () => {
    const app = testApp()
    const a = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' })
    const b = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles', taal: 'en' })
    const c = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' })
    expect(new Set([a.json.gesprek, b.json.gesprek, c.json.gesprek]).size).toBe(3)
    expect(b.json.vraag.id).toBe(a.json.vraag.id)
    expect(b.json.vraag.tekst).not.toBe(a.json.vraag.tekst)
    expect({ ...c.json, gesprek: a.json.gesprek }).toEqual(a.json)

    const id = a.json.vraag.id
    const keuze = a.json.vraag.keuzes[0].waarde
    const stapA = await vraag(app, 'POST', `/api/v1/gesprekken/${a.json.gesprek}/antwoorden`, {
      vraag: id,
      waarde: keuze,
    })
    expect(stapA.status).toBe(200)
    expect(stapA.json.antwoorden).toHaveLength(1)
    for (const ander of [b, c]) {
      const nu = await vraag(app, 'GET', `/api/v1/gesprekken/${ander.json.gesprek}`)
      expect(nu.json.antwoorden).toEqual([])
      expect(nu.json.vraag.id).toBe(id)
      expect(nu.json.gesprek).toBe(ander.json.gesprek)
    }
  })
})

describe('de JSON-poort wijst de plek van een fout aan', () => {
  const app = testApp()
  const pointer = async (body: string) => {
    const res = await app.request('/api/v1/checks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    })
    expect(res.status).toBe(400)
    return ((await res.json()) as { errors: { location: { pointer: string }; code: string }[] }).errors[0]
  }

  it('diep in lijsten en objecten, met ~ en / geschreven als ~0 en ~1', async () => {
    expect(await pointer('{"situatie":{},"x":[1,{"y":[{"__proto__":1}]}]}')).toMatchObject({
      location: { pointer: '/x/1/y/0/__proto__' },
      code: 'onbekend-veld',
    })
    expect(await pointer('{"a/b":{"c~d":{"constructor":{}}}}')).toMatchObject({
      location: { pointer: '/a~1b/c~0d/constructor' },
    })
    const diep = `{"situatie":{},"x":${'['.repeat(20)}${']'.repeat(20)}}`
    expect(await pointer(diep)).toMatchObject({ location: { pointer: `/x${'/0'.repeat(15)}` }, code: 'te-diep' })
  })
})
