/**
 * Issue 11: the gemeente profile. A second, fictional profile (Voorbeeldstad) proves that name,
 * contact, links and parameters come from the profile everywhere; every outcome names its rules.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ONDERWERPEN, ROUTE_NA_TERUG } from '../flows/index.js'
import { GemeenteFout, inTaal, laadGemeente, publiekProfiel } from '../server/gemeente.js'
import { datumTekst } from '../server/weergave.js'
import { assen, type TestApp, teksten, testApp, vraag } from './helpers.js'

const voorbeeldstad = laadGemeente('voorbeeldstad')
/** The profiles as in their files (a loaded profile also holds its compiled rules model). */
const bestand = (id: string) => JSON.parse(readFileSync(new URL(`../gemeenten/${id}.json`, import.meta.url), 'utf8'))
const voorbeeldstadProfiel = bestand('voorbeeldstad')
const assenProfiel = bestand('assen')

/** What only Assen's profile may know: its name, phone, address, Werkplein and site. */
const ASSEN = /\bAssen\b|14 0592|0592|Noordersingel|9401 JW|Baanzicht|assen\.nl/

/** A whole conversation that answers "Weet ik niet" to everything, so it asks every question. */
async function gesprek(app: TestApp, taal = 'nl', onderwerp = 'alles') {
  const stappen = [(await vraag(app, 'POST', '/api/v1/gesprekken', { taal, onderwerp })).json]
  for (let i = 0; i < 40 && !stappen.at(-1).klaar; i++) {
    const s = stappen.at(-1)
    stappen.push(
      (await vraag(app, 'POST', `/api/v1/gesprekken/${s.gesprek}/antwoorden`, { vraag: s.vraag.id, waarde: null }))
        .json,
    )
  }
  return stappen
}

