/**
 * Probes and Prometheus metrics: /livez, /readyz, /metrics (off, open, behind a token), what is
 * counted, and that no id, answer, IP or typed text ever becomes a label.
 */
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { maakMetingen, metendeStore } from '../server/metrics/index.js'
import { maakTeller } from '../server/statistieken/index.js'
import { geheugenStore } from '../server/store/geheugen.js'
import { type GesprekStore, OpslagFout } from '../server/store/types.js'
import { REGELMODEL } from '../server/versie.js'
import { beantwoord, viaApp } from './hardening-hulp.js'
import { testApp, vraag } from './helpers.js'

const TOKEN = 'een-geheim-van-minstens-16-tekens'
const map = mkdtempSync(join(tmpdir(), 'werkwijzer-metrics-'))
afterAll(() => rmSync(map, { recursive: true, force: true }))

/** A store that is down: every call fails as Redis would. */
function kapotteStore(): GesprekStore {
  const fout = async () => {
    throw new OpslagFout('verbinding weg')
  }
  return {
    soort: 'redis',
    laad: fout,
    get: fout,
    maak: fout,
    bewaar: fout,
    delete: fout,
    eenKeer: fout,
    gereed: async () => false,
    close: async () => {},
  }
}

/** One metric's value from Prometheus text, by name and exact label set (`{a="b"}`, or '' for none). */
function waarde(tekst: string, naam: string, labels = ''): number | undefined {
  const regel = tekst.split('\n').find((r) => r.startsWith(`${naam}${labels} `))
  return regel === undefined ? undefined : Number(regel.slice(regel.lastIndexOf(' ') + 1))
}

describe('/livez en /readyz', () => {
  it('antwoorden 200 met een werkende opslag', async () => {
    const app = testApp()
    expect((await vraag(app, 'GET', '/livez')).status).toBe(200)
    const klaar = await vraag(app, 'GET', '/readyz')
    expect(klaar.status).toBe(200)
    expect(klaar.json).toEqual({ status: 'ok', opslag: 'geheugen' })
  })

  it('/readyz zegt 503 (problem+json) als de opslag weg is; /livez blijft 200, want herstarten helpt niet', async () => {
    const app = testApp({ store: kapotteStore() })
    const klaar = await vraag(app, 'GET', '/readyz')
    expect(klaar.status).toBe(503)
    expect(klaar.headers.get('Content-Type')).toBe('application/problem+json')
    expect(klaar.json.detail).toMatch(/Probeer het/)
    expect((await vraag(app, 'GET', '/livez')).status).toBe(200)
  })

  it('vallen niet onder de rate limit', async () => {
    const app = testApp({
      beveiliging: { perMinuut: 2, vertrouwProxy: true },
      metingen: maakMetingen(),
      metricsToegang: { open: true },
    })
    const ip = { 'X-Forwarded-For': '198.51.100.9' }
    for (let i = 0; i < 5; i++) {
      expect((await vraag(app, 'GET', '/livez', undefined, ip)).status).toBe(200)
      expect((await vraag(app, 'GET', '/readyz', undefined, ip)).status).toBe(200)
      expect((await vraag(app, 'GET', '/metrics', undefined, ip)).status).toBe(200)
    }
    // The rest of the app is limited for this visitor, so the limit is really on.
    const statussen = []
    for (let i = 0; i < 3; i++) statussen.push((await vraag(app, 'GET', '/api/v1/voorzieningen', undefined, ip)).status)
    expect(statussen).toContain(429)
  })
})

describe('werkwijzer_build_info', () => {
  it('noemt de versie uit package.json en het regelmodel, altijd 1', async () => {
    const { version } = JSON.parse(
      readFileSync(join(fileURLToPath(new URL('..', import.meta.url)), 'package.json'), 'utf8'),
    )
    const tekst = await maakMetingen().register.metrics()
    expect(tekst).toContain(`werkwijzer_build_info{version="${version}",model="${REGELMODEL}"} 1`)
    expect(REGELMODEL).toBe('assen-2015')
    const ander = await maakMetingen({ bouw: { versie: '2.0.0', model: 'voorbeeldstad-2016' } }).register.metrics()
    expect(ander).toContain('werkwijzer_build_info{version="2.0.0",model="voorbeeldstad-2016"} 1')
  })
})

