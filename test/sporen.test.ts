/**
 * Traces: a W3C `traceparent` reaches the request's log line as `trace_id`; with
 * OTEL_EXPORTER_OTLP_ENDPOINT the built server sends its spans over OTLP/HTTP (JSON) to a small receiver
 * in this test, under the caller's trace, with a span per store call, and nothing personal in any of them.
 * Without the variable nothing is sent (the default).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { maakLogger } from '../server/logging.js'
import { leesTraceparent, sporenUrl } from '../server/tracing.js'
import { testApp } from './helpers.js'
import { procesHarnas, ROOT, SERVER } from './proces-hulp.js'
import { vrijePoort, wachtOpPoort, wachtTot } from './redis-server.js'

const { map, start: startProces } = procesHarnas('sporen')
const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736'
const OUDER = '00f067aa0ba902b7'

describe('traceparent', () => {
  it('leest een geldige kop en weigert wat niet klopt', () => {
    expect(leesTraceparent(`00-${TRACE}-${OUDER}-01`)).toEqual({ traceId: TRACE, ouderId: OUDER, bemonsterd: true })
    expect(leesTraceparent(`00-${TRACE}-${OUDER}-00`)?.bemonsterd).toBe(false)
    // A later version may add fields; version 00 may not.
    expect(leesTraceparent(`01-${TRACE}-${OUDER}-01-extra`)?.traceId).toBe(TRACE)
    for (const fout of [
      undefined,
      '',
      `00-${TRACE}-${OUDER}-01-extra`,
      `ff-${TRACE}-${OUDER}-01`,
      `00-${'0'.repeat(32)}-${OUDER}-01`,
      `00-${TRACE}-${'0'.repeat(16)}-01`,
      `00-${TRACE.toUpperCase()}-${OUDER}-01`,
      `00-${TRACE}-${OUDER}`,
      'hallo',
    ]) {
      expect(leesTraceparent(fout), String(fout)).toBeUndefined()
    }
  })

  it('staat als trace_id in de logregel van het verzoek (ook zonder export)', async () => {
    const regels: Record<string, unknown>[] = []
    const stroom = new Writable({
      write(stuk, _enc, klaar) {
        for (const regel of String(stuk).split('\n').filter(Boolean)) regels.push(JSON.parse(regel))
        klaar()
      },
    })
    const app = testApp({ logger: maakLogger('info', stroom) })
    await app.request('/api/v1', { headers: { traceparent: `00-${TRACE}-${OUDER}-01` } })
    await app.request('/api/v1', { headers: { traceparent: 'kapot' } })
    await new Promise((r) => setTimeout(r, 10))
    const [met, zonder] = regels.filter((r) => r.msg === 'verzoek')
    expect(met).toMatchObject({ level: 'info', msg: 'verzoek', trace_id: TRACE, route: '/api/v1', status: 200 })
    expect(zonder?.trace_id).toBeUndefined()
  })

  it('zonder OTEL_EXPORTER_OTLP_ENDPOINT gaat er niets weg; met een eigen traces-adres dat adres', () => {
    expect(sporenUrl({})).toBeUndefined()
    expect(sporenUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4318/' })).toBe('http://otel:4318/v1/traces')
    expect(
      sporenUrl({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.intern/api/v1/otlp',
      }),
    ).toBe('https://traces.intern/api/v1/otlp')
  })
})

interface Ontvangen {
  pad: string
  koppen: IncomingMessage['headers']
  // biome-ignore lint/suspicious/noExplicitAny: OTLP JSON as received
  body: any
  ruw: string
}

describe('OpenTelemetry over OTLP/HTTP naar een ontvanger in de test', () => {
  let ontvanger: Server
  let otlpPoort = 0
  const ontvangen: Ontvangen[] = []

  beforeAll(async () => {
    otlpPoort = await vrijePoort()
    ontvanger = createServer((req, res) => {
      let ruw = ''
      req.on('data', (d) => {
        ruw += d
      })
      req.on('end', () => {
        ontvangen.push({ pad: req.url ?? '', koppen: req.headers, body: JSON.parse(ruw), ruw })
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}')
      })
    })
    await new Promise<void>((klaar) => ontvanger.listen(otlpPoort, '127.0.0.1', klaar))
  })
  afterAll(() => ontvanger.close())

  it('stuurt spans onder de trace van de aanroeper, met opslag-spans eronder, zonder iets persoonlijks', async () => {
    const poort = await vrijePoort()
    const proces = startProces(process.execPath, [SERVER], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOST: '127.0.0.1',
        PORT: String(poort),
        STATISTIEKEN_PAD: `${map}/statistieken.db`,
        LOG_LEVEL: 'info',
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${otlpPoort}`,
        OTEL_EXPORTER_OTLP_HEADERS: 'x-collector-token=t0ken%3Dgeheim',
        OTEL_SERVICE_NAME: 'werkwijzer-assen',
      },
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    let log = ''
    proces.stdout?.on('data', (d) => {
      log += d
    })
    await wachtOpPoort(poort, 20_000)
    const basis = `http://127.0.0.1:${poort}`
    const persoonlijk = 'Jan Jansen, BSN 123456782, 06-12345678, ik heb schulden'
    // Notes with a BSN are refused (400, code bsn: docs/privacy.md); the name, phone and debts are stored.
    const notitie = 'Jan Jansen, 06-12345678, ik heb schulden'
    const koppen = {
      'Content-Type': 'application/json',
      traceparent: `00-${TRACE}-${OUDER}-01`,
      'User-Agent': 'GeheimeBrowser/9.9',
      'X-Forwarded-For': '192.0.2.44',
    }
    const start = await fetch(`${basis}/api/v1/gesprekken`, { method: 'POST', headers: koppen, body: '{}' })
    expect(start.status).toBe(201)
    const { gesprek: id } = (await start.json()) as { gesprek: string }
    const notities = await fetch(`${basis}/api/v1/gesprekken/${id}/notities`, {
      method: 'PUT',
      headers: koppen,
      body: JSON.stringify({ tekst: notitie }),
    })
    expect(notities.status).toBeLessThan(300)
    await fetch(`${basis}/api/v1/gesprekken/${id}?zoek=${encodeURIComponent(persoonlijk)}`, { headers: koppen })
    // Probes are not traced: they would drown the rest.
    await fetch(`${basis}/readyz`)

    const spans = () =>
      ontvangen.flatMap((o) =>
        o.body.resourceSpans.flatMap((r: { scopeSpans: { spans: unknown[] }[] }) =>
          r.scopeSpans.flatMap((s) => s.spans),
        ),
      )
    // biome-ignore lint/suspicious/noExplicitAny: OTLP JSON
    await wachtTot(() => spans().filter((s: any) => s.kind === 2).length >= 3, 10_000)

    expect(ontvangen.every((o) => o.pad === '/v1/traces')).toBe(true)
    expect(ontvangen[0]?.koppen['content-type']).toBe('application/json')
    expect(ontvangen[0]?.koppen['x-collector-token']).toBe('t0ken=geheim')
    const resource = ontvangen[0]?.body.resourceSpans[0].resource.attributes
    const attr = (lijst: { key: string; value: Record<string, unknown> }[], sleutel: string) =>
      Object.values(lijst.find((a) => a.key === sleutel)?.value ?? {})[0]
    expect(attr(resource, 'service.name')).toBe('werkwijzer-assen')
    expect(attr(resource, 'service.version')).toMatch(/^\d+\.\d+\.\d+/)
    expect(attr(resource, 'werkwijzer.regelmodel')).toBe('assen-2015')

    // biome-ignore lint/suspicious/noExplicitAny: OTLP JSON
    const server = spans().filter((s: any) => s.kind === 2)
    expect(server.map((s: { name: string }) => s.name)).toEqual([
      'POST /api/v1/gesprekken',
      'PUT /api/v1/gesprekken/:id/notities',
      'GET /api/v1/gesprekken/:id',
    ])
    for (const s of server) {
      expect(s.traceId).toBe(TRACE)
      expect(s.parentSpanId).toBe(OUDER)
      expect(s.spanId).toMatch(/^[0-9a-f]{16}$/)
      expect(BigInt(s.endTimeUnixNano)).toBeGreaterThanOrEqual(BigInt(s.startTimeUnixNano))
      expect(attr(s.attributes, 'http.route')).toMatch(/^\/api\/v1\/gesprekken/)
    }
    // The store calls hang under the request that made them.
    // biome-ignore lint/suspicious/noExplicitAny: OTLP JSON
    const opslag = spans().filter((s: any) => s.kind === 3)
    expect(opslag.length).toBeGreaterThanOrEqual(3)
    const serverIds = new Set(server.map((s: { spanId: string }) => s.spanId))
    for (const s of opslag) {
      expect(s.name).toMatch(/^opslag \w+$/)
      expect(serverIds.has(s.parentSpanId)).toBe(true)
    }
    // Nothing personal anywhere: no id, no note, no query, no IP, no user agent.
    const alles = ontvangen.map((o) => o.ruw).join('\n')
    for (const verboden of [
      id,
      'Jansen',
      '123456782',
      '12345678',
      'schulden',
      'zoek',
      '192.0.2.44',
      '127.0.0.1',
      'GeheimeBrowser',
    ]) {
      expect(alles).not.toContain(verboden)
    }
    expect(alles).not.toContain('readyz')

    // The log line of the same request has the same trace, and this request's own span.
    const regel = log
      .split('\n')
      .filter(Boolean)
      .map((r) => JSON.parse(r))
      .find((r) => r.msg === 'verzoek' && r.route === '/api/v1/gesprekken' && r.methode === 'POST')
    expect(regel).toMatchObject({ trace_id: TRACE, span_id: server[0].spanId })
    proces.kill('SIGTERM')
  })
})