describe('laadGemeente', () => {
  it.each(['assen', 'voorbeeldstad'])('%s.json is een geldig profiel', (id) => {
    expect(laadGemeente(id).id).toBe(id)
  })

  function kapot(profiel: unknown, id = 'kapot'): string {
    const map = `${mkdtempSync(join(tmpdir(), 'werkwijzer-gemeente-'))}/`
    writeFileSync(`${map}${id}.json`, typeof profiel === 'string' ? profiel : JSON.stringify(profiel))
    return map
  }
  const fout = (map: string, id = 'kapot') => {
    try {
      laadGemeente(id, map)
    } catch (e) {
      expect(e).toBeInstanceOf(GemeenteFout)
      return (e as Error).message
    }
    throw new Error('geen fout')
  }

  it('noemt het veld dat ontbreekt', () => {
    const { telefoon: _weg, ...contact } = voorbeeldstadProfiel.contact
    expect(fout(kapot({ ...voorbeeldstadProfiel, id: 'kapot', contact }))).toMatch(
      /Gemeenteprofiel kapot klopt niet.*\n.*contact\.telefoon/,
    )
  })

  it('een profiel met een vertaling zonder Nederlands start niet', () => {
    const contact = { ...assenProfiel.contact, openingstijden: { en: 'Monday to Friday' } }
    expect(fout(kapot({ ...assenProfiel, id: 'kapot', contact }))).toContain('contact.openingstijden')
  })

  it('noemt een verkeerde kleur en link', () => {
    const melding = fout(
      kapot({
        ...voorbeeldstadProfiel,
        id: 'kapot',
        thema: { ...voorbeeldstadProfiel.thema, kleurPrimair: 'paars' },
        verordening: { artikelLinks: { 'art. 8': 'geen-url' } },
      }),
    )
    expect(melding).toContain('thema.kleurPrimair: een kleur als #00566e')
    expect(melding).toContain('verordening.artikelLinks.art. 8')
  })

  it('weigert een link naar een artikel dat het regelmodel niet heeft, en noemt het model', () => {
    const melding = fout(
      kapot({
        ...voorbeeldstadProfiel,
        id: 'kapot',
        verordening: { artikelLinks: { 'art. 99': 'https://x.example/99' } },
      }),
    )
    expect(melding).toContain('verordening.artikelLinks.art. 99: het regelmodel voorbeeldstad-2016 heeft geen art. 99')
  })

  it('weigert een regelmodel dat niet bestaat, en noemt de modellen die er zijn', () => {
    const melding = fout(kapot({ ...voorbeeldstadProfiel, id: 'kapot', regels: 'bestaat-niet-2020' }))
    expect(melding).toContain('noemt regels: bestaat-niet-2020')
    expect(melding).toContain('Regelmodel bestaat-niet-2020 bestaat niet')
    expect(melding).toMatch(/Er zijn: .*assen-2015/)
  })

  it('een profiel zonder regels start niet: een andere gemeente krijgt nooit stil de regels van Assen', () => {
    const { regels: _weg, ...zonder } = voorbeeldstadProfiel
    expect(fout(kapot({ ...zonder, id: 'kapot' }))).toContain('regels: dit veld ontbreekt')
  })

  it('noemt een onbekend veld (een tikfout valt op)', () => {
    expect(
      fout(kapot({ ...voorbeeldstadProfiel, id: 'kapot', contact: { ...voorbeeldstadProfiel.contact, telefon: '1' } })),
    ).toMatch(/contact: onbekend veld telefon/)
  })

  it('parameters en de naam van de verordening staan nu in het regelmodel: het profiel zegt waar', () => {
    const parameters = { beschutWerkPlekken: [{ waarde: 3, van: '2015-01-01', bron: 'x' }] }
    const melding = fout(
      kapot({ ...voorbeeldstadProfiel, id: 'kapot', parameters, verordening: { naam: 'X', artikelLinks: {} } }),
    )
    expect(melding).toContain('parameters: staan nu in het regelmodel')
    expect(melding).toContain('verordening.naam: staat nu in het regelmodel')
  })

  it('eist dat id en bestandsnaam gelijk zijn', () => {
    expect(fout(kapot(voorbeeldstadProfiel))).toContain('id: moet "kapot" zijn')
  })

  it('zegt het als het bestand geen JSON is of niet bestaat, en noemt de profielen die er wel zijn', () => {
    expect(fout(kapot('{ "naam": '))).toMatch(/Gemeenteprofiel kapot is geen geldige JSON/)
    const melding = fout(kapot({}), 'bestaat-niet')
    expect(melding).toMatch(/Gemeenteprofiel bestaat-niet bestaat niet/)
    expect(melding).toMatch(/Er zijn: kapot\./)
    expect(melding).toContain('GEMEENTE_PAD')
  })

  it('leest een profiel uit een pad buiten het project (zoals een container het koppelt)', () => {
    const map = kapot({ ...voorbeeldstadProfiel, id: 'buiten' }, 'buiten')
    expect(laadGemeente(`${map}buiten.json`).naam).toBe(voorbeeldstad.naam)
    expect(laadGemeente('buiten', map).id).toBe('buiten')
    expect(fout(map, `${map}weg.json`)).toMatch(
      /Gemeenteprofiel weg kan niet gelezen worden .*: het bestand bestaat niet/,
    )
  })

  it('zegt elke fout in gewoon Nederlands, nooit in het Engels van zod', () => {
    const melding = fout(
      kapot({
        ...voorbeeldstadProfiel,
        id: 'kapot',
        naam: 7,
        contact: { ...voorbeeldstadProfiel.contact, email: 'geen', website: 'ook geen', organisatie: '' },
        regels: 5,
        tolk: 3,
      }),
    )
    expect(melding).toContain('naam: dit moet een tekst zijn')
    expect(melding).toContain('contact.email: geen geldig e-mailadres')
    expect(melding).toContain('contact.website: geen geldig adres')
    expect(melding).toContain('contact.organisatie: minstens 1 teken')
    expect(melding).toContain('regels: dit moet een tekst zijn')
    expect(melding).toContain('tolk: deze waarde klopt niet')
    expect(melding).not.toMatch(/Invalid|Expected|expected|Too small|received/)
  })
})

