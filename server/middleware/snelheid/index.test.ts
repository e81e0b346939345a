/**
 * Many residents behind one address (a library, the Werkplein's wifi, a phone carrier) must be able to
 * finish an intake in the same minute; one abusive client must still be stopped. Driven through the
 * API with the limits the server ships with (the defaults of server/env.ts).
 */
import { describe, expect, it } from 'vitest'
import { kiesAntwoord, type Stap } from '../../../test/hardening-hulp.js'
import { testApp, vraag } from '../../../test/helpers.js'
import { leesEnv } from '../../env.js'
import type { BeveiligingOpties } from '../index.js'
import { adresGroep, gesprekVan, RESERVE_PER_GESPREK } from './index.js'

const standaard = leesEnv({})
const productie: BeveiligingOpties = {
  perMinuut: standaard.RATE_LIMIT_PER_MINUTE,
  perGesprekPerMinuut: standaard.RATE_LIMIT_GESPREK_PER_MINUTE,
  vertrouwProxy: true,
}

/**
 * One resident's whole intake as the widget does it today, every request from `adres`: the texts
 * (five times), the profile, the start, every answer until the outcome, notes, the summary and
 * "Klopt dit?". Returns how many requests it took and which statuses other than 2xx came back.
 */
async function intake(app: ReturnType<typeof testApp>, adres: string, zaad: number) {
  const koppen = { 'X-Forwarded-For': adres }
  const statussen: number[] = []
  const stuur = async (methode: string, pad: string, body?: unknown) => {
    const r = await vraag(app, methode, pad, body, koppen)
    statussen.push(r.status)
    return r
  }
  for (let i = 0; i < 5; i++) await stuur('GET', '/api/v1/teksten/nl')
  await stuur('GET', '/api/v1/gemeente?taal=nl')
  let stap: Stap = (await stuur('POST', '/api/v1/gesprekken', { onderwerp: 'alles' })).json
  for (let i = 0; i < 40 && stap?.vraag; i++) {
    const r = await stuur('POST', `/api/v1/gesprekken/${stap.gesprek}/antwoorden`, {
      vraag: stap.vraag.id,
      waarde: kiesAntwoord(stap, zaad + i),
    })
    if (r.status !== 200) break
    stap = r.json
  }
  if (stap?.klaar) {
    await stuur('PUT', `/api/v1/gesprekken/${stap.gesprek}/notities`, { tekst: 'Vraag over reiskosten' })
    await stuur('GET', `/api/v1/gesprekken/${stap.gesprek}/samenvatting`)
    await stuur('POST', `/api/v1/gesprekken/${stap.gesprek}/feedback`, { antwoord: 'ja' })
  }
  return { klaar: stap?.klaar === true, verzoeken: statussen.length, geweigerd: statussen.filter((s) => s === 429) }
}

describe('dertig inwoners achter één adres', () => {
  it('maken allemaal in dezelfde minuut een intake af, met de standaardlimieten', async () => {
    const app = testApp({ beveiliging: productie })
    const begin = Date.now()
    const uitslagen = await Promise.all(Array.from({ length: 30 }, (_, i) => intake(app, '203.0.113.7', i)))
    const duur = Date.now() - begin
    const klaar = uitslagen.filter((u) => u.klaar && u.geweigerd.length === 0).length
    const verzoeken = uitslagen.reduce((t, u) => t + u.verzoeken, 0)
    console.log(`30 inwoners op één adres: ${klaar} klaar, ${verzoeken} verzoeken, ${duur} ms`)
    expect(klaar).toBe(30)
    expect(duur).toBeLessThan(60_000)
  })

  it('met alleen de oude limiet (120 per adres) zou een groot deel halverwege stoppen', async () => {
    const app = testApp({ beveiliging: { perMinuut: 120, vertrouwProxy: true } })
    const uitslagen = await Promise.all(Array.from({ length: 30 }, (_, i) => intake(app, '203.0.113.8', i)))
    const gestopt = uitslagen.filter((u) => !u.klaar || u.geweigerd.length > 0).length
    console.log(`oude limiet, 30 inwoners op één adres: ${gestopt} gestopt met 429`)
    expect(gestopt).toBeGreaterThan(15)
  })
})

