/**
 * Typed messages through the API (`POST /api/v1/gesprekken/{id}/berichten`): a typed label is the
 * button, a whole intake can be typed, a proposal is confirmed with an ordinary answer, questions and
 * wishes leave the open question open, and the typed text is kept nowhere (store, summary, figures, logs).
 */
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { begrijp } from '../begrip/index.js'
import { ONDERWERP_VRAAG, VRAGEN, type VraagDefinitie } from '../flows/index.js'
import { maakBegrijpers } from '../server/begrip.js'
import { maakLogger } from '../server/logging.js'
import { sqliteTeller } from '../server/statistieken/sqlite.js'
import { geheugenStore } from '../server/store/geheugen.js'
import { assen, teksten, testApp, vraag } from './helpers.js'

const begrijpers = maakBegrijpers(teksten, assen)
const VRAAG_DEFINITIES: VraagDefinitie[] = [ONDERWERP_VRAAG, ...Object.values(VRAGEN)]

/** The label of a choice in a language, as the Stap shows it on the button. */
function labelIn(taal: string, sleutel: string): string {
  return teksten.t(taal, 'gesprek')(`keuzes.${sleutel}`)
}

async function begin(app: ReturnType<typeof testApp>, body: object = { onderwerp: 'alles' }) {
  const { json } = await vraag(app, 'POST', '/api/v1/gesprekken', body)
  return json.gesprek as string
}
const typ = (app: ReturnType<typeof testApp>, id: string, tekst: string) =>
  vraag(app, 'POST', `/api/v1/gesprekken/${id}/berichten`, { tekst })

describe('een label typen is de knop kiezen', () => {
  it.each(teksten.talen.map((t) => t.code))('elke keuze van elke vraag, in %s', (taal) => {
    const { woorden, zoeker } = begrijpers(taal)
    for (const vraagDef of VRAAG_DEFINITIES)
      for (const keuze of vraagDef.keuzes) {
        const label = labelIn(taal, keuze.label)
        expect(begrijp(label, { vraag: vraagDef, woorden, zoeker }), `${taal} ${vraagDef.id}: ${label}`).toEqual({
          soort: 'antwoord',
          vraag: vraagDef.id,
          waarde: keuze.waarde,
          vastgelegd: true,
        })
      }
  })

  it('elk getal binnen de grenzen, in cijfers, is dat getal', () => {
    const { woorden, zoeker } = begrijpers('nl')
    for (const vraagDef of VRAAG_DEFINITIES.filter((v) => v.soort === 'getal'))
      for (let n = vraagDef.min ?? 0; n <= (vraagDef.max ?? 0); n += 7)
        expect(begrijp(String(n), { vraag: vraagDef, woorden, zoeker })).toEqual({
          soort: 'antwoord',
          vraag: vraagDef.id,
          waarde: n,
          // A number the question rarely means ("3" as an age) is only proposed: she confirms it first.
          vastgelegd: !vraagDef.bevestig || (n >= vraagDef.bevestig.min && n <= vraagDef.bevestig.max),
        })
  })

  it('via de API geeft het getypte label dezelfde stap als de knop', async () => {
    const app = testApp()
    const [knop, getypt] = [await begin(app), await begin(app)]
    for (let i = 0; i < 30; i++) {
      const { json: stap } = await vraag(app, 'GET', `/api/v1/gesprekken/${knop}`)
      if (stap.klaar) break
      // Each question gets its second choice (not always "Ja"), or a number in the middle of its range.
      const keuze = stap.vraag.keuzes[1] ?? stap.vraag.keuzes[0]
      const [waarde, tekst] =
        stap.vraag.soort === 'getal'
          ? [
              Math.round((stap.vraag.min + stap.vraag.max) / 4),
              String(Math.round((stap.vraag.min + stap.vraag.max) / 4)),
            ]
          : [keuze.waarde, keuze.label]
      const a = await vraag(app, 'POST', `/api/v1/gesprekken/${knop}/antwoorden`, { vraag: stap.vraag.id, waarde })
      const b = await typ(app, getypt, tekst)
      expect(b.status).toBe(200)
      expect(b.json.begrip).toMatchObject({ soort: 'antwoord', vraag: stap.vraag.id, waarde, vastgelegd: true })
      const { gesprek: _a, berichten: _ba, ...restA } = a.json
      const { gesprek: _b, berichten: _bb, begrip: _begrip, ...restB } = b.json
      expect(restB).toEqual(restA)
    }
  })
})

