/** A known path with a method it does not have: 405 with `Allow`, never a 404 that says it does not exist. */
import { describe, expect, it } from 'vitest'
import { testApp, vraag } from '../helpers.js'

const app = testApp()
const ID = '0d1f3c5e-7a9b-4c2d-8e6f-123456789abc'

describe('405 met Allow', () => {
  it.each([
    ['PUT', '/api/v1/checks', 'POST'],
    ['GET', '/api/v1/checks', 'POST'],
    ['DELETE', '/api/v1/teksten/nl', 'GET, HEAD'],
    ['POST', `/api/v1/gesprekken/${ID}`, 'GET, DELETE, PATCH, HEAD'],
    ['DELETE', `/api/v1/gesprekken/${ID}/antwoorden`, 'POST'],
    ['GET', `/api/v1/gesprekken/${ID}/notities`, 'PUT'],
    ['PATCH', '/api/v1/gesprekken', 'POST'],
  ])('%s %s', async (methode, pad, toegestaan) => {
    const res = await vraag(app, methode, pad, methode === 'GET' ? undefined : {})
    expect(res.status).toBe(405)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    expect(res.headers.get('Allow')?.split(', ').sort()).toEqual(toegestaan.split(', ').sort())
    expect(res.json.detail).toMatch(/kan dat niet/)
  })

  // A route with its own pattern (`/:naam{widget-<hash>.js}`) is no route for every name at the top:
  // the browser's own GET /favicon.ico (the summary page) got 405 as if it were.
  it.each(['/favicon.ico', '/widget-zzz.js'])('GET %s (geen route) is 404, niet 405', async (pad) => {
    const res = await vraag(app, 'GET', pad)
    expect(res.status).toBe(404)
    expect(res.headers.get('Allow')).toBeNull()
  })

  it('een pad dat niet bestaat blijft 404', async () => {
    const res = await vraag(app, 'POST', '/api/v1/bestaat-niet', {})
    expect(res.status).toBe(404)
    expect(res.headers.get('Allow')).toBeNull()
  })

  it.each([
    '/readz',
    '/favicon.ico',
    '/api/v1/gesprekkenn',
    '/wp-login.php',
    '/widget-0000.js',
  ])('GET %s: 404 problem+json, geen 405 met een valse Allow', async (pad) => {
    const res = await vraag(app, 'GET', pad)
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    expect(res.headers.get('Allow')).toBeNull()
  })

  it('een route met een eigen patroon houdt haar 405: POST /widget-<hash>.js', async () => {
    const res = await vraag(app, 'POST', '/widget-0123456789abcdef.js', {})
    expect(res.status).toBe(405)
    expect(res.headers.get('Allow')?.split(', ').sort()).toEqual(['GET', 'HEAD'])
  })

  it('GET /robots.txt: zoekmachines alleen de privacyverklaring, niet de API, de overzichten of /beheer', async () => {
    const res = await vraag(app, 'GET', '/robots.txt')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/plain/)
    expect(res.tekst).toMatch(/^User-agent: \*$/m)
    expect(res.tekst).toMatch(/^Disallow: \/$/m)
    expect(res.tekst).toMatch(/^Allow: \/privacy$/m)
  })
})
