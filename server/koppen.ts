import type { Context } from 'hono'

/**
 * Sets a header on the response a route already made, in a middleware after `await next()`.
 *
 * Hono's `c.header()` at that point copies the finished response into a new one (`new Response(res.body,
 * res)`), which turns @hono/node-server's light response into a full web `Response` with a stream: its
 * slow path, about a quarter of the CPU of a `/checks` request. The light response's headers
 * can be changed in place instead. Headers that cannot (a fetched response) fall back to `c.header()`.
 */
export function zetKop(c: Context, naam: string, waarde: string, opties?: { append?: boolean }): void {
  if (!c.finalized) {
    c.header(naam, waarde, opties)
    return
  }
  try {
    if (opties?.append) c.res.headers.append(naam, waarde)
    else c.res.headers.set(naam, waarde)
  } catch {
    c.header(naam, waarde, opties)
  }
}