describe('een hele intake door alleen te typen', () => {
  const ANTWOORDEN: Record<string, string> = {
    woontInGemeente: 'ja hoor',
    leeftijd: 'ik ben vierendertig jaar',
    aowLeeftijdBereikt: 'nee',
    uitkering: 'ik heb bijstand',
    werktMetLoonkostensubsidie: 'nee hoor',
    maandenUitkering: 'anderhalf jaar',
    jarenGeenWerkinkomen: 'twee jaar',
    ooitBetaaldGewerkt: 'jazeker',
    startkwalificatie: 'nee',
    kanBekostigdOnderwijsVolgen: 'nee',
    afstandTotArbeidsmarkt: 'nee dat duurt langer',
    kanOoitZonderSteunWerken: 'ja',
    beperking: 'geen idee',
    beschutteWerkplekNodig: 'nee',
    kanVolledigMinimumloonVerdienen: 'ja',
    contractMaanden: 'ik heb geen baan',
    jongsteKindLeeftijd: 'mijn jongste is 3',
    alleenstaandeOuder: 'ja, ik zorg alleen voor de kinderen',
    voorzieningOudeVerordening: 'nee',
  }

  it('van het eerste menu tot de uitkomst, en de uitkomst is die van /checks', async () => {
    const app = testApp()
    const id = await begin(app, {})
    let stap = (await typ(app, id, 'Welke hulp past misschien bij mij?')).json
    expect(stap.begrip).toEqual({
      soort: 'antwoord',
      vraag: 'onderwerp',
      waarde: 'alles',
      vastgelegd: true,
      label: 'Welke hulp past misschien bij mij?',
    })
    for (let i = 0; i < 25 && !stap.klaar; i++) {
      const tekst = ANTWOORDEN[stap.vraag.id]
      expect(tekst, stap.vraag.id).toBeDefined()
      stap = (await typ(app, id, tekst as string)).json
      expect(stap.begrip.vastgelegd, tekst).toBe(true)
    }
    expect(stap.klaar).toBe(true)
    const feiten = Object.fromEntries(
      stap.antwoorden
        .filter((a: { feit?: string }) => a.feit)
        .map((a: { feit: string; waarde: unknown }) => [a.feit, a.waarde]),
    )
    expect(feiten).toMatchObject({ leeftijd: 34, uitkering: 'bijstand', maandenUitkering: 18 })
    const situatie = Object.fromEntries(Object.entries(feiten).filter(([, w]) => w !== null))
    const checks = await vraag(app, 'POST', '/api/v1/checks', { situatie, peildatum: '2026-11-22' })
    expect(stap.uitkomsten.map((u: { oordeel: string }) => u.oordeel)).toEqual(
      checks.json.uitkomsten.map((u: { oordeel: string }) => u.oordeel),
    )
  })
})

