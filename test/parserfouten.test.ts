/**
 * Requests Node's HTTP parser refuses, and bodies over a limit, get a Dutch problem+json like every
 * other refusal (not Node's empty 400 or a text/plain 413). Against the built server as it runs.
 */
import { connect } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { testApp, vraag } from './helpers.js'
import { procesHarnas, ROOT, SERVER } from './proces-hulp.js'
import { vrijePoort, wachtOpPoort } from './redis-server.js'

const { map, start } = procesHarnas('parserfouten')

/** Sends raw bytes and gives the whole answer once the server closes the connection. */
function stuur(poort: number, tekst: string): Promise<string> {
  return new Promise((klaar) => {
    let antwoord = ''
    const s = connect(poort, '127.0.0.1', () => s.write(tekst))
    s.on('data', (d) => {
      antwoord += d
    })
    s.on('close', () => klaar(antwoord))
    s.on('error', () => undefined)
    setTimeout(() => s.destroy(), 10_000)
  })
}

/** Status line, headers (lower case) and the parsed body of a raw HTTP answer. */
function lees(antwoord: string) {
  const [kop = '', lichaam = ''] = antwoord.split('\r\n\r\n')
  const [statusregel = '', ...regels] = kop.split('\r\n')
  const koppen = Object.fromEntries(
    regels.map((r) => [r.slice(0, r.indexOf(':')).toLowerCase(), r.slice(r.indexOf(':') + 1).trim()]),
  )
  return { status: Number(statusregel.split(' ')[1]), koppen, json: JSON.parse(lichaam) }
}

describe('wat de HTTP-parser van Node weigert', () => {
  it('Transfer-Encoding en Content-Length samen, te grote koppen en onzin: problem+json in het Nederlands', async () => {
    const poort = await vrijePoort()
    const proces = start(process.execPath, [SERVER], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOST: '127.0.0.1',
        PORT: String(poort),
        STATISTIEKEN_PAD: join(map, 'statistieken.db'),
      },
      stdio: 'ignore',
    })
    await wachtOpPoort(poort, 15_000)

    const smokkel = lees(
      await stuur(
        poort,
        'POST /api/v1/checks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      ),
    )
    expect(smokkel.status).toBe(400)
    expect(smokkel.koppen['content-type']).toBe('application/problem+json')
    expect(smokkel.koppen.connection).toBe('close')
    expect(smokkel.json).toMatchObject({ status: 400, title: 'Verzoek niet te lezen' })
    expect(smokkel.json.detail).toMatch(/regels van HTTP/)

    const groot = lees(await stuur(poort, `GET /health HTTP/1.1\r\nHost: x\r\nX-Lang: ${'a'.repeat(20_000)}\r\n\r\n`))
    expect(groot.status).toBe(431)
    expect(groot.koppen['content-type']).toBe('application/problem+json')
    expect(groot.json).toMatchObject({ status: 431, title: 'Kop te groot' })

    const onzin = lees(await stuur(poort, 'DIT IS GEEN HTTP\r\n\r\n'))
    expect(onzin.status).toBe(400)
    expect(onzin.json.detail).toMatch(/^Dit verzoek kunnen we niet lezen/)

    // After all that, the server still answers.
    expect((await fetch(`http://127.0.0.1:${poort}/livez`)).status).toBe(200)
    proces.kill('SIGTERM')
  })
})

describe('te veel gegevens naar /beheer', () => {
  it('413 problem+json in het Nederlands, niet een lege text/plain', async () => {
    const app = testApp({ beheerToken: 'een-geheim-beheertoken-van-32-tekens' })
    const res = await vraag(app, 'POST', '/beheer', `token=${'x'.repeat(5000)}`, {
      'Content-Type': 'application/x-www-form-urlencoded',
    })
    expect(res.status).toBe(413)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(res.headers.get('connection')).toBe('close')
    expect(res.json.detail).toBe('Je stuurde te veel gegevens. Het mag hoogstens 4 KB zijn.')
  })
})