describe('/metrics', () => {
  it('staat uit zonder METRICS of METRICS_TOKEN: 404 met de uitleg hoe je het aanzet', async () => {
    for (const extra of [{}, { metingen: maakMetingen(), metricsToegang: { open: false } }]) {
      const r = await vraag(testApp(extra), 'GET', '/metrics')
      expect(r.status).toBe(404)
      expect(r.headers.get('Content-Type')).toBe('application/problem+json')
      expect(r.json.detail).toContain('METRICS=true')
    }
  })

  it('met een token: 401 zonder of met een verkeerd token, 200 met het goede', async () => {
    const app = testApp({ metingen: maakMetingen(), metricsToegang: { open: true, token: TOKEN } })
    const zonder = await vraag(app, 'GET', '/metrics')
    expect(zonder.status).toBe(401)
    expect(zonder.headers.get('WWW-Authenticate')).toMatch(/^Bearer/)
    expect(
      (await vraag(app, 'GET', '/metrics', undefined, { Authorization: 'Bearer verkeerd-maar-lang-genoeg' })).status,
    ).toBe(401)
    const met = await vraag(app, 'GET', '/metrics', undefined, { Authorization: `Bearer ${TOKEN}` })
    expect(met.status).toBe(200)
    expect(met.headers.get('Content-Type')).toMatch(/^text\/plain; version=0\.0\.4/)
  })

  it('telt verzoeken per routepatroon en status, de duur, en gestarte en afgeronde gesprekken', async () => {
    const metingen = maakMetingen()
    // As in the server: the statistics counter decides when a conversation counts as started or finished.
    const teller = maakTeller({ pad: join(map, 'tellingen.db') })
    const app = testApp({ metingen, metricsToegang: { open: true }, ...(teller ? { teller } : {}) })
    const start = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'werkstage' })
    expect(start.status).toBe(201)
    const eind = await beantwoord(viaApp(app), start.json, 60)
    expect(eind.klaar).toBe(true)
    await vraag(app, 'GET', `/api/v1/gesprekken/${randomUUID()}`)
    const tekst = (await vraag(app, 'GET', '/metrics')).tekst

    expect(tekst).toContain('# TYPE werkwijzer_http_requests_total counter')
    expect(tekst).toContain('# TYPE werkwijzer_http_request_duration_seconds histogram')
    expect(
      waarde(tekst, 'werkwijzer_http_requests_total', '{method="POST",route="/api/v1/gesprekken",status="201"}'),
    ).toBe(1)
    expect(
      waarde(tekst, 'werkwijzer_http_requests_total', '{method="GET",route="/api/v1/gesprekken/:id",status="404"}'),
    ).toBe(1)
    const antwoorden = waarde(
      tekst,
      'werkwijzer_http_requests_total',
      '{method="POST",route="/api/v1/gesprekken/:id/antwoorden",status="200"}',
    )
    expect(antwoorden).toBeGreaterThan(0)
    expect(
      waarde(tekst, 'werkwijzer_http_request_duration_seconds_count', '{method="POST",route="/api/v1/gesprekken"}'),
    ).toBe(1)
    expect(waarde(tekst, 'werkwijzer_conversations_started_total', '{onderwerp="werkstage"}')).toBe(1)
    expect(waarde(tekst, 'werkwijzer_conversations_finished_total', '{onderwerp="werkstage"}')).toBe(1)
    expect(waarde(tekst, 'werkwijzer_store_errors_total')).toBe(0)
  })

  it('zet nooit een id, antwoord, IP-adres of getypte tekst in een label', async () => {
    const metingen = maakMetingen()
    const app = testApp({
      metingen,
      metricsToegang: { open: true },
      beveiliging: { perMinuut: 1000, vertrouwProxy: true },
    })
    const ip = { 'X-Forwarded-For': '203.0.113.77' }
    const start = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' }, ip)
    const id: string = start.json.gesprek
    await vraag(app, 'PUT', `/api/v1/gesprekken/${id}/notities`, { notities: 'mijn-geheime-notitie' }, ip)
    await vraag(app, 'POST', `/api/v1/gesprekken/${id}/antwoorden`, { vraag: 'leeftijd', waarde: 4711 }, ip)
    await vraag(app, 'GET', `/api/v1/gesprekken/${id}/samenvatting?x=getypte-zoektekst`, undefined, ip)
    await vraag(app, 'GET', '/onbekend/pad/met-tekst-van-iemand', undefined, ip)
    metingen.gesprekGestart('<script>iets getypts</script>')
    const tekst = (await vraag(app, 'GET', '/metrics')).tekst
    for (const verboden of [
      id,
      'mijn-geheime-notitie',
      '4711',
      '203.0.113.77',
      'getypte-zoektekst',
      'met-tekst-van-iemand',
      'getypts',
    ]) {
      expect(tekst).not.toContain(verboden)
    }
    expect(waarde(tekst, 'werkwijzer_conversations_started_total', '{onderwerp="anders"}')).toBe(1)
    // Every label value is a method, a route pattern, a status, an onderwerp or a bucket bound.
    const labelWaarden = [...tekst.matchAll(/(\w+)="([^"]*)"/g)].map(([, naam, w]) => [naam, w])
    for (const [naam, w] of labelWaarden) {
      expect([
        'method',
        'route',
        'status',
        'onderwerp',
        'le',
        'version',
        'model',
        'major',
        'minor',
        'patch',
        'kind',
        'space',
        'type',
      ]).toContain(naam)
      if (naam === 'route') expect(w).toMatch(/^(?:-|\/[\w/:.*-]*)$/)
    }
  })

  it('telt fouten van de opslag (de inwoner kreeg 503)', async () => {
    const metingen = maakMetingen()
    const app = testApp({ metingen, metricsToegang: { open: true }, store: metendeStore(kapotteStore(), metingen) })
    expect((await vraag(app, 'POST', '/api/v1/gesprekken', {})).status).toBe(503)
    expect((await vraag(app, 'GET', `/api/v1/gesprekken/${randomUUID()}`)).status).toBe(503)
    const tekst = (await vraag(app, 'GET', '/metrics')).tekst
    expect(waarde(tekst, 'werkwijzer_store_errors_total')).toBe(2)
  })

  it('metendeStore laat een werkende opslag ongemoeid', async () => {
    const metingen = maakMetingen()
    const store = metendeStore(geheugenStore({ max: 10, ttlMs: 60_000 }), metingen)
    expect(store.soort).toBe('geheugen')
    expect(await store.gereed()).toBe(true)
    expect(await store.get('niet-er')).toBeUndefined()
    expect(waarde(await metingen.register.metrics(), 'werkwijzer_store_errors_total')).toBe(0)
  })

  it('meldt of Redis verbonden is', async () => {
    let verbonden = true
    const metingen = maakMetingen({ redisVerbonden: () => verbonden })
    expect(waarde(await metingen.register.metrics(), 'werkwijzer_redis_connected')).toBe(1)
    verbonden = false
    expect(waarde(await metingen.register.metrics(), 'werkwijzer_redis_connected')).toBe(0)
    expect(await maakMetingen().register.metrics()).not.toContain('werkwijzer_redis_connected')
  })
})
