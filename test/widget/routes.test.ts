/** The server side of the widget: the script, the demo page, the words, the language switch, the profile. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { widgetLader } from '../../server/routes/widget/bestand.js'
import { widgetRoutes } from '../../server/routes/widget/index.js'
import { assen, teksten, testApp, vraag } from '../helpers.js'

function metWidget(inhoud = 'console.log(1)') {
  const map = mkdtempSync(join(tmpdir(), 'widget-'))
  const pad = join(map, 'widget.js')
  writeFileSync(pad, inhoud)
  const omgeving = {
    gemeente: assen,
    teksten,
    vandaag: () => '2026-11-22',
    basisUrl: 'http://localhost:8787',
  } as Parameters<typeof widgetRoutes>[0]
  return widgetRoutes(omgeving, widgetLader(pad))
}

describe('GET /widget.js', () => {
  it('stuurt het script met ETag, een dag cache, en 304 als het niet veranderd is', async () => {
    const app = metWidget()
    const eerst = await app.request('/widget.js')
    expect(eerst.status).toBe(200)
    expect(eerst.headers.get('Content-Type')).toMatch(/^application\/javascript/)
    expect(eerst.headers.get('Cache-Control')).toContain('max-age=86400')
    expect(eerst.headers.get('Access-Control-Allow-Origin')).toBe('*')
    const etag = eerst.headers.get('ETag') ?? ''
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/)
    const weer = await app.request('/widget.js', { headers: { 'If-None-Match': etag } })
    expect(weer.status).toBe(304)
  })

  it('zonder gebouwde widget: 503 als problem+json, geen crash', async () => {
    const omgeving = { gemeente: assen, teksten, vandaag: () => '2026-11-22', basisUrl: 'http://localhost:8787' }
    const app = widgetRoutes(omgeving as Parameters<typeof widgetRoutes>[0], widgetLader('/bestaat/niet/widget.js'))
    const antwoord = await app.request('/widget.js')
    expect(antwoord.status).toBe(503)
    expect(antwoord.headers.get('Content-Type')).toContain('application/problem+json')
  })

  it('de naam met de inhoudshash mag een jaar in de cache; een oude hash niet', async () => {
    const app = metWidget()
    const hash = (await app.request('/widget.js')).headers.get('ETag')?.replaceAll('"', '')
    const vast = await app.request(`/widget-${hash}.js`)
    expect(vast.status).toBe(200)
    expect(vast.headers.get('Cache-Control')).toContain('immutable')
    expect((await app.request('/widget-0000000000000000.js')).status).toBe(404)
  })
})

describe('GET / (de demopagina)', () => {
  it('laadt de widget als knop en op de pagina, onder een strenge CSP', async () => {
    const { status, headers, tekst } = await vraag(testApp(), 'GET', '/')
    expect(status).toBe(200)
    const csp = headers.get('Content-Security-Policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(tekst).toContain('<werkwijzer-chat modus="inline"')
    expect(tekst).toContain('<werkwijzer-chat modus="launcher"')
    expect(tekst).not.toMatch(/<script>|\sstyle=|\son(?:click|load|error|submit|input|change)=/)
  })
})

describe('woorden en profiel mogen in de cache (de widget vraagt ze één keer)', () => {
  it('teksten: Cache-Control, ETag, 304 zonder inhoud, en gzip als de browser dat wil', async () => {
    const app = testApp()
    const eerst = await app.request('/api/v1/teksten/nl')
    expect(eerst.headers.get('Cache-Control')).toMatch(/^public, max-age=\d+/)
    const etag = eerst.headers.get('ETag') ?? ''
    expect(etag).toMatch(/^"[\w-]{22}"$/)
    const tekst = await eerst.text()
    const weer = await app.request('/api/v1/teksten/nl', { headers: { 'If-None-Match': etag } })
    expect(weer.status).toBe(304)
    expect(await weer.text()).toBe('')
    // Another language is another answer.
    expect((await app.request('/api/v1/teksten/en', { headers: { 'If-None-Match': etag } })).status).toBe(200)
    const gz = await app.request('/api/v1/teksten/nl', { headers: { 'Accept-Encoding': 'gzip, br' } })
    expect(gz.headers.get('Content-Encoding')).toBe('gzip')
    expect(gz.headers.get('Vary')).toContain('Accept-Encoding')
    const bytes = Buffer.from(await gz.arrayBuffer())
    expect(bytes.length).toBeLessThan(tekst.length / 2)
    expect(gunzipSync(bytes).toString('utf8')).toBe(tekst)
  })

  it('gemeente: Cache-Control, ETag en 304; een andere taal is een ander antwoord', async () => {
    const app = testApp()
    const eerst = await app.request('/api/v1/gemeente?taal=nl')
    expect(eerst.headers.get('Cache-Control')).toMatch(/^public, max-age=\d+/)
    const etag = eerst.headers.get('ETag') ?? ''
    expect((await app.request('/api/v1/gemeente?taal=nl', { headers: { 'If-None-Match': etag } })).status).toBe(304)
    const en = await app.request('/api/v1/gemeente?taal=en', { headers: { 'If-None-Match': etag } })
    expect(en.status).toBe(200)
    expect(((await en.json()) as { contact: { openingstijden: string } }).contact.openingstijden).toContain('Monday')
  })

  it('widget.js gaat ingepakt als de browser gzip wil, en nooit als hij gzip weigert', async () => {
    const code = `console.log(${JSON.stringify('Werkwijzer '.repeat(200))})`
    const app = metWidget(code)
    const gz = await app.request('/widget.js', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(gz.headers.get('Content-Encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8')).toBe(code)
    const nee = await app.request('/widget.js', { headers: { 'Accept-Encoding': 'gzip;q=0, identity' } })
    expect(nee.headers.get('Content-Encoding')).toBeNull()
    expect(await nee.text()).toBe(code)
  })
})

describe('GET /api/v1/teksten/{taal}', () => {
  it('geeft de woorden van de widget, de woordenlijst en de talen', async () => {
    const { status, json, headers } = await vraag(testApp(), 'GET', '/api/v1/teksten/nl')
    expect(status).toBe(200)
    expect(headers.get('API-Version')).toBeTruthy()
    expect(json.widget.knoppen.wis).toBe('Wis mijn gegevens')
    expect(json.begrippen.werkstage.uitleg).toBeTruthy()
    expect(json.voorzieningen.werkstage.begrippen).toContain('werkstage')
    expect(json.vragen.leeftijd.label).toBe('Leeftijd in jaren')
    expect(json.talen.find((t: { code: string }) => t.code === 'ar').richting).toBe('rtl')
  })

  it('een onbekende taal is 404 met uitleg', async () => {
    const { status, headers } = await vraag(testApp(), 'GET', '/api/v1/teksten/xx')
    expect(status).toBe(404)
    expect(headers.get('Content-Type')).toContain('application/problem+json')
  })
})

describe('PATCH /api/v1/gesprekken/{id}', () => {
  it('zet het gesprek in een andere taal; de antwoorden blijven', async () => {
    const app = testApp()
    const start = await vraag(app, 'POST', '/api/v1/gesprekken', { onderwerp: 'alles' })
    const id = start.json.gesprek
    await vraag(app, 'POST', `/api/v1/gesprekken/${id}/antwoorden`, { vraag: 'woontInGemeente', waarde: true })
    const { status, json } = await vraag(app, 'PATCH', `/api/v1/gesprekken/${id}`, { taal: 'ar' })
    expect(status).toBe(200)
    expect(json).toMatchObject({ taal: 'ar', richting: 'rtl', vraag: { id: 'leeftijd' } })
    expect(json.antwoorden).toHaveLength(1)
    expect((await vraag(app, 'GET', `/api/v1/gesprekken/${id}`)).json.taal).toBe('ar')
  })

  it('een onbekende taal is 400, een onbekend gesprek 404', async () => {
    const app = testApp()
    const id = (await vraag(app, 'POST', '/api/v1/gesprekken', {})).json.gesprek
    expect((await vraag(app, 'PATCH', `/api/v1/gesprekken/${id}`, { taal: 'xx' })).status).toBe(400)
    const weg = '00000000-0000-4000-8000-000000000000'
    expect((await vraag(app, 'PATCH', `/api/v1/gesprekken/${weg}`, { taal: 'en' })).status).toBe(404)
  })
})

describe('GET /api/v1/gemeente', () => {
  it('geeft het openbare profiel met contactgegevens', async () => {
    const { status, json } = await vraag(testApp(), 'GET', '/api/v1/gemeente')
    expect(status).toBe(200)
    expect(json.contact).toMatchObject({ telefoon: assen.contact.telefoon, adres: assen.contact.adres })
  })
})
