/** CORS: the gemeente's own sites get their origin back, others nothing; the OpenAPI document is open to all. */
import { describe, expect, it } from 'vitest'
import { testApp } from '../../../test/helpers.js'

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
    const gewoon = await app.request('/api/v1', { headers: { Origin: 'https://kwaadaardig.example' } })
    expect(gewoon.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(gewoon.headers.get('Vary')).toContain('Origin')
  })

  it('het OpenAPI-document is voor iedereen leesbaar', async () => {
    const res = await app.request('/api/v1/openapi.json', { headers: { Origin: 'https://ergens.example' } })
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })
})
