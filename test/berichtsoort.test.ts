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
  it('welkom, intro, het aanbod van een mens na drie keer "Weet ik niet", en de uitkomst', async () => {
    let stap = (await vraag(app, 'POST', G, { onderwerp: 'alles', taal: 'ar' })).json
    expect(stap.berichten.map((b: Bericht) => b.soort)).toEqual(['welkom', 'info', 'info', 'info'])
    const id = stap.gesprek
    const soorten: string[] = []
    for (let i = 0; i < 3; i++) {
      stap = (await vraag(app, 'POST', `${G}/${id}/antwoorden`, { vraag: stap.vraag.id, waarde: null })).json
      soorten.push(...stap.berichten.map((b: Bericht) => b.soort))
    }
    expect(soorten).toContain('mens')
    const mens = (stap.berichten as Bericht[]).find((b) => b.soort === 'mens')
    expect(mens?.reactie).toBeUndefined()
  })

  it('een getypte vraag: de antwoorden zijn reacties, de vraag die opnieuw komt is een herhaling', async () => {
    const { json } = await vraag(app, 'POST', G, { onderwerp: 'alles' })
    const r = (await vraag(app, 'POST', `${G}/${json.gesprek}/berichten`, { tekst: 'wat is een participatieplaats?' }))
      .json
    const berichten = r.berichten as Bericht[]
    expect(berichten.every((b) => b.reactie === true)).toBe(true)
    expect(berichten.at(-1)).toEqual({ tekst: 'Woon je in Assen?', soort: 'herhaling', reactie: true })
    await vraag(app, 'POST', `${G}/${json.gesprek}/antwoorden`, { vraag: 'woontInGemeente', waarde: true })
    const voorstel = (await vraag(app, 'POST', `${G}/${json.gesprek}/berichten`, { tekst: 'ongeveer 40' })).json
    expect(voorstel.begrip).toMatchObject({ soort: 'antwoord', vastgelegd: false })
    expect((voorstel.berichten as Bericht[])[0]).toMatchObject({ soort: 'voorstel', reactie: true })
    const mens = (stap.berichten as Bericht[]).find((b) => b.soort === 'mens')
    expect(mens?.reactie).toBeUndefined()
  })

  it('een getypte vraag: de antwoorden zijn reacties, de vraag die opnieuw komt is een herhaling', async () => {
    const { json } = await vraag(app, 'POST', G, { onderwerp: 'alles' })
    const r = (await vraag(app, 'POST', `${G}/${json.gesprek}/berichten`, { tekst: 'wat is een participatieplaats?' }))
      .json
    const berichten = r.berichten as Bericht[]
    expect(berichten.every((b) => b.reactie === true)).toBe(true)
    expect(berichten.at(-1)).toEqual({ tekst: 'Woon je in Assen?', soort: 'herhaling', reactie: true })
    const voorstel = (
      await vraag(app, 'POST', `${G}/${json.gesprek}/berichten`, { tekst: 'ik woon denk ik wel in Assen' })
    ).json
    if (voorstel.begrip.soort === 'antwoord' && !voorstel.begrip.vastgelegd)
      expect((voorstel.berichten as Bericht[])[0]?.soort).toBe('voorstel')
    const mens = (await vraag(app, 'POST', `${G}/${json.gesprek}/berichten`, { tekst: 'ik wil een mens spreken' })).json
    expect((mens.berichten as Bericht[]).filter((b) => b.soort === 'mens').length).toBeGreaterThan(0)
  })
})
