/**
 * CORS: the gemeente's own sites get their origin back; a refused preflight gets 403 problem+json and one
 * log line that names the site; `Origin: null` is never allowed; the OpenAPI document is open to all.
 */
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { testApp } from '../../../test/helpers.js'
import { maakLogger } from '../../logging.js'

const app = testApp({ beveiliging: { origins: ['https://www.assen.nl'] } })

const preflight = (origin: string, pad = '/api/v1/gesprekken') =>
  app.request(pad, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    },
  })

describe('CORS', () => {
  it('een preflight van de eigen site mag JSON sturen, zonder credentials', async () => {
    const res = await preflight('https://www.assen.nl')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://www.assen.nl')
    expect(res.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('content-type')
    expect(res.headers.get('Access-Control-Allow-Methods')).toContain('DELETE')
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull()
  })

  it('een preflight van een andere site krijgt geen toestemming: de browser stuurt de JSON dan niet', async () => {
    const res = await preflight('https://kwaadaardig.example')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(res.status).toBe(403)
    const gewoon = await app.request('/api/v1', { headers: { Origin: 'https://kwaadaardig.example' } })
    expect(gewoon.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(gewoon.headers.get('Vary')).toContain('Origin')
  })

  it('het OpenAPI-document is voor iedereen leesbaar', async () => {
    const res = await app.request('/api/v1/openapi.json', { headers: { Origin: 'https://ergens.example' } })
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('een geweigerde preflight: 403 problem+json in het Nederlands, en één logregel per origin die hem noemt', async () => {
    const regels: Record<string, unknown>[] = []
    const stroom = new Writable({
      write(stuk, _enc, klaar) {
        for (const regel of String(stuk).split('\n').filter(Boolean)) regels.push(JSON.parse(regel))
        klaar()
      },
    })
    const metLog = testApp({ beveiliging: { origins: ['https://www.assen.nl'] }, logger: maakLogger('info', stroom) })
    const vraagVan = (origin: string) =>
      metLog.request('/api/v1/gesprekken', {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
      })
    const res = await vraagVan('https://www.nieuwe-site.nl')
    expect(res.status).toBe(403)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    const probleem = await res.json()
    expect(probleem.detail).toContain('https://www.nieuwe-site.nl')
    expect(probleem.detail).toContain('ALLOWED_ORIGINS')
    await vraagVan('https://www.nieuwe-site.nl')
    await vraagVan('https://www.andere-site.nl')
    // A simple GET from a refused site is answered without CORS headers; it is the same site: no new line.
    await metLog.request('/api/v1/gemeente', { headers: { Origin: 'https://www.nieuwe-site.nl' } })
    await new Promise((r) => setTimeout(r, 10))
    const meldingen = regels.filter((r) => r.level === 'warn')
    expect(meldingen.map((r) => r.origin)).toEqual(['https://www.nieuwe-site.nl', 'https://www.andere-site.nl'])
    expect(String(meldingen[0]?.msg)).toContain('ALLOWED_ORIGINS')
    // The allowed site is never logged and gets its origin back.
    expect((await vraagVan('https://www.assen.nl')).headers.get('Access-Control-Allow-Origin')).toBe(
      'https://www.assen.nl',
    )
  })

  it('Origin: null (een sandbox-iframe, file:, data:) krijgt nooit toestemming, ook niet als het eigen adres niet deugt', async () => {
    // A PUBLIC_URL whose origin is "null" made the default list ["null"] (env.ts now refuses it as well).
    const nul = testApp({ basisUrl: 'javascript:alert(1)' } as never)
    const vooraf = await nul.request('/api/v1/gesprekken', {
      method: 'OPTIONS',
      headers: { Origin: 'null', 'Access-Control-Request-Method': 'POST' },
    })
    expect(vooraf.status).toBe(403)
    expect(vooraf.headers.get('Access-Control-Allow-Origin')).toBeNull()
    const lijst = testApp({ beveiliging: { origins: ['null', 'https://www.assen.nl'] } })
    const res = await lijst.request('/api/v1/gemeente', { headers: { Origin: 'null' } })
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull()
  })
})
