/**
 * Security headers and safe defaults on every response. Routes may set their own
 * `Content-Security-Policy` (or any header here); the defaults only fill in what a route left out.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../verzoek.js'

/** Readable from anywhere (NL API Design Rules): the OpenAPI document and the embeddable widget. */
export function isOpenBron(pad: string): boolean {
  return pad === '/api/v1/openapi.json' || pad === '/widget.js' || /^\/widget-[0-9a-f]{16}\.js$/.test(pad)
}

/** For HTML pages that set no policy of their own: only our own scripts, styles and API. */
export const STANDAARD_CSP_HTML = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** For everything else (JSON, problems, scripts): nothing may load, nothing may frame it. */
export const STANDAARD_CSP_DATA = "default-src 'none'; frame-ancestors 'none'"

export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ')

/** Security headers on every response, unless the route already set that header. No cookies, ever. */
export function beveiligingsKoppen(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next()
    const koppen = c.res.headers
    const zet = (naam: string, waarde: string) => {
      if (!koppen.has(naam)) koppen.set(naam, waarde)
    }
    const html = /^text\/html\b/i.test(koppen.get('Content-Type') ?? '')
    zet('X-Content-Type-Options', 'nosniff')
    zet('Referrer-Policy', 'no-referrer')
    zet('Permissions-Policy', PERMISSIONS_POLICY)
    zet('Cross-Origin-Resource-Policy', isOpenBron(c.req.path) ? 'cross-origin' : 'same-origin')
    zet('Content-Security-Policy', html ? STANDAARD_CSP_HTML : STANDAARD_CSP_DATA)
    // A conversation is personal: no shared cache may keep it.
    if (c.req.path.startsWith('/api/v1/gesprekken')) zet('Cache-Control', 'no-store')
    koppen.delete('Set-Cookie')
  }
}
