/** Security headers on every answer; a route's own header wins; never a cookie. */
import { describe, expect, it } from 'vitest'
import { STANDAARD_CSP_DATA, STANDAARD_CSP_HTML } from '../../server/middleware/koppen/index.js'
import { testApp, vraag } from '../helpers.js'

const app = testApp()

describe('beveiligingskoppen', () => {
  it('JSON krijgt de strenge CSP, een gesprek no-store, en nooit Set-Cookie', async () => {
    const start = await vraag(app, 'POST', '/api/v1/gesprekken', {})
    for (const res of [start, await vraag(app, 'GET', '/api/v1/checks/bestaat-niet')]) {
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer')
      expect(res.headers.get('Content-Security-Policy')).toBe(STANDAARD_CSP_DATA)
      expect(res.headers.get('Set-Cookie')).toBeNull()
    }
    expect(start.headers.get('Cache-Control')).toBe('no-store')
    expect(start.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin')
  })

  it('widget.js mag overal geladen worden; een route met een eigen CSP houdt die', async () => {
    const widget = await app.request('/widget.js')
    expect(widget.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin')
    const start = await vraag(app, 'POST', '/api/v1/gesprekken', {})
    const pagina = await app.request(`/api/v1/gesprekken/${start.json.gesprek}/samenvatting?formaat=html`)
    expect(pagina.headers.get('Content-Type')).toMatch(/^text\/html/)
    const csp = pagina.headers.get('Content-Security-Policy')
    expect(csp).toContain("form-action 'none'")
    expect(csp).not.toBe(STANDAARD_CSP_HTML)
  })
})
