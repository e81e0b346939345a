/**
 * The server says what each message is (`soort`, and `reactie` for a reply to typed text), so a client
 * never has to find meaning by searching the words (the widget once looked for the phone number).
 */
import { describe, expect, it } from 'vitest'
import { testApp, vraag } from './helpers.js'

const app = testApp()
const G = '/api/v1/gesprekken'
type Bericht = { tekst: string; soort: string; reactie?: boolean }

describe('de soort van elk bericht', () => {
  it('welkom, intro, het aanbod van een mens na drie keer "Weet ik niet"', async () => {
    let stap = (await vraag(app, 'POST', G, { onderwerp: 'alles', taal: 'ar' })).json
    expect(stap.berichten.map((b: Bericht) => b.soort)).toEqual(['welkom', 'info', 'info', 'info'])
    const id = stap.gesprek
    const alle: Bericht[] = []
    for (let i = 0; i < 3; i++) {
      stap = (await vraag(app, 'POST', `${G}/${id}/antwoorden`, { vraag: stap.vraag.id, waarde: null })).json
      alle.push(...stap.berichten)
    }
    const mens = alle.find((b) => b.soort === 'mens')
    expect(mens?.tekst).toContain('14 0592')
    expect(mens?.reactie).toBeUndefined()
  })

  it('getypt: de antwoorden zijn reacties, de vraag die opnieuw komt een herhaling, een voorstel een voorstel', async () => {
    const { json } = await vraag(app, 'POST', G, { onderwerp: 'alles' })
    const pad = `${G}/${json.gesprek}`
    const uitleg = (await vraag(app, 'POST', `${pad}/berichten`, { tekst: 'wat is een participatieplaats?' })).json
    const berichten = uitleg.berichten as Bericht[]
    expect(berichten.every((b) => b.reactie === true)).toBe(true)
    expect(berichten.at(-1)).toEqual({ tekst: 'Woon je in Assen?', soort: 'herhaling', reactie: true })
    await vraag(app, 'POST', `${pad}/antwoorden`, { vraag: 'woontInGemeente', waarde: true })
    const voorstel = (await vraag(app, 'POST', `${pad}/berichten`, { tekst: 'bijna 40' })).json
    expect(voorstel.begrip).toMatchObject({ soort: 'antwoord', vastgelegd: false })
    expect((voorstel.berichten as Bericht[])[0]).toMatchObject({ soort: 'voorstel', reactie: true })
    const mens = (await vraag(app, 'POST', `${pad}/berichten`, { tekst: 'ik wil een mens spreken' })).json
    expect((mens.berichten as Bericht[]).filter((b) => b.soort === 'mens' && b.reactie).length).toBeGreaterThan(0)
  })
})