describe('wat de stap doet', () => {
  it('een voorstel legt niets vast; bevestigen is een gewoon antwoord', async () => {
    const app = testApp()
    const id = await begin(app)
    await typ(app, id, 'ja')
    // "Bijna 40" is not yet 40: 39, proposed.
    const voorstel = await typ(app, id, 'bijna 40')
    expect(voorstel.json.begrip).toMatchObject({ soort: 'antwoord', vraag: 'leeftijd', waarde: 39, vastgelegd: false })
    expect(voorstel.json.begrip.keuzes).toEqual([{ waarde: 39, label: 'Ja, dat klopt' }])
    expect(voorstel.json.vraag.id).toBe('leeftijd')
    expect(voorstel.json.antwoorden).toHaveLength(1)
    expect(voorstel.json.berichten[0].tekst).toContain('39 jaar')
    const bevestigd = await vraag(app, 'POST', `/api/v1/gesprekken/${id}/antwoorden`, { vraag: 'leeftijd', waarde: 39 })
    expect(bevestigd.json.antwoorden.at(-1)).toMatchObject({ vraag: 'leeftijd', waarde: 39 })
  })

  it('"sinds januari" telt de maanden tot de dag van de app, als voorstel', async () => {
    // The test app's today is 2026-11-22: January to November is 10 months.
    const app = testApp()
    const id = await begin(app)
    const antwoorden: Record<string, unknown> = { woontInGemeente: true, leeftijd: 40, uitkering: 'bijstand' }
    let open = (await vraag(app, 'GET', `/api/v1/gesprekken/${id}`)).json.vraag
    for (let i = 0; open.id !== 'maandenUitkering' && i < 10; i++) {
      const waarde = open.id in antwoorden ? antwoorden[open.id] : open.keuzes[0].waarde
      open = (await vraag(app, 'POST', `/api/v1/gesprekken/${id}/antwoorden`, { vraag: open.id, waarde })).json.vraag
    }
    const stap = await typ(app, id, 'sinds januari')
    expect(stap.json.begrip).toMatchObject({
      soort: 'antwoord',
      vraag: 'maandenUitkering',
      waarde: 10,
      vastgelegd: false,
    })
    expect(stap.json.vraag.id).toBe('maandenUitkering')
  })

  it('een vastgelegd antwoord zegt wat er is ingevuld en dat het kan veranderen', async () => {
    const app = testApp()
    const id = await begin(app)
    const { json } = await typ(app, id, 'ja hoor')
    expect(json.berichten[0].tekst).toBe(
      'Ik heb ingevuld: Ja. Klopt het niet? Dan kun je het veranderen bij je antwoorden.',
    )
    expect(json.vraag.id).toBe('leeftijd')
  })

  it('uitleg en waarom laten de open vraag open, met het artikel', async () => {
    const app = testApp()
    const id = await begin(app)
    const uitleg = await typ(app, id, 'wat is een participatieplaats?')
    expect(uitleg.json.begrip).toEqual({ soort: 'uitleg', begrip: 'participatieplaats' })
    expect(uitleg.json.berichten[0].tekst).toContain('art. 8')
    expect(uitleg.json.vraag.id).toBe('woontInGemeente')
    expect(uitleg.json.antwoorden).toEqual([])
    const waarom = await typ(app, id, 'waarom vraag je dat?')
    expect(waarom.json.begrip).toEqual({ soort: 'waarom' })
    expect(waarom.json.berichten[0].tekst).toContain('De gemeente helpt alleen mensen die in de gemeente wonen.')
  })

  it('een wens wordt aangeboden, nooit vanzelf gekozen', async () => {
    const app = testApp()
    const id = await begin(app, {})
    const { json } = await typ(app, id, 'kan ik een jobcoach krijgen?')
    expect(json.begrip).toMatchObject({ soort: 'onderwerp', onderwerp: 'persoonlijke-ondersteuning' })
    expect(json.begrip.keuzes).toEqual([{ waarde: 'persoonlijke-ondersteuning', label: 'Ja, vertel over Jobcoach' }])
    expect(json.vraag.id).toBe('onderwerp')
    expect(json.onderwerp).toBeUndefined()
  })

  it('een mens: het contact van de gemeente meteen', async () => {
    const app = testApp()
    const id = await begin(app)
    const { json } = await typ(app, id, 'kan ik iemand bellen?')
    expect(json.begrip).toEqual({ soort: 'mens' })
    const alles = json.berichten.map((b: { tekst: string }) => b.tekst).join(' ')
    expect(alles).toContain(assen.contact.telefoon)
    expect(alles).toContain(assen.contact.adres)
  })

  it('onbekend herhaalt de open vraag met haar knoppen', async () => {
    const app = testApp()
    const id = await begin(app)
    const { json } = await typ(app, id, 'de kat zit op de mat')
    expect(json.begrip).toEqual({ soort: 'onbekend' })
    expect(json.berichten.at(-1).tekst).toBe(json.vraag.tekst)
    expect(json.vraag.keuzes.length).toBeGreaterThan(0)
  })

  it('in het Engels en het Arabisch', async () => {
    const app = testApp()
    const en = await begin(app, { onderwerp: 'alles', taal: 'en' })
    expect((await typ(app, en, 'yes')).json.begrip).toMatchObject({ waarde: true, vastgelegd: true, label: 'Yes' })
    expect((await typ(app, en, 'I am thirty four')).json.begrip).toMatchObject({ waarde: 34, vastgelegd: true })
    const ar = await begin(app, { onderwerp: 'alles', taal: 'ar' })
    expect((await typ(app, ar, 'نعم')).json.begrip).toMatchObject({ waarde: true, vastgelegd: true })
    expect((await typ(app, ar, 'عمري ٣٤ سنة')).json.begrip).toMatchObject({ waarde: 34, vastgelegd: true })
  })
})

