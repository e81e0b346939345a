/**
 * Requests Node's HTTP parser refuses before the app ever sees them (both `Transfer-Encoding` and
 * `Content-Length`, headers over the limit, a broken request line, headers or body too slow): Node
 * answers them with an empty body. Here they get what every other refusal gets: a Dutch
 * `application/problem+json` (in Dutch only: the request was never read far enough to know its
 * language), and the connection closes.
 */
import type { EventEmitter } from 'node:events'
import type { Duplex } from 'node:stream'
import type { Vertaal } from './i18n.js'
import { PROBLEM_JSON, probleemUit } from './problem.js'

const REDENEN: Record<number, [string, string]> = {
  400: ['Bad Request', 'verzoekKapot'],
  408: ['Request Timeout', 'verzoekTeTraag'],
  431: ['Request Header Fields Too Large', 'kopTeGroot'],
}

/** The status Node itself would give for a parser error (its own default `clientError`). */
export function statusVan(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408
  return 400
}

/** The whole HTTP response for a parser error, problem+json in Dutch. */
export function parserAntwoord(fouten: Vertaal, code: string | undefined): string {
  const status = statusVan(code)
  const [reden, sleutel] = REDENEN[status] ?? (REDENEN[400] as [string, string])
  const lichaam = JSON.stringify(probleemUit(fouten, status, sleutel))
  return [
    `HTTP/1.1 ${status} ${reden}`,
    `Content-Type: ${PROBLEM_JSON}`,
    `Content-Length: ${Buffer.byteLength(lichaam)}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    'Connection: close',
    '',
    lichaam,
  ].join('\r\n')
}

/** Answers parser errors of `server` as problem+json instead of Node's empty 400/408/431. */
export function beantwoordParserfouten(server: EventEmitter, fouten: Vertaal): void {
  server.on(
    'clientError',
    (fout: NodeJS.ErrnoException, socket: Duplex & { _httpMessage?: { headersSent?: boolean } }) => {
      // A client that went away, or a response already on its way: nothing sensible to say.
      if (fout.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) {
        socket.destroy()
        return
      }
      socket.end(parserAntwoord(fouten, fout.code))
    },
  )
}
