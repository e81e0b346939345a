import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Situatie } from '../../rules/index.js'
import personas from '../cases/personas.json' with { type: 'json' }
import { axe, startBrowser, startServer, type TestServer } from './browser.js'

const GEVAAR = '<script>alert(1)</script> <img src=x onerror=alert(1)>'
const NOTITIE = `${GEVAAR}\n${'Vraag: kan ik eerst parttime beginnen? '.repeat(60)}`.slice(0, 2000)

let browser: Browser
let server: TestServer

beforeAll(async () => {
  // Only same-origin requests here: no CORS origins needed.
  ;[browser, server] = await Promise.all([startBrowser(), startServer({ beveiliging: { origins: [] } })])
})

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()])
})

async function api(pad: string, body?: unknown, method = 'POST') {
  const res = await fetch(`${server.url}${pad}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  })
  // biome-ignore lint/suspicious/noExplicitAny: tests read the JSON freely
  return (await res.json()) as any
}

/** Walks the `alles` conversation for a persona; returns the id and the number of answers. */
async function doorloop(situatie: Situatie, taal = 'nl'): Promise<{ id: string; antwoorden: number }> {
  let stap = await api('/api/v1/gesprekken', { onderwerp: 'alles', taal })
  const id: string = stap.gesprek
  while (!stap.klaar) {
    const { id: vraag, feit } = stap.vraag
    const waarde = feit && feit in situatie ? situatie[feit as keyof Situatie] : null
    stap = await api(`/api/v1/gesprekken/${id}/antwoorden`, { vraag, waarde })
  }
  return { id, antwoorden: stap.antwoorden.length }
}

/** Pages in a PDF: the page objects, not the `/Type /Pages` tree. */
const paginas = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length

describe('de samenvatting in Chromium', () => {
  it(
    'langste persona met een notitie van 2000 tekens: hoogstens 3 A4, axe 0, notitie als tekst, printknop werkt',
    { timeout: 90_000 },
    async () => {
      const gesprekken = await Promise.all(
        (personas as unknown as { naam: string; situatie: Situatie }[]).map(async (p) => ({
          naam: p.naam,
          ...(await doorloop(p.situatie)),
        })),
      )
      const langste = gesprekken.reduce((a, b) => (b.antwoorden > a.antwoorden ? b : a))
      await api(`/api/v1/gesprekken/${langste.id}/notities`, { tekst: NOTITIE }, 'PUT')

      const pagina = await browser.newPage()
      const meldingen: string[] = []
      // CSP violations show as console errors; a missing file as a failed response (the favicon too:
      // it was asked as /favicon.ico and got 405).
      pagina.on('console', (m) => {
        if (m.type() === 'error') meldingen.push(m.text())
      })
      pagina.on('response', (r) => {
        if (r.status() >= 400) meldingen.push(`${r.status()} ${r.url()}`)
      })
      pagina.on('dialog', (d) => {
        meldingen.push(`dialoog: ${d.message()}`)
        void d.dismiss()
      })
      // Printing would open a dialog; count the calls instead.
      await pagina.addInitScript(() => {
        // biome-ignore lint/suspicious/noExplicitAny: a counter on window for the test
        ;(window as any).geprint = 0
        // biome-ignore lint/suspicious/noExplicitAny: a counter on window for the test
        window.print = () => void (window as any).geprint++
      })
      const res = await pagina.goto(`${server.url}/api/v1/gesprekken/${langste.id}/samenvatting`)
      expect(res?.headers()['content-type']).toContain('text/html')
      expect(await pagina.getAttribute('html', 'lang')).toBe('nl')
      expect(await pagina.getAttribute('html', 'dir')).toBe('ltr')

      // The note is text: no element from it, the characters as typed.
      expect(await pagina.locator('.notities').textContent()).toContain(GEVAAR)
      expect(await pagina.locator('img').count()).toBe(0)
      expect(await pagina.locator('script').count()).toBe(1)

      // The stylesheet loaded under the CSP (the header rule has the gemeente's colour).
      const kleur = await pagina.locator('h1').evaluate((h) => getComputedStyle(h).color)
      expect(kleur).toBe('rgb(0, 86, 110)')

      const knop = pagina.getByRole('button', { name: 'Printen of bewaren als pdf' })
      await knop.click()
      expect(await pagina.evaluate(() => (window as unknown as { geprint: number }).geprint)).toBe(1)

      expect(await axe(pagina)).toEqual([])

      const pdf = await pagina.pdf({ format: 'A4' })
      const aantal = paginas(pdf)
      console.log(`samenvatting van "${langste.naam}" (${langste.antwoorden} antwoorden): ${aantal} A4-pagina's`)
      expect(aantal).toBeGreaterThanOrEqual(1)
      expect(aantal).toBeLessThanOrEqual(3)
      expect(meldingen).toEqual([])
      await pagina.close()
    },
  )

  it(
    'in het Arabisch: eerst de tekst van de inwoner, dan het Nederlands (lang="nl") voor de consulent; elk hoogstens 3 A4, axe 0',
    { timeout: 90_000 },
    async () => {
      const gesprekken = await Promise.all(
        (personas as unknown as { situatie: Situatie }[]).map((p) => doorloop(p.situatie, 'ar')),
      )
      const langste = gesprekken.reduce((a, b) => (b.antwoorden > a.antwoorden ? b : a))
      await api(`/api/v1/gesprekken/${langste.id}/notities`, { tekst: NOTITIE }, 'PUT')
      const adres = `${server.url}/api/v1/gesprekken/${langste.id}/samenvatting?formaat=html`

      const pagina = await browser.newPage({ viewport: { width: 820, height: 1100 } })
      await pagina.goto(adres)
      expect(await pagina.getAttribute('html', 'lang')).toBe('ar')
      expect(await pagina.getAttribute('html', 'dir')).toBe('rtl')
      const nl = pagina.locator('section.taaldeel--nl')
      expect(await nl.getAttribute('lang')).toBe('nl')
      expect(await nl.getAttribute('dir')).toBe('ltr')
      await nl.getByRole('heading', { name: 'Dit past misschien bij je' }).waitFor()
      await pagina.getByText('Nederlandse tekst voor de consulent').waitFor()
      expect(await axe(pagina), 'tweetalige samenvatting').toEqual([])
      // The picture: the end of the Arabic part and the start of the Dutch one.
      await nl.evaluate((e) => {
        e.scrollIntoView({ block: 'start' })
        window.scrollBy(0, -420)
      })
      await pagina.screenshot({ path: 'docs/samenvatting-tweetalig.png' })
      const samen = paginas(await pagina.pdf({ format: 'A4' }))
      await pagina.close()

      // Each language alone, as printed: the page's own print stylesheet, the other language left out.
      const losse: number[] = []
      for (const weg of ['section.taaldeel--nl', 'body > .taaldeel:first-child']) {
        const context = await browser.newContext({ bypassCSP: true })
        const los = await context.newPage()
        await los.goto(adres)
        await los.addStyleTag({ content: `${weg} { display: none !important; }` })
        losse.push(paginas(await los.pdf({ format: 'A4' })))
        await context.close()
      }
      console.log(`tweetalige samenvatting (${langste.antwoorden} antwoorden): ${losse.join(' + ')} A4, samen ${samen}`)
      for (const aantal of losse) {
        expect(aantal).toBeGreaterThanOrEqual(1)
        expect(aantal).toBeLessThanOrEqual(3)
      }
      // The Dutch part starts on a page of its own.
      expect(samen).toBe((losse[0] ?? 0) + (losse[1] ?? 0))
    },
  )

  it.each(['ar', 'uk', 'nl'])(
    'op een telefoon (360 × 740) in het %s: niet breder dan het scherm, de uitleg van elk begrip minstens 200 px breed',
    { timeout: 60_000 },
    async (taal) => {
      const samira = (personas as unknown as { naam: string; situatie: Situatie }[]).find((p) =>
        p.naam.startsWith('Samira'),
      )
      const { id } = await doorloop(samira?.situatie ?? {}, taal)
      const pagina = await browser.newPage({ viewport: { width: 360, height: 740 } })
      await pagina.goto(`${server.url}/api/v1/gesprekken/${id}/samenvatting?formaat=html`)
      const maat = await pagina.evaluate(() => ({
        breed: document.documentElement.scrollWidth,
        uitleg: [...document.querySelectorAll('.begrippen dd')].map((dd) =>
          Math.round(dd.getBoundingClientRect().width),
        ),
        hoog: document.documentElement.scrollHeight,
      }))
      console.log(`overzicht van Samira (${taal}) op 360 px: ${maat.breed} px breed, ${maat.hoog} px hoog`)
      expect(maat.breed).toBeLessThanOrEqual(360)
      expect(maat.uitleg.length).toBeGreaterThan(0)
      for (const b of maat.uitleg) expect(b).toBeGreaterThanOrEqual(200)
      expect(await axe(pagina)).toEqual([])
      await pagina.screenshot({ path: `docs/samenvatting-telefoon-${taal}.png` })
      // The glossary that was 15 px wide: the picture of it now.
      await pagina
        .locator('.begrippen')
        .first()
        .evaluate((e) => e.scrollIntoView({ block: 'start' }))
      await pagina.screenshot({ path: `docs/samenvatting-telefoon-${taal}-begrippen.png` })
      await pagina.close()
    },
  )

  it(
    'het Nederlandse overzicht op 320 px: de tabel "Dit past niet" blijft binnen het scherm',
    { timeout: 60_000 },
    async () => {
      const gesprekken = await Promise.all(
        (personas as unknown as { situatie: Situatie }[]).map((p) => doorloop(p.situatie)),
      )
      const pagina = await browser.newPage({ viewport: { width: 320, height: 640 } })
      let tabellen = 0
      for (const { id } of gesprekken) {
        await pagina.goto(`${server.url}/api/v1/gesprekken/${id}/samenvatting?formaat=html`)
        const breed = await pagina.evaluate(() => ({
          pagina: document.documentElement.scrollWidth,
          tabellen: [...document.querySelectorAll('table')].map((t) => Math.ceil(t.getBoundingClientRect().right)),
        }))
        tabellen += breed.tabellen.length
        expect(breed.pagina).toBeLessThanOrEqual(320)
        for (const rechts of breed.tabellen) expect(rechts).toBeLessThanOrEqual(320)
      }
      expect(tabellen).toBeGreaterThan(0)
      await pagina.close()
    },
  )

  it('een oude link na "Wis mijn gegevens": een pagina die zegt waarom en de weg terug, axe 0, ook op 320 px', async () => {
    const { gesprek } = await api('/api/v1/gesprekken', { onderwerp: 'alles' })
    const wis = await fetch(`${server.url}/api/v1/gesprekken/${gesprek}`, {
      method: 'DELETE',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(wis.status).toBe(204)
    const pagina = await browser.newPage({ viewport: { width: 320, height: 640 }, locale: 'nl-NL' })
    const antwoord = await pagina.goto(`${server.url}/api/v1/gesprekken/${gesprek}/samenvatting?formaat=html`)
    expect(antwoord?.status()).toBe(404)
    await pagina.getByRole('heading', { name: 'Dit overzicht is er niet meer', level: 1 }).waitFor()
    expect(await pagina.getByRole('link', { name: '14 0592' }).getAttribute('href')).toBe('tel:140592')
    expect(await pagina.getByRole('link', { name: /website van de gemeente Assen/ }).getAttribute('href')).toBe(
      'https://www.assen.nl',
    )
    expect(await pagina.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    expect(await axe(pagina)).toEqual([])
    await pagina.close()
  })
})