describe('één misbruiker wordt nog steeds gestopt', () => {
  it('wie één gesprek bestookt, krijgt na de limiet per gesprek 429 met Retry-After; een ander gesprek gaat door', async () => {
    const app = testApp({ beveiliging: productie })
    const koppen = { 'X-Forwarded-For': '198.51.100.1' }
    const stap = (await vraag(app, 'POST', '/api/v1/gesprekken', {}, koppen)).json
    const statussen: number[] = []
    for (let i = 0; i < standaard.RATE_LIMIT_GESPREK_PER_MINUTE + 10; i++)
      statussen.push((await vraag(app, 'GET', `/api/v1/gesprekken/${stap.gesprek}`, undefined, koppen)).status)
    expect(statussen.filter((s) => s === 200)).toHaveLength(standaard.RATE_LIMIT_GESPREK_PER_MINUTE)
    expect(statussen.slice(-10).every((s) => s === 429)).toBe(true)
    const geweigerd = await vraag(app, 'GET', `/api/v1/gesprekken/${stap.gesprek}`, undefined, {
      'X-Forwarded-For': '198.51.100.99',
    })
    // Per conversation, whoever asks: another address does not get round it.
    expect(geweigerd.status).toBe(429)
    expect(Number(geweigerd.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(geweigerd.json.detail).toMatch(/Wacht \d+ seconden/)
    // Someone else's conversation from the same address goes on.
    const ander = (await vraag(app, 'POST', '/api/v1/gesprekken', {}, koppen)).json
    expect((await vraag(app, 'GET', `/api/v1/gesprekken/${ander.gesprek}`, undefined, koppen)).status).toBe(200)
  })

  it('wie van één adres blijft vragen (zonder gesprek), krijgt na de limiet per adres 429', async () => {
    const app = testApp({ beveiliging: productie })
    const koppen = { 'X-Forwarded-For': '198.51.100.2' }
    const limiet = standaard.RATE_LIMIT_PER_MINUTE
    let toegelaten = 0
    let eersteWeigering = -1
    for (let i = 0; i < limiet + 20; i++) {
      const r = await vraag(app, 'GET', '/api/v1', undefined, koppen)
      if (r.status === 200) toegelaten++
      else if (eersteWeigering < 0) {
        eersteWeigering = i
        expect(r.status).toBe(429)
      }
    }
    expect(toegelaten).toBe(limiet)
    expect(eersteWeigering).toBe(limiet)
    // A different address is not affected.
    expect((await vraag(app, 'GET', '/api/v1', undefined, { 'X-Forwarded-For': '198.51.100.3' })).status).toBe(200)
  })
})

describe('gesprekVan', () => {
  it('vindt het gesprek in elk pad eronder, en niets in andere paden', () => {
    const id = '0d1f3c5e-7a9b-4c2d-8e6f-123456789abc'
    expect(gesprekVan(`/api/v1/gesprekken/${id}`)).toBe(id)
    expect(gesprekVan(`/api/v1/gesprekken/${id}/antwoorden/leeftijd`)).toBe(id)
    expect(gesprekVan('/api/v1/gesprekken')).toBeUndefined()
    expect(gesprekVan(`/api/v1/gesprekken/${id}x`)).toBeUndefined()
    expect(gesprekVan(`/api/v1/checks/${id}`)).toBeUndefined()
  })
})

describe('IPv6: een /64 is één afzender', () => {
  it('adresGroep: IPv4 blijft, IPv4-in-IPv6 wordt IPv4, IPv6 wordt zijn /64', () => {
    expect(adresGroep('192.0.2.7')).toBe('192.0.2.7')
    expect(adresGroep('::ffff:192.0.2.7')).toBe('192.0.2.7')
    expect(adresGroep('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64')
    expect(adresGroep('2001:0db8:0001:0002:ffff:eeee:dddd:cccc')).toBe('2001:db8:1:2::/64')
    expect(adresGroep('2001:db8:1:2:3:4:5:6%eth0')).toBe('2001:db8:1:2::/64')
    expect(adresGroep('2001:db8::')).toBe('2001:db8:0:0::/64')
    expect(adresGroep('::1')).toBe('0:0:0:0::/64')
    expect(adresGroep('192.0.2.7:51234')).toBe('192.0.2.7')
    expect(adresGroep('[2001:db8:1:2::9]:443')).toBe('2001:db8:1:2::/64')
    expect(adresGroep('geen-adres')).toBe('geen-adres')
  })

  it('elk adres in één /64 deelt één budget; een andere /64 heeft een eigen budget', async () => {
    const app = testApp({ beveiliging: { perMinuut: 5, vertrouwProxy: true } })
    const statussen: number[] = []
    for (let i = 1; i <= 8; i++) {
      const r = await vraag(app, 'GET', '/api/v1', undefined, { 'X-Forwarded-For': `2001:db8:1:2::${i.toString(16)}` })
      statussen.push(r.status)
    }
    expect(statussen).toEqual([200, 200, 200, 200, 200, 429, 429, 429])
    const ander = await vraag(app, 'GET', '/api/v1', undefined, { 'X-Forwarded-For': '2001:db8:1:3::1' })
    expect(ander.status).toBe(200)
  })
})

describe('een gesprek dat al loopt, houdt een klein eigen budget', () => {
  it('als het adres op is (een buur bestookt de server), gaat het gesprek door; een nieuw gesprek niet', async () => {
    const app = testApp({ beveiliging: { perMinuut: 100, perGesprekPerMinuut: 60, vertrouwProxy: true } })
    const koppen = { 'X-Forwarded-For': '203.0.113.50' }
    const stap = (await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' }, koppen)).json
    // The neighbour on the same wifi uses up the address.
    let status = 200
    while (status === 200) status = (await vraag(app, 'GET', '/api/v1', undefined, koppen)).status
    expect(status).toBe(429)
    expect((await vraag(app, 'POST', '/api/v1/gesprekken', {}, koppen)).status).toBe(429)
    // The resident's conversation goes on, up to its own reserve.
    const pad = `/api/v1/gesprekken/${stap.gesprek}/antwoorden`
    const antwoord = await vraag(app, 'POST', pad, { vraag: stap.vraag.id, waarde: true }, koppen)
    expect(antwoord.status).toBe(200)
    const statussen: number[] = []
    for (let i = 0; i < RESERVE_PER_GESPREK + 3; i++)
      statussen.push((await vraag(app, 'GET', `/api/v1/gesprekken/${stap.gesprek}`, undefined, koppen)).status)
    expect(statussen.filter((s) => s === 200)).toHaveLength(RESERVE_PER_GESPREK - 1)
    expect(statussen.at(-1)).toBe(429)
  })

  it('de reserves samen zijn hoogstens een half adresbudget: wie veel gesprekken opent, wint weinig', async () => {
    const app = testApp({ beveiliging: { perMinuut: 40, perGesprekPerMinuut: 60, vertrouwProxy: true } })
    const koppen = { 'X-Forwarded-For': '203.0.113.51' }
    const ids: string[] = []
    for (let i = 0; i < 10; i++) ids.push((await vraag(app, 'POST', '/api/v1/gesprekken', {}, koppen)).json.gesprek)
    let toegelaten = 10
    for (let ronde = 0; ronde < 20; ronde++)
      for (const id of ids)
        if ((await vraag(app, 'GET', `/api/v1/gesprekken/${id}`, undefined, koppen)).status === 200) toegelaten++
    // 40 of its own, plus a pool of 20 when it is over.
    expect(toegelaten).toBe(60)
  })
})

describe('getypte berichten hebben een eigen budget per adres', () => {
  it('na het budget 429 voor getypte berichten; knoppen gaan door', async () => {
    // 18 a minute: 3 per ten seconds.
    const app = testApp({ beveiliging: { perMinuut: 1000, berichtenPerMinuut: 18, vertrouwProxy: true } })
    const koppen = { 'X-Forwarded-For': '203.0.113.60' }
    const stap = (await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' }, koppen)).json
    const pad = `/api/v1/gesprekken/${stap.gesprek}/berichten`
    const statussen: number[] = []
    for (let i = 0; i < 5; i++) statussen.push((await vraag(app, 'POST', pad, { tekst: 'ja' }, koppen)).status)
    expect(statussen.slice(0, 3).every((s) => s === 200)).toBe(true)
    expect(statussen.slice(3)).toEqual([429, 429])
    const nu = (await vraag(app, 'GET', `/api/v1/gesprekken/${stap.gesprek}`, undefined, koppen)).json
    const knop = await vraag(
      app,
      'POST',
      `/api/v1/gesprekken/${stap.gesprek}/antwoorden`,
      { vraag: nu.vraag.id, waarde: nu.vraag.keuzes[0].waarde },
      koppen,
    )
    expect(knop.status).toBe(200)
    // Another address types on.
    const ander = { 'X-Forwarded-For': '203.0.113.61' }
    const tweede = (await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' }, ander)).json
    expect(
      (await vraag(app, 'POST', `/api/v1/gesprekken/${tweede.gesprek}/berichten`, { tekst: 'ja' }, ander)).status,
    ).toBe(200)
  })
})
