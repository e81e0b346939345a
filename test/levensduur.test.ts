/**
 * A conversation has an end: besides the idle TTL an absolute lifetime (GESPREK_MAX_UUR, default 24),
 * so a summary link left in a shared computer's history does not keep the notes alive by being opened.
 */
import { describe, expect, it } from 'vitest'
import { EnvFout, leesEnv } from '../server/env.js'
import { geheugenStore } from '../server/store/geheugen.js'
import { resterend, STANDAARD_MAX_UUR } from '../server/store/types.js'
import { testApp, vraag } from './helpers.js'

const MINUUT = 60_000
const UUR = 60 * MINUUT

describe('GESPREK_MAX_UUR', () => {
  it('is standaard 24 uur en moet een heel aantal uren van 1 tot 168 zijn', () => {
    expect(leesEnv({}).GESPREK_MAX_UUR).toBe(STANDAARD_MAX_UUR)
    expect(leesEnv({ GESPREK_MAX_UUR: '2' }).GESPREK_MAX_UUR).toBe(2)
    for (const fout of ['0', '169', '1.5', 'morgen']) {
      expect(() => leesEnv({ GESPREK_MAX_UUR: fout }), fout).toThrow(EnvFout)
      expect(() => leesEnv({ GESPREK_MAX_UUR: fout })).toThrow(/GESPREK_MAX_UUR/)
    }
  })

  it('resterend: de TTL zonder activiteit, maar nooit voorbij de levensduur', () => {
    const opties = { ttlMs: 60 * MINUUT, maxLevensduurMs: 2 * UUR }
    expect(resterend(0, 0, opties)).toBe(60 * MINUUT)
    expect(resterend(0, 90 * MINUUT, opties)).toBe(30 * MINUUT)
    expect(resterend(0, 2 * UUR, opties)).toBe(0)
  })
})

describe('een overzicht dat steeds weer geopend wordt', () => {
  it('houdt het gesprek en de notities niet langer dan de levensduur in leven', async () => {
    let nu = Date.now()
    const store = geheugenStore({ max: 100, ttlMs: 60 * MINUUT, maxLevensduurMs: 2 * UUR, nu: () => nu })
    const app = testApp({ store })
    // The record's own start time is the server's clock at the start.
    const start = await vraag(app, 'POST', '/api/v1/gesprekken', {})
    const id = start.json.gesprek
    nu = (await store.get(id))?.aangemaakt ?? nu
    expect((await vraag(app, 'PUT', `/api/v1/gesprekken/${id}/notities`, { tekst: 'mijn schulden' })).status).toBe(200)
    for (let keer = 0; keer < 2; keer++) {
      nu += 50 * MINUUT
      const overzicht = await vraag(app, 'GET', `/api/v1/gesprekken/${id}/samenvatting`)
      expect(overzicht.status).toBe(200)
      expect(overzicht.json.eigenNotities).toBe('mijn schulden')
    }
    nu += 21 * MINUUT
    const laat = await app.request(`/api/v1/gesprekken/${id}/samenvatting`, { headers: { Accept: 'text/html' } })
    expect(laat.status).toBe(404)
    expect(await laat.text()).not.toContain('mijn schulden')
    expect(await store.get(id)).toBeUndefined()
    store.close()
  })
})