describe('GET /api/v1/gemeente', () => {
  it.each([assen, voorbeeldstad])('geeft het openbare profiel van $naam', async (gemeente) => {
    const { status, json, headers } = await vraag(testApp({ gemeente }), 'GET', '/api/v1/gemeente')
    expect(status).toBe(200)
    expect(headers.get('API-Version')).toBe('1.0.0')
    expect(json).toEqual(publiekProfiel(gemeente, 'nl'))
    expect(json.contact.openingstijden).toBe(inTaal(gemeente.contact.openingstijden, 'nl'))
    expect(headers.get('Content-Language')).toBe('nl')
  })

  it('geeft openingstijden en tolk in de gevraagde taal, en anders in het Nederlands', async () => {
    const app = testApp({ gemeente: voorbeeldstad })
    const en = await vraag(app, 'GET', '/api/v1/gemeente?taal=en')
    expect(en.json.contact.openingstijden).toBe('Monday to Thursday, 9:00 to 16:00')
    expect(en.json.tolk).toContain('interpreter')
    expect(en.headers.get('Content-Language')).toBe('en')
    // Voorbeeldstad gives no Polish text: Dutch, not nothing.
    const pl = await vraag(app, 'GET', '/api/v1/gemeente', undefined, { 'Accept-Language': 'pl' })
    expect(pl.json.contact.openingstijden).toBe('maandag tot en met donderdag, 9.00 tot 16.00 uur')
    const ar = await vraag(testApp(), 'GET', '/api/v1/gemeente?taal=ar')
    expect(ar.json.contact.openingstijden).toBe('من الاثنين إلى الجمعة، من 8:30 إلى 17:00')
  })

  it('een Arabisch gesprek en zijn samenvatting noemen de openingstijden in het Arabisch', async () => {
    const app = testApp()
    const { json } = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles', taal: 'ar' })
    const samenvatting = await vraag(app, 'GET', `/api/v1/gesprekken/${json.gesprek}/samenvatting`)
    expect(samenvatting.json.contact.openingstijden).toBe('من الاثنين إلى الجمعة، من 8:30 إلى 17:00')
    expect(samenvatting.json.volgendeStappen.join(' ')).toContain('من الاثنين إلى الجمعة')
    expect(samenvatting.json.volgendeStappen.join(' ')).not.toContain('maandag')
    // The phone number stays left to right inside Arabic sentences; Dutch gets no marks.
    expect(json.berichten[0].tekst).toContain('\u206614 0592\u2069')
    const nl = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' })
    expect(nl.json.berichten[0].tekst).toContain('14 0592')
    expect(nl.json.berichten[0].tekst).not.toContain('\u2066')
  })

  it('staat in het OpenAPI-document, met het schema Gemeente', async () => {
    const { json } = await vraag(testApp(), 'GET', '/api/v1/openapi.json')
    expect(json.paths['/gemeente'].get.operationId).toBe('toonGemeente')
    expect(Object.keys(json.components.schemas)).toContain('Gemeente')
  })
})