describe('foute invoer', () => {
  it('leeg, te lang, een ander veld: 400 problem+json in het Nederlands, zonder de tekst', async () => {
    const app = testApp()
    const id = await begin(app)
    for (const body of [{ tekst: '' }, { tekst: 'geheim'.repeat(100) }, { tekst: 'ja', extra: 1 }, { tekst: 3 }]) {
      const r = await vraag(app, 'POST', `/api/v1/gesprekken/${id}/berichten`, body)
      expect(r.status, JSON.stringify(body).slice(0, 40)).toBe(400)
      expect(r.headers.get('content-type')).toContain('application/problem+json')
      expect(r.tekst).not.toContain('geheim')
    }
  })

  it('de grens geldt ook na normalisatie: een tekst die daarbij groeit, wordt geweigerd', async () => {
    const app = testApp()
    const id = await begin(app)
    // One "ﷺ" is 18 letters after NFKC: 30 of them are 30 characters typed and 540 read.
    const groeit = 'ﷺ'.repeat(30)
    expect(groeit.normalize('NFKC').length).toBeGreaterThan(500)
    // Twice as long after normalising is too much, even when it stays under 500 ("ﷺ" and a space: 19 from 2).
    const verdubbelt = 'ﷺ '.repeat(5)
    for (const [tekst, code] of [
      [groeit, 'tekstTeLang'],
      [verdubbelt, 'tekstGroeit'],
    ] as const) {
      const r = await typ(app, id, tekst)
      expect(r.status).toBe(400)
      expect(r.headers.get('content-type')).toContain('application/problem+json')
      expect(r.json.errors[0]).toMatchObject({ code, location: { pointer: '/tekst' } })
      expect(r.json.errors[0].detail).toMatch(/tekst/i)
    }
    // Ordinary letters with accents or Arabic do not grow: 500 of them are fine.
    expect((await typ(app, id, 'é'.repeat(500))).status).toBe(200)
    expect((await typ(app, id, 'نعم '.repeat(125))).status).toBe(200)
  })

  it('een onbekend gesprek: 404', async () => {
    const r = await typ(testApp(), '00000000-0000-4000-8000-000000000000', 'ja')
    expect(r.status).toBe(404)
    expect(r.json.detail).toBeTruthy()
  })
})

describe('de getypte tekst wordt nergens bewaard', () => {
  it('niet in het gesprek, de samenvatting, de cijfers of de logs; alleen begrip.soort wordt geteld', async () => {
    const logs: string[] = []
    const logger = maakLogger(
      'info',
      new Writable({
        write(stuk, _e, klaar) {
          logs.push(String(stuk))
          klaar()
        },
      }),
    )
    const store = geheugenStore({ max: 100, ttlMs: 60_000 })
    const teller = sqliteTeller(':memory:')
    const app = testApp({ store, teller, logger })
    const id = await begin(app)
    const geheim = [
      'ik heet Zoraida Kwakkelstein',
      'Kwakkelstein weet ik niet',
      'wat is een Kwakkelstein?',
      'ja Kwakkelstein',
    ]
    for (const tekst of geheim) expect((await typ(app, id, tekst)).status).toBe(200)
    const record = await store.get(id)
    const samenvatting = await vraag(app, 'GET', `/api/v1/gesprekken/${id}/samenvatting`)
    const html = await vraag(app, 'GET', `/api/v1/gesprekken/${id}/samenvatting`, undefined, { Accept: 'text/html' })
    await teller.leeg()
    const rijen = await teller.lees('2026-11-22', '2026-11-22')
    for (const plek of [JSON.stringify(record), samenvatting.tekst, html.tekst, JSON.stringify(rijen), logs.join('\n')])
      expect(plek.toLowerCase()).not.toContain('kwakkelstein')
    const berichten = rijen.filter((r) => r.sleutel.startsWith('bericht:'))
    // Each kind once per conversation: the two messages not understood count as one.
    expect(Object.fromEntries(berichten.map((r) => [r.sleutel, r.aantal]))).toEqual({
      'bericht:persoonsgegevens': 1,
      'bericht:antwoord': 1,
      'bericht:onbekend': 1,
    })
    await teller.close()
  })
})
