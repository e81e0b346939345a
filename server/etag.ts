import { createHash } from 'node:crypto'
import type { Context } from 'hono'

/**
 * A JSON answer that browsers may keep: a strong ETag from its bytes, `Cache-Control`, and
 * 304 without a body when the browser already has these bytes. The widget asks for its texts and
 * the gemeente profile once per page; a second page (or a reload) then costs no download.
 */
export function bewaarbaarJson(c: Context, inhoud: unknown, cacheControl: string): Response {
  const tekst = JSON.stringify(inhoud)
  const etag = `"${createHash('sha256').update(tekst).digest('base64url').slice(0, 22)}"`
  c.header('ETag', etag)
  c.header('Cache-Control', cacheControl)
  const bekend = c.req.header('If-None-Match')
  if (bekend?.split(',').some((e) => e.trim().replace(/^W\//, '') === etag)) return c.body(null, 304)
  c.header('Content-Type', 'application/json; charset=utf-8')
  return c.body(tekst, 200)
}