describe('Voorbeeldstad: naam, contact en links komen overal uit het profiel', () => {
  const app = testApp({ gemeente: voorbeeldstad })

  it('/checks: teksten, regels en artikellinks', async () => {
    const { json, tekst } = await vraag(app, 'POST', '/api/v1/checks', { situatie: { leeftijd: 30 } })
    expect(json.uitkomsten[0].redenen).toContainEqual({
      artikel: 'art. 1; Pw art. 40 lid 1',
      uitleg: 'We weten nog niet of je in Voorbeeldstad woont.',
      link: voorbeeldstad.regelmodel.data.artikelen['art. 1']?.link,
    })
    expect(json.regels).toMatchObject({ naam: voorbeeldstad.regelmodel.naam, versie: '2016-a' })
    expect(tekst).not.toMatch(ASSEN)
  })

  it('/checks: de premie van een participatieplaats komt uit het regelmodel, met het eigen artikel', async () => {
    const situatie = { woontInGemeente: true, leeftijd: 40, uitkering: 'bijstand', afstandTotArbeidsmarkt: 'groot' }
    const premie = async (a: TestApp) =>
      (await vraag(a, 'POST', '/api/v1/checks', { situatie })).json.aandachtspunten.find(
        (p: { artikel: string }) => p.artikel.startsWith('art. 8') || p.artikel.startsWith('art. 9'),
      ).uitleg
    expect(await premie(app)).toContain('€ 150 premie')
    expect(await premie(testApp())).toContain('€ 100 premie')
  })

  it('/checks: het plan van ongeveer 8 plekken beschut werk is een eigen bron van Assen en staat niet bij Voorbeeldstad', async () => {
    const situatie = {
      woontInGemeente: true,
      leeftijd: 40,
      uitkering: 'bijstand',
      afstandTotArbeidsmarkt: 'groot',
      beperking: true,
      beschutteWerkplekNodig: true,
    }
    const uitleg = async (a: TestApp) =>
      (await vraag(a, 'POST', '/api/v1/checks', { situatie, peildatum: '2016-06-01' })).json.aandachtspunten
        .map((p: { uitleg: string }) => p.uitleg)
        .join(' ')
    expect(await uitleg(testApp())).toContain('ongeveer 8 plekken')
    expect(await uitleg(app)).not.toMatch(/plekken|raadsvoorstel/)
  })

  it('het gesprek: welkom, vragen, de route naar een mens en de uitkomst', async () => {
    const stappen = await gesprek(app)
    const berichten = stappen.flatMap((s) => s.berichten.map((b: { tekst: string }) => b.tekst))
    expect(berichten[0]).toContain('de regels van Voorbeeldstad uit 2016')
    expect(berichten[0]).toContain('Bel 0123 45 67 89')
    expect(stappen[0].vraag.tekst).toBe('Woon je in Voorbeeldstad?')
    expect(berichten).toContain(
      'Vind je de vragen moeilijk? Je kunt ook een mens spreken. Bel 0123 45 67 89, maandag tot en met donderdag, 9.00 tot 16.00 uur.',
    )
    expect(stappen.at(-1).klaar).toBe(true)
    expect(JSON.stringify(stappen)).not.toMatch(ASSEN)
  })

  it('na meer dan vijf keer terug (de zesde keer) biedt het gesprek één keer een mens aan', async () => {
    expect(ROUTE_NA_TERUG).toBe(6)
    const start = (await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' })).json
    const id = start.gesprek
    await vraag(app, 'POST', `/api/v1/gesprekken/${id}/antwoorden`, { vraag: 'woontInGemeente', waarde: true })
    const meldingen: number[] = []
    for (let keer = 1; keer <= 8; keer++) {
      const terug = (await vraag(app, 'POST', `/api/v1/gesprekken/${id}/terug`)).json
      const mens = terug.berichten.filter((b: { tekst: string }) => b.tekst.includes('een mens spreken'))
      if (mens.length > 0) {
        meldingen.push(keer)
        expect(mens[0].tekst).toContain('Bel 0123 45 67 89, maandag tot en met donderdag')
      }
      await vraag(app, 'POST', `/api/v1/gesprekken/${id}/antwoorden`, { vraag: 'woontInGemeente', waarde: true })
    }
    expect(meldingen).toEqual([6])
  })

  it('het gesprek voor een werkgever', async () => {
    const stappen = await gesprek(app, 'nl', 'werkgever')
    expect(stappen.map((s) => s.vraag?.tekst)).toContain('Woont de kandidaat in Voorbeeldstad?')
    expect(JSON.stringify(stappen)).not.toMatch(ASSEN)
  })

  it.each(teksten.talen.map((t) => t.code))('het gesprek in %s noemt Voorbeeldstad en nergens Assen', async (taal) => {
    const stappen = await gesprek(app, taal)
    expect(stappen[0].berichten[0].tekst).toContain('0123 45 67 89')
    expect(JSON.stringify(stappen)).not.toMatch(ASSEN)
  })

  it('het OpenAPI-document en het startdocument', async () => {
    const openapi = await vraag(app, 'GET', '/api/v1/openapi.json')
    expect(openapi.json.info.contact).toEqual({
      name: 'Werkloket Voorbeeldstad',
      url: 'https://www.voorbeeldstad.example',
      email: 'werk@voorbeeldstad.example',
    })
    expect(openapi.json.info.description).toContain(voorbeeldstad.regelmodel.naam)
    expect(openapi.tekst).not.toMatch(ASSEN)
    const start = await vraag(app, 'GET', '/api/v1')
    expect(start.json.gemeente).toBe('Voorbeeldstad')
    expect(start.tekst).not.toMatch(ASSEN)
  })

  it('/voorzieningen linkt naar de artikelen van Voorbeeldstad', async () => {
    const { json, tekst } = await vraag(app, 'GET', '/api/v1/voorzieningen')
    const participatieplaats = json.voorzieningen.find((v: { id: string }) => v.id === 'participatieplaats')
    expect(participatieplaats.artikel).toBe('art. 9')
    expect(participatieplaats.link).toBe(voorbeeldstad.regelmodel.data.artikelen['art. 9']?.link)
    expect(tekst).not.toMatch(ASSEN)
  })

  it('de samenvatting (JSON en pagina om te printen)', async () => {
    const stappen = await gesprek(app)
    const pad = `/api/v1/gesprekken/${stappen[0].gesprek}/samenvatting`
    const json = await vraag(app, 'GET', pad)
    expect(json.status).toBe(200)
    expect(json.tekst).toContain('Voorbeeldstad')
    expect(json.tekst).not.toMatch(ASSEN)
    const html = await vraag(app, 'GET', pad, undefined, { Accept: 'text/html' })
    expect(html.status).toBe(200)
    expect(html.tekst).toContain('Voorbeeldstad')
    expect(html.tekst).toContain('0123 45 67 89')
    expect(html.tekst).not.toMatch(ASSEN)
    const css = html.tekst.match(/href="([^"]+\.css)"/)?.[1] ?? ''
    const stijl = await vraag(app, 'GET', new URL(css, `http://localhost${pad}`).pathname)
    expect(stijl.tekst).toContain(voorbeeldstad.thema.kleurPrimair)
  })

  it('de demopagina', async () => {
    const { status, tekst } = await vraag(app, 'GET', '/')
    expect(status).toBe(200)
    expect(tekst).toContain('Voorbeeldstad')
    expect(tekst).not.toMatch(ASSEN)
  })
})

