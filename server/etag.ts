import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import type { Context } from 'hono'

/** Gzipped answers by ETag: the texts are the same for every visitor, so each is packed once. */
const ingepakt = new Map<string, Uint8Array<ArrayBuffer>>()

/** Does the browser take gzip (and not refuse it with q=0)? */
export function wilGzip(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((deel) => {
    const [naam, ...rest] = deel.trim().toLowerCase().split(';')
    return (naam === 'gzip' || naam === '*') && !rest.some((r) => /^\s*q=0(?:\.0*)?\s*$/.test(r))
  })
}

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
  c.header('Vary', 'Accept-Encoding', { append: true })
  if (tekst.length > 1024 && wilGzip(c.req.header('Accept-Encoding'))) {
    let gz = ingepakt.get(etag)
    if (!gz) {
      gz = new Uint8Array(gzipSync(tekst))
      if (ingepakt.size > 100) ingepakt.clear()
      ingepakt.set(etag, gz)
    }
    c.header('Content-Encoding', 'gzip')
    return c.body(gz, 200)
  }
  return c.body(tekst, 200)
}
