/**
 * The body limit on a real socket: a client that breaks off its upload (chunked or with a
 * Content-Length) is the client's doing: no 500, no error in the log, and the server goes on.
 */
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { Writable } from 'node:stream'
import { serve } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../../test/helpers.js'
import { maakLogger } from '../../logging.js'

const regels: Record<string, unknown>[] = []
const logger = maakLogger(
  'info',
  new Writable({
    write(stuk, _enc, klaar) {
      for (const regel of String(stuk).split('\n').filter(Boolean)) regels.push(JSON.parse(regel))
      klaar()
    },
  }),
)
const app = testApp({ logger })
let server: ReturnType<typeof serve>
let poort = 0

beforeAll(async () => {
  await new Promise<void>((klaar) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => klaar())
  })
  poort = (server.address() as AddressInfo).port
})
afterAll(() => {
  server?.close()
})

/** Sends `tekst` raw, waits a moment, then drops the connection without finishing the body. */
function breekAf(tekst: string): Promise<void> {
  return new Promise((klaar) => {
    const s = connect(poort, '127.0.0.1', () => {
      s.write(tekst)
      setTimeout(() => {
        s.destroy()
        klaar()
      }, 150)
    })
  })
}

const wachtOpRegel = async (aantal: number) => {
  for (let i = 0; i < 100 && regels.length < aantal; i++) await new Promise((r) => setTimeout(r, 20))
}

describe('een afgebroken upload', () => {
  it.each([
    [
      'chunked',
      'POST /api/v1/checks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n6\r\n{"situ\r\n',
    ],
    [
      'met Content-Length',
      'POST /api/v1/checks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"situatie":',
    ],
  ])('%s: geen 500 en geen fout in het log', async (_naam, tekst) => {
    const voor = regels.length
    await breekAf(tekst)
    await wachtOpRegel(voor + 1)
    const nieuw = regels.slice(voor)
    expect(nieuw.length).toBeGreaterThan(0)
    expect(nieuw.filter((r) => r.level === 'error' || r.level === 'fatal')).toEqual([])
    expect(nieuw.map((r) => r.status)).not.toContain(500)
    // And the server still answers.
    const res = await fetch(`http://127.0.0.1:${poort}/api/v1/checks`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ situatie: { leeftijd: 30 } }),
    })
    expect(res.status).toBe(200)
  })
})

describe('te groot, op een echte verbinding', () => {
  it('chunked voorbij 64 KB: 413 met Connection: close', async () => {
    const groot = `{"situatie":{},"x":"${'a'.repeat(70 * 1024)}"}`
    const res = await fetch(`http://127.0.0.1:${poort}/api/v1/checks`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new Blob([groot]).stream(),
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(413)
    expect(res.headers.get('connection')).toBe('close')
  })
})