// Interpretations 13 and 21: the sources do not give the day the verordening took effect, so the sentence
// names the rules and the peildatum, never a start day; `geldigVanaf` stays a field (and the warning below).
describe('elke uitkomst noemt de regels: verordening, versie en peildatum, geen begindag', () => {
  it('/checks in het Nederlands, in gewone woorden', async () => {
    const { json } = await vraag(testApp(), 'POST', '/api/v1/checks', { situatie: {}, peildatum: '2020-03-15' })
    expect(json.regels).toEqual({
      naam: 'Re-integratieverordening Participatiewet gemeente Assen 2015',
      versie: '2015',
      peildatum: '2020-03-15',
      geldigVanaf: '2015-07-01',
      model: 'assen-2015',
      wijzigingen: [
        expect.objectContaining({ datum: '2016-01-01' }),
        expect.objectContaining({ datum: '2016-01-01' }),
        expect.objectContaining({ datum: '2017-01-01' }),
      ],
      tekst:
        'Volgens de Re-integratieverordening Participatiewet gemeente Assen 2015, versie 2015. We gebruikten de regels van Assen uit 2015, op 15 maart 2020. Met de wijzigingen van de wet die we kennen. Misschien heeft de gemeente nu andere regels. De gemeente weet wat nu geldt.',
    })
    // Never "the rules as they apply on <date>": Werkwijzer does not know the gemeente's current rules.
    expect(json.regels.tekst).not.toMatch(/zoals ze gelden/)
  })

  it('de datum staat in de taal van het antwoord', () => {
    expect(datumTekst('2015-07-01', 'nl')).toBe('1 juli 2015')
    expect(datumTekst('2015-07-01', 'en')).toBe('1 July 2015')
    expect(datumTekst('2026-11-22', 'pl')).toBe('22 listopada 2026')
    // Ukrainian writes "2026 р." after the year: its dot beside the sentence's made "р..".
    expect(datumTekst('2026-11-22', 'uk')).toBe('22 листопада 2026')
    expect(datumTekst('2026-11-22', 'ar')).toMatch(/^22 .+ 2026$/)
  })

  it.each(teksten.talen.map((t) => t.code))('/checks en elke stap van het gesprek in %s', async (taal) => {
    const app = testApp({ gemeente: voorbeeldstad })
    const vanaf = datumTekst('2016-01-01', taal)
    const check = await vraag(app, 'POST', `/api/v1/checks?taal=${taal}`, { situatie: {}, peildatum: '2020-03-15' })
    expect(check.json.regels.tekst).not.toContain(vanaf)
    expect(check.json.regels.geldigVanaf).toBe('2016-01-01')
    expect(check.json.regels.tekst).toContain(datumTekst('2020-03-15', taal))
    expect(check.json.regels.tekst).toContain(voorbeeldstad.regelmodel.naam)
    const stappen = await gesprek(app, taal)
    for (const stap of stappen) {
      expect(stap.regels).toMatchObject({
        naam: voorbeeldstad.regelmodel.naam,
        versie: '2016-a',
        geldigVanaf: '2016-01-01',
      })
      expect(stap.regels.tekst).not.toContain(vanaf)
      expect(stap.regels.tekst).toContain(voorbeeldstad.regelmodel.naam)
      expect(stap.regels.tekst).toContain(datumTekst('2026-11-22', taal))
    }
    const samenvatting = await vraag(app, 'GET', `/api/v1/gesprekken/${stappen[0].gesprek}/samenvatting`)
    expect(samenvatting.json.regels.tekst).toBe(stappen.at(-1).regels.tekst)
  })

  it('de samenvatting noemt de regels', async () => {
    const app = testApp({ gemeente: voorbeeldstad })
    const stappen = await gesprek(app)
    const { json } = await vraag(app, 'GET', `/api/v1/gesprekken/${stappen[0].gesprek}/samenvatting`)
    expect(json.regels).toMatchObject({
      naam: voorbeeldstad.regelmodel.naam,
      versie: '2016-a',
      peildatum: '2026-11-22',
    })
    expect(json.regels.tekst).toContain(voorbeeldstad.regelmodel.naam)
    expect(json.regels.tekst).toContain('22 november 2026')
    expect(json.regels.tekst).not.toContain('1 januari 2016')
  })

  it('een peildatum vóór de regels van de gemeente zegt dat, in plaats van zichzelf tegen te spreken', async () => {
    const app = testApp({ gemeente: voorbeeldstad })
    const check = async (peildatum: string, taal = 'nl') =>
      (await vraag(app, 'POST', '/api/v1/checks', { situatie: {}, peildatum }, { 'Accept-Language': taal })).json.regels
        .tekst as string
    expect(await check('2015-09-01')).toContain('Let op: deze regels gelden pas vanaf 1 januari 2016.')
    expect(await check('2015-12-31')).toContain('pas vanaf 1 januari 2016')
    expect(await check('2016-01-01')).not.toContain('Let op')
    expect(await check('2015-09-01', 'en')).toContain('only apply from 1 January 2016')
    // Assen's rules begin on the first day the rules core knows: never the warning.
    const assen = await vraag(testApp(), 'POST', '/api/v1/checks', { situatie: {}, peildatum: '2015-07-01' })
    expect(assen.json.regels.tekst).not.toContain('Let op')
  })
})

