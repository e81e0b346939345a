/**
 * At most `MAX_BODY_BYTES` in a body, else 413 and the connection is closed (so a client never reuses
 * a socket we are about to drop). With a `Content-Length` the header decides before a byte is read; a
 * chunked body is counted while it is read. A client that breaks off its upload gets a 400 that
 * nobody reads, and the log gets no error: that is the client's doing, not ours.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { probleemUit, stuurProbleem } from '../../problem.js'
import type { AppEnv } from '../../verzoek.js'

export const MAX_BODY_BYTES = 64 * 1024

const ZONDER_LICHAAM = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The body, or what went wrong while reading it. */
async function leesBegrensd(
  stroom: ReadableStream<Uint8Array>,
  max: number,
): Promise<Uint8Array<ArrayBuffer> | 'teGroot' | 'afgebroken'> {
  const lezer = stroom.getReader()
  const delen: Uint8Array[] = []
  let grootte = 0
  try {
    for (;;) {
      const { done, value } = await lezer.read()
      if (done) break
      grootte += value.length
      if (grootte > max) {
        void lezer.cancel().catch(() => undefined)
        return 'teGroot'
      }
      delen.push(value)
    }
  } catch {
    return 'afgebroken'
  }
  const alles = new Uint8Array(new ArrayBuffer(grootte))
  let plek = 0
  for (const deel of delen) {
    alles.set(deel, plek)
    plek += deel.length
  }
  return alles
}

export function lichaamsGrens(max = MAX_BODY_BYTES): MiddlewareHandler<AppEnv> {
  const teGroot = (c: Context<AppEnv>) =>
    stuurProbleem(c, probleemUit(c.get('fouten'), 413, 'teGroot', { kb: max / 1024 }), { Connection: 'close' })
  return async (c, next) => {
    if (ZONDER_LICHAAM.has(c.req.method)) return next()
    const lengte = c.req.header('Content-Length')
    const gestapt = c.req.header('Transfer-Encoding') !== undefined
    // The header decides; the light request of @hono/node-server is then read only once, by the route.
    if (lengte !== undefined && !gestapt) return Number.parseInt(lengte || '0', 10) > max ? teGroot(c) : next()
    const stroom = c.req.raw.body
    if (!stroom) return next()
    const lichaam = await leesBegrensd(stroom, max)
    if (lichaam === 'teGroot') return teGroot(c)
    if (lichaam === 'afgebroken')
      return stuurProbleem(c, probleemUit(c.get('fouten'), 400, 'ongeldigeJson'), { Connection: 'close' })
    c.req.raw = new Request(c.req.raw, { body: lichaam })
    return next()
  }
}
