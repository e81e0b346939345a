/**
 * No change of state without JSON: a browser on another site can send a form, a beacon or a body-less
 * `fetch` without asking, but `Content-Type: application/json` only after a CORS preflight, which only
 * the gemeente's own sites pass. So every POST, PUT, PATCH and DELETE that changes something is 415
 * without it, and the conversation stays exactly as it was.
 */
import { describe, expect, it } from 'vitest'
import { beantwoord, viaApp } from '../hardening-hulp.js'
import { testApp, vraag } from '../helpers.js'

const ANDERE_SITE = { Origin: 'https://kwaadaardig.example' }

async function gesprekMetAntwoorden() {
  const app = testApp()
  const start = (await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'scholing' })).json
  const stap = await beantwoord(viaApp(app), start, 2)
  return { app, id: stap.gesprek as string, pad: `/api/v1/gesprekken/${stap.gesprek}` }
}

describe('een verandering zonder JSON-soort: 415, en er verandert niets', () => {
  const gevallen: [string, string, string, RequestInit][] = [
    ['POST …/terug zonder inhoud (fetch van een andere site)', 'POST', '/terug', { headers: ANDERE_SITE }],
    [
      'POST …/terug als navigator.sendBeacon (text/plain)',
      'POST',
      '/terug',
      { headers: { ...ANDERE_SITE, 'Content-Type': 'text/plain;charset=UTF-8' }, body: '{}' },
    ],
    [
      'POST …/antwoorden als formulier',
      'POST',
      '/antwoorden',
      {
        headers: { ...ANDERE_SITE, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'vraag=leeftijd&waarde=3',
      },
    ],
    ['DELETE zonder inhoud', 'DELETE', '', { headers: ANDERE_SITE }],
    ['PATCH de taal als tekst', 'PATCH', '', { headers: { 'Content-Type': 'text/plain' }, body: '{"taal":"en"}' }],
    [
      'PUT …/notities als multipart',
      'PUT',
      '/notities',
      { headers: { 'Content-Type': 'multipart/form-data; boundary=x' }, body: '--x--' },
    ],
  ]

  it.each(gevallen)('%s', async (_naam, methode, achter, init) => {
    const { app, pad } = await gesprekMetAntwoorden()
    const voor = await vraag(app, 'GET', pad)
    const res = await app.request(pad + achter, { method: methode, ...init })
    expect(res.status).toBe(415)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    const probleem = await res.json()
    expect(probleem.status).toBe(415)
    expect(probleem.detail).toMatch(/Content-Type: application\/json/)
    // No CORS headers for a foreign site: its script cannot even read this answer.
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect((await vraag(app, 'GET', pad)).json).toEqual(voor.json)
  })

  it('met JSON (een lege {} waar niets te sturen is) werkt het wel', async () => {
    const { app, pad } = await gesprekMetAntwoorden()
    const json = { 'Content-Type': 'application/json' }
    const terug = await app.request(`${pad}/terug`, { method: 'POST', headers: json, body: '{}' })
    expect(terug.status).toBe(200)
    expect((await terug.json()).antwoorden).toHaveLength(1)
    // An empty body with the JSON type is as good as {}: the preflight was made either way.
    const nogmaals = await app.request(`${pad}/terug`, { method: 'POST', headers: json })
    expect(nogmaals.status).toBe(200)
    expect((await app.request(pad, { method: 'DELETE', headers: json, body: '{}' })).status).toBe(204)
    expect((await vraag(app, 'GET', pad)).status).toBe(404)
  })

  it('een methode die het pad niet kent krijgt 405, ook zonder JSON-soort', async () => {
    const { app } = await gesprekMetAntwoorden()
    const res = await app.request('/api/v1/checks', { method: 'DELETE' })
    expect(res.status).toBe(405)
    expect(res.headers.get('Allow')).toBe('POST')
  })
})

describe('de inhoud wordt één keer gelezen, als tekst', () => {
  it('een teken U+FFFD (wat een decoder schrijft voor bytes die geen UTF-8 zijn) is ongeldige JSON', async () => {
    const { app, pad } = await gesprekMetAntwoorden()
    const voor = await vraag(app, 'GET', pad)
    for (const body of [
      // As bytes that are not UTF-8, and as the replacement character itself: the route cannot tell them apart.
      new Uint8Array([0x7b, 0x22, 0x74, 0x65, 0x6b, 0x73, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]),
      JSON.stringify({ tekst: 'ik ben 30 \uFFFD' }),
    ]) {
      const res = await app.request(`${pad}/berichten`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      })
      expect(res.status).toBe(400)
      expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/)
    }
    expect((await vraag(app, 'GET', pad)).json).toEqual(voor.json)
  })

  it('wat de poort las, leest de route ook: een geldig antwoord gaat gewoon door', async () => {
    const app = testApp()
    const stap = (await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' })).json
    const pad = `/api/v1/gesprekken/${stap.gesprek}`
    const waarde = stap.vraag.keuzes[0]?.waarde ?? 30
    const res = await app.request(`${pad}/antwoorden`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: new TextEncoder().encode(JSON.stringify({ vraag: stap.vraag.id, waarde })),
    })
    expect(res.status).toBe(200)
    expect((await res.json()).antwoorden).toHaveLength(stap.antwoorden.length + 1)
  })
})