describe('de eerste boodschap van elk gesprek', () => {
  it.each(
    ONDERWERPEN,
  )('bij onderwerp %s: computerprogramma, geen besluit, en het nummer van de gemeente', async (onderwerp) => {
    const { json } = await vraag(testApp({ gemeente: voorbeeldstad }), 'POST', '/api/v1/gesprekken', { onderwerp })
    expect(json.berichten[0].tekst).toContain('computerprogramma')
    expect(json.berichten[0].tekst).toContain('geen besluit')
    expect(json.berichten[0].tekst).toContain('Bel 0123 45 67 89')
  })

  it.each(
    teksten.talen.flatMap((t) => [assen, voorbeeldstad].map((gemeente) => ({ taal: t.code, gemeente }))),
  )('in $taal voor $gemeente.naam: computerprogramma, regels, geen besluit, een mens', async ({ taal, gemeente }) => {
    const { json } = await vraag(testApp({ gemeente }), 'POST', '/api/v1/gesprekken', { taal })
    // In Arabic the number is isolated (U+2066 … U+2069), so it reads left to right.
    const telefoon = taal === 'ar' ? `\u2066${gemeente.contact.telefoon}\u2069` : gemeente.contact.telefoon
    const jaar = gemeente.regelmodel.inwerkingtreding.slice(0, 4)
    const welkom = teksten.t(taal, 'gesprek')('berichten.welkom', {
      gemeente: gemeente.naam,
      telefoon,
      'verordening.jaar': jaar,
    })
    expect(json.berichten[0].tekst).toBe(welkom)
    expect(welkom).toContain(gemeente.naam)
    // Which rules, from when: never "the rules as they apply today" (the gemeente may have others now).
    expect(welkom).toContain(jaar)
    expect(welkom).toContain(gemeente.contact.telefoon)
  })
})
