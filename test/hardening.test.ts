/**
 * Hardening (issue 8): hostile input at the edge, privacy (no cookies, logs without personal data,
 * a privacy statement), abuse (rate limit, CORS, security headers, escaping) and faults in one request.
 */
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { maakLogger } from '../server/logging.js'
import { MAX_DIEPTE } from '../server/middleware/index.js'
import { PRIVACY_DELEN } from '../server/routes/privacy/index.js'
import { beantwoord, viaApp } from './hardening-hulp.js'
import { teksten, testApp, vraag } from './helpers.js'

const GESPREKKEN = '/api/v1/gesprekken'

async function nieuwGesprek(app: ReturnType<typeof testApp>) {
  const start = await vraag(app, 'POST', GESPREKKEN, {})
  expect(start.status).toBe(201)
  return start.json.gesprek as string
}

/** Captures pino lines. */
function vangLogs() {
  const regels: Record<string, unknown>[] = []
  const stroom = new Writable({
    write(stuk, _enc, klaar) {
      for (const regel of String(stuk).split('\n').filter(Boolean)) regels.push(JSON.parse(regel))
      klaar()
    },
  })
  return { regels, logger: maakLogger('info', stroom) }
}

describe('vijandige invoer: 400 (of 415 zonder JSON-soort) problem+json met Nederlandse uitleg, en het gesprek blijft gelijk', () => {
  const app = testApp()

  const geval = (naam: string, body: BodyInit | undefined, headers: Record<string, string> = {}, status = 400) => ({
    naam,
    body,
    headers,
    status,
  })
  const diep = `${'['.repeat(MAX_DIEPTE + 5)}${']'.repeat(MAX_DIEPTE + 5)}`
  const heelDiep = `${'['.repeat(30_000)}${']'.repeat(30_000)}`
  const json = { 'Content-Type': 'application/json' }
  const gevallen = [
    geval('onbekend veld', '{"vraag":"leeftijd","waarde":3,"extra":1}', json),
    geval('__proto__', '{"vraag":"leeftijd","waarde":3,"__proto__":{"isAdmin":true}}', json),
    geval('constructor', '{"vraag":"leeftijd","waarde":{"constructor":{"prototype":{}}}}', json),
    geval('te diep', diep, json),
    geval('30 000 diep', heelDiep, json),
    geval('object waar een waarde hoort', '{"vraag":"VRAAG","waarde":{"getal":34}}', json),
    geval('lange tekst waar een waarde hoort', `{"vraag":"VRAAG","waarde":"${'x'.repeat(5000)}"}`, json),
    geval('array in plaats van object', '[{"vraag":"leeftijd","waarde":3}]', json),
    geval('enorm getal', '{"vraag":"leeftijd","waarde":1e400}', json),
    geval('ongeldige UTF-8', new Uint8Array([0x7b, 0x22, 0x76, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]), json),
    geval('kapotte JSON', '{"vraag":', json),
    geval('verkeerde Content-Type', '{"vraag":"leeftijd","waarde":3}', { 'Content-Type': 'text/plain' }, 415),
    geval('formulier', 'vraag=leeftijd&waarde=3', { 'Content-Type': 'application/x-www-form-urlencoded' }, 415),
    geval('geen Content-Type', new Uint8Array(Buffer.from('{"vraag":"leeftijd","waarde":3}')), {}, 415),
    geval('null', 'null', json),
    geval('tekst', '"hallo"', json),
  ]

  it.each(gevallen)('$naam', async ({ body: gegeven, headers, status }) => {
    let body = gegeven
    const id = await nieuwGesprek(app)
    const voor = await vraag(app, 'GET', `${GESPREKKEN}/${id}`)
    body = typeof body === 'string' ? body.replaceAll('VRAAG', voor.json.vraag.id) : body
    for (const pad of [`${GESPREKKEN}/${id}/antwoorden`, '/api/v1/checks', `${GESPREKKEN}/${id}/notities`]) {
      const res = await app.request(pad, { method: pad.endsWith('notities') ? 'PUT' : 'POST', body, headers })
      expect(res.status, pad).toBe(status)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      const probleem = await res.json()
      expect(probleem.status).toBe(status)
      expect(probleem.detail).toMatch(/[a-z]{3,}.*\./)
    }
    expect((await vraag(app, 'GET', `${GESPREKKEN}/${id}`)).json).toEqual(voor.json)
  })

  it('een __proto__-sleutel vervuilt geen prototype', async () => {
    await app.request('/api/v1/checks', {
      method: 'POST',
      headers: json,
      body: '{"situatie":{},"__proto__":{"vervuild":true},"constructor":{"prototype":{"vervuild":true}}}',
    })
    expect(({} as Record<string, unknown>).vervuild).toBeUndefined()
  })
})

