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
/** Before the law of 2026 (Pw art. 7a): the leerwerktraject of art. 10 still stood beside the doelgroep. */
const app2025 = testApp({ vandaag: () => '2025-11-22' })
const GESPREKKEN = '/api/v1/gesprekken'

/** Walks a dialogue, answering from the facts ("Weet ik niet" for anything not in them). */
async function loop(situatie: Record<string, unknown>, onderwerp: string, metApp = app) {
  const app = metApp
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

  it('doelgroep nee maar een leerwerktraject past (2025): de vraag naar kinderen komt toch', async () => {
    const lisa = {
      woontInGemeente: true,
      leeftijd: 17,
      uitkering: 'geen',
      startkwalificatie: false,
      kanBekostigdOnderwijsVolgen: true,
      jongsteKindLeeftijd: 1,
    }
    const { stap, gevraagd } = await loop(lisa, 'alles', app2025)
    expect(stap.doelgroep.oordeel).toBe('nee')
    expect(stap.uitkomsten.find((u: Stap) => u.voorziening === 'leerwerktraject').oordeel).toBe('mogelijk')
    expect(gevraagd).toContain('jongsteKindLeeftijd')
    expect(artikelen(stap)).toContain('art. 2 lid 3')
    // Since 2026 (Pw art. 7a lid 2 and 3) someone who can go to school is sent to school, not to work.
    const nu = await loop(lisa, 'alles')
    expect(nu.stap.uitkomsten.find((u: Stap) => u.voorziening === 'leerwerktraject').oordeel).toBe('niet')
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

  it('scholing: geen notitie en geen consulentvraag over no-riskpolis, jobcoach of participatieplaats', async () => {
    const alles = await loop(iemand, 'alles')
    // The same person in the intake does get them: the notes themselves are right, only not in scholing.
    expect(artikelen(alles.stap)).toContain('art. 8; Pw art. 10a lid 1, 6, 8-10')
    const inIntake = (await vraag(app, 'GET', `${GESPREKKEN}/${alles.stap.gesprek}/samenvatting`)).json
    const intakeSleutels = inIntake.vragenVoorConsulent.map((v: Stap) => v.sleutel)
    expect(intakeSleutels).toEqual(expect.arrayContaining(['jobcoach', 'noRiskpolis']))
    const { stap } = await loop(iemand, 'scholing')
    expect(stap.uitkomsten.find((u: Stap) => u.voorziening === 'scholing').oordeel).toBe('mogelijk')
    expect(artikelen(stap)).not.toContain('art. 8; Pw art. 10a lid 1, 6, 8-10')
    expect(artikelen(stap)).toContain('art. 3 lid 2; Pw art. 7 lid 3 onder c')
    const samenvatting = (await vraag(app, 'GET', `${GESPREKKEN}/${stap.gesprek}/samenvatting`)).json
    const sleutels = samenvatting.vragenVoorConsulent.map((v: Stap) => v.sleutel)
    expect(sleutels).not.toContain('jobcoach')
    expect(sleutels).not.toContain('noRiskpolis')
    expect(sleutels).not.toContain('participatieplaatsPremie')
  })

  it('werkgever: alleen notities voor de werkgever, in de u-vorm', async () => {
    const { stap } = await loop({ ...iemand, uitkering: 'geen', jongsteKindLeeftijd: 2 }, 'werkgever')
    const teksten = stap.aandachtspunten.map((a: Stap) => a.uitleg)
    // Assen's jobcoach hours (art. 11, the raadsvoorstel): for the employer only.
    expect(artikelen(stap)).toEqual(['art. 11; raadsvoorstel 2015'])
    for (const tekst of teksten) {
      expect(tekst).not.toMatch(/\b(je|jij|jou|jouw)\b/i)
      expect(tekst).toMatch(/\bu\b/)
    }
  })
})
