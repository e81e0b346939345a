/**
 * The notes of a dialogue: the intake asks what a note needs (the diploma for art. 7, a child's
 * age for art. 2 lid 3) whenever some voorziening may fit, and each dialogue shows only the notes
 * and consulent questions of its own voorzieningen, written for its own reader.
 */
import { describe, expect, it } from 'vitest'
import { testApp, vraag } from './helpers.js'

// biome-ignore lint/suspicious/noExplicitAny: a Stap as JSON
type Stap = any

const app = testApp()
const GESPREKKEN = '/api/v1/gesprekken'

/** Walks a dialogue, answering from the facts ("Weet ik niet" for anything not in them). */
async function loop(situatie: Record<string, unknown>, onderwerp: string) {
  let stap: Stap = (await vraag(app, 'POST', GESPREKKEN, { onderwerp })).json
  const gevraagd: string[] = []
  while (!stap.klaar) {
    gevraagd.push(stap.vraag.id)
    const r = await vraag(app, 'POST', `${GESPREKKEN}/${stap.gesprek}/antwoorden`, {
      vraag: stap.vraag.id,
      waarde: situatie[stap.vraag.id] ?? null,
    })
    expect(r.status).toBe(200)
    stap = r.json
    expect(gevraagd.length).toBeLessThan(30)
  }
  return { stap, gevraagd }
}

const artikelen = (stap: Stap) => stap.aandachtspunten.map((a: Stap) => a.artikel)

describe('wat een aandachtspunt nodig heeft, vraagt de intake aan het eind', () => {
  const samira = {
    woontInGemeente: true,
    leeftijd: 34,
    uitkering: 'bijstand',
    maandenUitkering: 24,
    afstandTotArbeidsmarkt: 'groot',
  }

  it('participatieplaats past en het diploma is onbekend: de vraag naar de startkwalificatie komt, en dan de scholing van art. 7', async () => {
    const { stap, gevraagd } = await loop({ ...samira, startkwalificatie: false }, 'alles')
    expect(stap.uitkomsten.find((u: Stap) => u.voorziening === 'participatieplaats').oordeel).toBe('mogelijk')
    expect(gevraagd).toContain('startkwalificatie')
    // Asked after every question the outcomes need, like the children's age.
    expect(gevraagd.indexOf('startkwalificatie')).toBeGreaterThan(gevraagd.indexOf('afstandTotArbeidsmarkt'))
    expect(artikelen(stap)).toContain('art. 7; Pw art. 10a lid 5')
  })

  it('met een diploma komt de scholingsnotitie niet', async () => {
    const { stap, gevraagd } = await loop({ ...samira, startkwalificatie: true }, 'alles')
    expect(gevraagd).toContain('startkwalificatie')
    expect(artikelen(stap)).not.toContain('art. 7; Pw art. 10a lid 5')
  })

  it('past participatieplaats niet, dan wordt voor de notitie niet naar het diploma gevraagd', async () => {
    const { stap, gevraagd } = await loop({ ...samira, afstandTotArbeidsmarkt: 'kort' }, 'alles')
    expect(stap.uitkomsten.find((u: Stap) => u.voorziening === 'participatieplaats').oordeel).toBe('niet')
    expect(gevraagd).not.toContain('startkwalificatie')
  })

  it('doelgroep nee maar een leerwerktraject past: de vraag naar kinderen komt toch', async () => {
    const lisa = {
      woontInGemeente: true,
      leeftijd: 17,
      uitkering: 'geen',
      startkwalificatie: false,
      kanBekostigdOnderwijsVolgen: true,
      jongsteKindLeeftijd: 1,
    }
    const { stap, gevraagd } = await loop(lisa, 'alles')
    expect(stap.doelgroep.oordeel).toBe('nee')
    expect(stap.uitkomsten.find((u: Stap) => u.voorziening === 'leerwerktraject').oordeel).toBe('mogelijk')
    expect(gevraagd).toContain('jongsteKindLeeftijd')
    expect(artikelen(stap)).toContain('art. 2 lid 3')
  })

  it('past er niets, dan geen vraag naar kinderen', async () => {
    const { gevraagd } = await loop({ woontInGemeente: false }, 'alles')
    expect(gevraagd).not.toContain('jongsteKindLeeftijd')
  })
})

describe('elk gesprek zijn eigen aandachtspunten en lezer', () => {
  const iemand = {
    woontInGemeente: true,
    leeftijd: 40,
    uitkering: 'bijstand',
    beperking: true,
    contractMaanden: 12,
    kanVolledigMinimumloonVerdienen: false,
    afstandTotArbeidsmarkt: 'groot',
  }

  it('scholing: geen notitie en geen consulentvraag over no-riskpolis of jobcoach', async () => {
    const alles = await loop(iemand, 'alles')
    // The same person in the intake does get it: the note itself is right, only not in scholing.
    expect(artikelen(alles.stap)).toContain('raadsvoorstel 2015')
    const { stap } = await loop(iemand, 'scholing')
    expect(stap.uitkomsten.find((u: Stap) => u.voorziening === 'scholing').oordeel).toBe('mogelijk')
    expect(artikelen(stap)).not.toContain('raadsvoorstel 2015')
    expect(artikelen(stap)).toContain('art. 3 lid 2')
    const samenvatting = (await vraag(app, 'GET', `${GESPREKKEN}/${stap.gesprek}/samenvatting`)).json
    const sleutels = samenvatting.vragenVoorConsulent.map((v: Stap) => v.sleutel)
    expect(sleutels).not.toContain('landelijkeRegels')
    expect(samenvatting.aandachtspunten.map((a: Stap) => a.artikel)).not.toContain('raadsvoorstel 2015')
  })

  it('werkgever: alleen notities voor de werkgever, in de u-vorm', async () => {
    const { stap } = await loop({ ...iemand, uitkering: 'geen', jongsteKindLeeftijd: 2 }, 'werkgever')
    const teksten = stap.aandachtspunten.map((a: Stap) => a.uitleg)
    expect(artikelen(stap)).toEqual(['raadsvoorstel 2015', 'art. 11; raadsvoorstel 2015'])
    for (const tekst of teksten) {
      expect(tekst).not.toMatch(/\b(je|jij|jou|jouw)\b/i)
      expect(tekst).toMatch(/\bu\b/)
    }
  })
})