describe('te grote inhoud: 413 zonder alles in te lezen', () => {
  const app = testApp()

  it('met Content-Length: meteen 413 met Connection: close, zonder één byte te lezen', async () => {
    let gelezen = 0
    const body = new ReadableStream({
      pull(c) {
        gelezen += 1024
        c.enqueue(new Uint8Array(1024))
      },
    })
    const res = await app.request('/api/v1/checks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(50 * 1024 * 1024) },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(413)
    expect(res.headers.get('connection')).toBe('close')
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect((await res.json()).detail).toMatch(/hoogstens 64 KB/)
    expect(gelezen).toBeLessThanOrEqual(64 * 1024)
  })

  it('zonder Content-Length (chunked): stopt na 64 KB, leest de rest niet', async () => {
    let gelezen = 0
    const body = new ReadableStream({
      pull(c) {
        gelezen += 4096
        c.enqueue(new Uint8Array(4096).fill(0x20))
        if (gelezen > 100 * 1024 * 1024) c.close()
      },
    })
    const res = await app.request('/api/v1/checks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(413)
    expect(res.headers.get('connection')).toBe('close')
    expect(gelezen).toBeLessThan(256 * 1024)
  })
})

describe('privacy', () => {
  it('nooit cookies, op geen enkel antwoord', async () => {
    const app = testApp()
    const id = await nieuwGesprek(app)
    const paden: [string, string, unknown?][] = [
      ['GET', '/'],
      ['GET', '/privacy'],
      ['GET', '/health'],
      ['GET', '/api/v1'],
      ['GET', '/api/v1/openapi.json'],
      ['GET', `${GESPREKKEN}/${id}`],
      ['GET', `${GESPREKKEN}/${id}/samenvatting`],
      ['POST', '/api/v1/checks', { situatie: {} }],
      ['POST', '/api/v1/checks', '{kapot'],
      ['GET', '/bestaat-niet'],
      ['DELETE', `${GESPREKKEN}/${id}`],
    ]
    for (const [m, p, b] of paden) {
      const r = await vraag(app, m, p, b, { Cookie: 'sessie=abc' })
      expect(r.headers.get('set-cookie'), `${m} ${p}`).toBeNull()
    }
  })

  it('logt per verzoek alleen id, methode, route, status en tijd: geen IP, user agent, antwoorden of notities', async () => {
    const { regels, logger } = vangLogs()
    const app = testApp({ logger })
    const geheim = 'Mijn-BSN-123456782'
    const headers = {
      'User-Agent': 'GeheimeBrowser/1.0',
      'X-Forwarded-For': '192.0.2.44',
      Referer: 'https://voorbeeld.nl/?q=geheim',
    }
    const start = await vraag(app, 'POST', GESPREKKEN, {}, headers)
    const id = start.json.gesprek
    await vraag(app, 'POST', `${GESPREKKEN}/${id}/antwoorden`, { vraag: start.json.vraag.id, waarde: geheim }, headers)
    await vraag(app, 'PUT', `${GESPREKKEN}/${id}/notities`, { tekst: geheim }, headers)
    await vraag(app, 'GET', `/api/v1/checks?zoek=${geheim}`, undefined, headers)
    await vraag(app, 'POST', '/api/v1/checks', `{"situatie":{"leeftijd":"${geheim}"}}`, headers)
    await new Promise((r) => setTimeout(r, 20))

    expect(regels.length).toBeGreaterThanOrEqual(5)
    const alles = JSON.stringify(regels)
    for (const verboden of [geheim, 'GeheimeBrowser', '192.0.2.44', 'voorbeeld.nl', id, 'zoek='])
      expect(alles).not.toContain(verboden)
    for (const regel of regels) {
      for (const sleutel of Object.keys(regel))
        expect(['level', 'methode', 'ms', 'msg', 'route', 'status', 'time', 'verzoek', 'version']).toContain(sleutel)
      expect(Object.keys(regel)).not.toContain('pid')
      expect(Object.keys(regel)).not.toContain('hostname')
      expect(typeof regel.ms).toBe('number')
      expect(regel.verzoek).toMatch(/^[\w.-]{8,64}$/)
    }
    expect(regels.map((r) => r.route)).toContain('/api/v1/gesprekken/:id/antwoorden')
  })

  it('een onverwachte fout: 500 problem+json, gelogd zonder de foutmelding, en het volgende verzoek werkt', async () => {
    const { regels, logger } = vangLogs()
    const app = testApp({ logger })
    app.get('/test-fout', () => {
      throw new Error('geheime invoer van een inwoner')
    })
    app.get('/test-fout-async', async () => {
      await new Promise((r) => setTimeout(r, 1))
      throw new TypeError('nog meer invoer')
    })
    for (const pad of ['/test-fout', '/test-fout-async']) {
      const r = await vraag(app, 'GET', pad)
      expect(r.status).toBe(500)
      expect(r.headers.get('content-type')).toBe('application/problem+json')
      expect(r.json.detail).toMatch(/Probeer het later nog eens/)
    }
    expect((await vraag(app, 'GET', '/api/v1')).status).toBe(200)
    const fouten = regels.filter((r) => r.level === 'error')
    expect(fouten.map((r) => r.fout)).toEqual(['Error', 'TypeError'])
    expect(JSON.stringify(regels)).not.toMatch(/geheime invoer|nog meer invoer/)
  })

  it('GET /privacy: de privacyverklaring in B1, met een strikte CSP', async () => {
    const app = testApp({ bewaarMinuten: 45 })
    const r = await vraag(app, 'GET', '/privacy')
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toMatch(/^text\/html/)
    const csp = r.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/default-src 'none'/)
    expect(csp).toMatch(/frame-ancestors 'none'/)
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(r.tekst).not.toMatch(/<script/i)
    const t = teksten.t('nl', 'privacy')
    for (const deel of PRIVACY_DELEN) expect(r.tekst).toContain(t(`${deel}.kop`))
    expect(r.tekst).toContain('45 minuten')
    expect(r.tekst).toMatch(/geen cookies/)
    expect(r.tekst).toMatch(/blijven op onze server/)
    // In English when asked, and Dutch for a language without the page.
    const en = await vraag(app, 'GET', '/privacy?taal=en')
    expect(en.tekst).toContain('<html lang="en"')
  })

  it('een gesprek verloopt na GESPREK_TTL_MINUTES zonder activiteit (via de API, met een ingestelde klok)', async () => {
    const { geheugenStore } = await import('../server/store/geheugen.js')
    let nu = 0
    const app = testApp({ store: geheugenStore({ max: 10, ttlMs: 60 * 60_000, nu: () => nu }) })
    const id = await nieuwGesprek(app)
    nu += 59 * 60_000
    expect((await vraag(app, 'GET', `${GESPREKKEN}/${id}`)).status).toBe(200)
    nu += 59 * 60_000
    expect((await vraag(app, 'GET', `${GESPREKKEN}/${id}`)).status).toBe(200)
    nu += 60 * 60_000 + 1
    const weg = await vraag(app, 'GET', `${GESPREKKEN}/${id}`)
    expect(weg.status).toBe(404)
    expect(weg.headers.get('content-type')).toBe('application/problem+json')
  })
})

describe('misbruik', () => {
  const ip = (adres: string) => ({ incoming: { socket: { remoteAddress: adres } } })

  it('snelheidslimiet per IP (in geheugen): 429 problem+json met Retry-After; /health telt niet mee', async () => {
    const app = testApp({ beveiliging: { perMinuut: 3 } })
    for (let i = 0; i < 3; i++) expect((await app.request('/api/v1', {}, ip('192.0.2.1'))).status).toBe(200)
    const te = await app.request('/api/v1', {}, ip('192.0.2.1'))
    expect(te.status).toBe(429)
    expect(te.headers.get('content-type')).toBe('application/problem+json')
    expect(Number(te.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(Number(te.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    expect((await te.json()).detail).toMatch(/Wacht \d+ seconden en probeer het dan opnieuw/)
    expect(te.headers.get('x-content-type-options')).toBe('nosniff')
    expect((await app.request('/api/v1', {}, ip('192.0.2.2'))).status).toBe(200)
    expect((await app.request('/health', {}, ip('192.0.2.1'))).status).toBe(200)
    expect((await app.request('/health/ready', {}, ip('192.0.2.1'))).status).toBe(200)
  })

  it('achter een proxy telt het laatste X-Forwarded-For-adres, alleen als dat zo is ingesteld', async () => {
    const app = testApp({ beveiliging: { perMinuut: 1, vertrouwProxy: true } })
    const via = (xff: string) =>
      Promise.resolve(app.request('/api/v1', { headers: { 'X-Forwarded-For': xff } }, ip('10.0.0.1'))).then(
        (r) => r.status,
      )
    expect(await via('1.1.1.1, 192.0.2.10')).toBe(200)
    expect(await via('9.9.9.9, 192.0.2.10')).toBe(429)
    expect(await via('192.0.2.11')).toBe(200)
  })

  describe('CORS', () => {
    const app = testApp({ beveiliging: { origins: ['https://www.assen.nl'] } })
    const cors = (h: Headers) => [...h.keys()].filter((k) => k.startsWith('access-control-'))

    it('een toegestane origin krijgt haar eigen origin terug, nooit met credentials', async () => {
      const r = await vraag(app, 'GET', '/api/v1', undefined, { Origin: 'https://www.assen.nl' })
      expect(r.headers.get('access-control-allow-origin')).toBe('https://www.assen.nl')
      expect(r.headers.get('access-control-allow-credentials')).toBeNull()
      expect(r.headers.get('vary')).toMatch(/Origin/)
      const pre = await app.request('/api/v1/gesprekken', {
        method: 'OPTIONS',
        headers: { Origin: 'https://www.assen.nl', 'Access-Control-Request-Method': 'POST' },
      })
      expect(pre.status).toBe(204)
      expect(pre.headers.get('access-control-allow-methods')).toContain('POST')
    })

    it('een onbekende origin krijgt geen enkele CORS-header', async () => {
      for (const origin of ['https://kwaad.example', 'null', 'https://www.assen.nl.kwaad.example']) {
        const r = await vraag(app, 'GET', '/api/v1', undefined, { Origin: origin })
        expect(cors(r.headers), origin).toEqual([])
        const pre = await app.request('/api/v1/gesprekken', {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
        })
        expect(cors(pre.headers), origin).toEqual([])
      }
    })

    it('standaard alleen de eigen origin van de server', async () => {
      const eigen = testApp()
      const r = await vraag(eigen, 'GET', '/api/v1', undefined, { Origin: 'http://localhost:8787' })
      expect(r.headers.get('access-control-allow-origin')).toBe('http://localhost:8787')
      const ander = await vraag(eigen, 'GET', '/api/v1', undefined, { Origin: 'https://www.assen.nl' })
      expect(cors(ander.headers)).toEqual([])
    })

    it('openapi.json en widget.js zijn overal leesbaar (zonder credentials)', async () => {
      for (const pad of ['/api/v1/openapi.json', '/widget.js']) {
        const r = await app.request(pad, { headers: { Origin: 'https://kwaad.example' } })
        expect(r.headers.get('access-control-allow-origin'), pad).toBe('*')
        expect(r.headers.get('access-control-allow-credentials')).toBeNull()
        expect(r.headers.get('cross-origin-resource-policy'), pad).toBe('cross-origin')
      }
    })
  })

  it('beveiligingsheaders op elk antwoord; HTML-pagina’s met een strikte CSP, en een route mag haar eigen CSP zetten', async () => {
    const app = testApp()
    const id = await nieuwGesprek(app)
    const paden = [
      '/',
      '/privacy',
      '/health',
      '/api/v1',
      '/api/v1/voorzieningen',
      `${GESPREKKEN}/${id}`,
      '/bestaat-niet',
      '/widget.js',
      `${GESPREKKEN}/${id}/samenvatting`,
    ]
    for (const pad of paden) {
      const accept: Record<string, string> = pad.endsWith('samenvatting') ? { Accept: 'text/html' } : {}
      const r = await app.request(pad, { headers: accept })
      const h = r.headers
      expect(h.get('x-content-type-options'), pad).toBe('nosniff')
      expect(h.get('referrer-policy'), pad).toBe('no-referrer')
      expect(h.get('permissions-policy'), pad).toMatch(/camera=\(\)/)
      expect(h.get('cross-origin-resource-policy'), pad).toBe(pad === '/widget.js' ? 'cross-origin' : 'same-origin')
      const csp = h.get('content-security-policy') ?? ''
      expect(csp, pad).toMatch(/default-src '(none|self)'/)
      expect(csp, pad).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
      if (/^text\/html/.test(h.get('content-type') ?? '')) {
        expect(csp, pad).toMatch(/frame-ancestors 'none'/)
        expect(csp, pad).toMatch(/base-uri 'none'/)
      }
    }
    // The demo page keeps its own policy, which lets the widget load from and talk to this origin.
    const demo = (await app.request('/')).headers.get('content-security-policy') ?? ''
    expect(demo).toMatch(/script-src 'self'/)
    expect(demo).toMatch(/connect-src 'self'/)
    // Conversations are never cached by a shared cache.
    expect((await app.request(`${GESPREKKEN}/${id}`)).headers.get('cache-control')).toBe('no-store')
  })

  it('wat een inwoner typte komt als tekst terug: <script> en onerror= worden niet uitgevoerd', async () => {
    const app = testApp()
    const id = await nieuwGesprek(app)
    await beantwoord(viaApp(app), (await vraag(app, 'GET', `${GESPREKKEN}/${id}`)).json, 2, 1)
    const aanval = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&'
    const notities = await vraag(app, 'PUT', `${GESPREKKEN}/${id}/notities`, { tekst: aanval })
    expect(notities.status).toBe(200)
    expect(notities.headers.get('content-type')).toMatch(/^application\/json/)
    const pagina = await vraag(app, 'GET', `${GESPREKKEN}/${id}/samenvatting`, undefined, { Accept: 'text/html' })
    expect(pagina.status).toBe(200)
    expect(pagina.tekst).not.toContain('<script>alert(1)')
    expect(pagina.tekst).not.toContain('<img src=x')
    expect(pagina.tekst).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(pagina.tekst).toMatch(/&lt;img src=x onerror=alert\(2\)&gt;/)
    expect(pagina.headers.get('content-security-policy')).not.toMatch(/unsafe-inline/)
  })
})
