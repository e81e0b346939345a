/**
 * The widget on a phone (360 × 740) on the demo page: nothing covers an answer, no conversation
 * before the first tap, few requests, the offer to call stays in view, switching language keeps
 * her place, a reload keeps the launcher open and the messages in order. Screenshots for docs/.
 */
import type { Browser, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  axe,
  beginInline,
  eisGebouwdeWidget,
  focusIn,
  huidigeStap,
  loopMetMuis,
  proefpagina,
  tikAlleAntwoorden,
  wachtOpVolgende,
} from '../widget/browser-hulp.js'
import { SAMIRA } from '../widget/persona.js'
import { startBrowser, startServer, type TestServer } from './browser.js'

let browser: Browser
let server: TestServer

beforeAll(async () => {
  eisGebouwdeWidget()
  ;[browser, server] = await Promise.all([startBrowser(), startServer()])
})
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()])
})

const TELEFOON = { width: 360, height: 740 }

/** Every request to the API, as "METHOD /path". */
function teller(pagina: Page): string[] {
  const verzoeken: string[] = []
  pagina.on('request', (r: Request) => {
    const url = new URL(r.url())
    if (url.pathname.startsWith('/api/v1/')) verzoeken.push(`${r.method()} ${url.pathname}${url.search}`)
  })
  return verzoeken
}

const launcherKnop = (pagina: Page, naam = 'Vraag het de Werkwijzer') => pagina.getByRole('button', { name: naam })

/** Is the element inside the screen (not scrolled away)? */
const inBeeld = (pagina: Page, selector: string, widget = 'werkwijzer-chat[modus=inline]') =>
  pagina.locator(widget).evaluate((host, sel) => {
    const el = host.shadowRoot?.querySelector(sel)
    if (!el) return false
    const r = el.getBoundingClientRect()
    return r.height > 0 && r.top >= -1 && r.bottom <= window.innerHeight + 1
  }, selector)

describe('de widget op een telefoon (360 × 740)', () => {
  it(
    'Samira tikt zich door de vragen: elke knop raakt ze in het midden, geen gesprek voor de eerste tik, weinig verzoeken',
    { timeout: 90_000 },
    async () => {
      // Samira's phone is in Dutch: no other language is offered first.
      const pagina = await browser.newPage({ viewport: TELEFOON, locale: 'nl-NL' })
      const verzoeken = teller(pagina)
      await pagina.goto(`${server.url}/`)
      const widget = pagina.locator('werkwijzer-chat[modus=inline]')
      await widget.getByRole('button', { name: 'Begin met de vragen' }).waitFor()
      await pagina.waitForLoadState('networkidle')
      // Loading the page is not a conversation (the statistics count conversations).
      expect(verzoeken.filter((v) => v.startsWith('POST'))).toEqual([])
      expect(await axe(pagina), 'voor de start').toEqual([])

      // At the top the inline widget is off screen: the launcher is there. With the widget in view, it steps aside.
      await launcherKnop(pagina).waitFor()
      await widget.scrollIntoViewIfNeeded()
      await expect.poll(() => launcherKnop(pagina).isVisible()).toBe(false)
      await pagina.screenshot({ path: 'docs/telefoon-1-begin.png' })

      await beginInline(widget)
      expect(await tikAlleAntwoorden(widget), 'bij de eerste vraag').toEqual([])
      let foto = 2
      const eind = await loopMetMuis(pagina, widget, server.url, SAMIRA.situatie, async (stap) => {
        if (!stap.vraag) return
        await widget.getByRole('heading', { name: stap.vraag.tekst, exact: true }).waitFor()
        expect(await tikAlleAntwoorden(widget), `bij ${stap.vraag.id}`).toEqual([])
        expect(await launcherKnop(pagina).isVisible(), `launcher bij ${stap.vraag.id}`).toBe(false)
        if (stap.vraag.id === 'afstandTotArbeidsmarkt') {
          expect(await axe(pagina), 'halverwege').toEqual([])
          await widget.getByRole('heading', { name: stap.vraag.tekst, exact: true }).scrollIntoViewIfNeeded()
          await pagina.screenshot({ path: `docs/telefoon-${foto++}-vraag.png` })
        }
      })
      expect(eind.klaar).toBe(true)
      const kop = widget.getByRole('heading', { name: 'Wat misschien bij je past' })
      await kop.waitFor()
      await expect.poll(async () => (await focusIn(pagina)).tekst).toBe('Wat misschien bij je past')

      // What may fit comes first; the rest is folded with its count.
      const hoog = await widget.evaluate((host) => {
        const uitkomst = host.shadowRoot?.querySelector('.ww-uitkomst') as HTMLElement
        return Math.round(uitkomst.getBoundingClientRect().height)
      })
      console.log(`uitkomst van Samira op 360 px: ${hoog} px hoog`)
      // Since the law of 2026-12 the duties and rights stand open under every outcome (they must be read
      // without opening anything): about 400 px more than the 2600 this bound was before.
      expect(hoog, 'hoogte van de uitkomst in px').toBeLessThanOrEqual(3100)
      await widget.getByText(/^Past niet \(\d+\)$/).waitFor()
      expect(await axe(pagina), 'uitkomst').toEqual([])
      await kop.evaluate((e) => e.scrollIntoView({ block: 'start' }))
      await pagina.screenshot({ path: `docs/telefoon-${foto}-uitkomst.png` })

      // Texts and profile once; then one request per answer, and the start.
      const antwoorden = eind.antwoorden.length
      expect(verzoeken.filter((v) => v.includes('/teksten/'))).toHaveLength(1)
      expect(verzoeken.filter((v) => v.includes('/gemeente'))).toHaveLength(1)
      expect(verzoeken.length, verzoeken.join('\n')).toBeLessThanOrEqual(antwoorden + 5)
      await pagina.close()
    },
  )

  it(
    'de launcher: een intake van begin tot eind kost hoogstens een verzoek per antwoord plus 5; herladen houdt hem open en de berichten op volgorde',
    { timeout: 90_000 },
    async () => {
      const pagina = await browser.newPage({ viewport: TELEFOON })
      const verzoeken = teller(pagina)
      await proefpagina(pagina, server.url, '<werkwijzer-chat modus="launcher"></werkwijzer-chat>')
      await launcherKnop(pagina).click()
      const launcher = pagina.locator('werkwijzer-chat[modus=launcher]')
      await launcher.getByRole('heading', { name: 'Waar wil je meer over weten?' }).waitFor()
      const eind = await loopMetMuis(pagina, launcher, server.url, SAMIRA.situatie, async () => undefined, 'launcher')
      expect(eind.klaar).toBe(true)
      await launcher.getByRole('heading', { name: 'Wat misschien bij je past' }).waitFor()
      expect(verzoeken.length, verzoeken.join('\n')).toBeLessThanOrEqual(eind.antwoorden.length + 5)

      const voor = await launcher
        .getByRole('log', { name: 'Gesprek met de Werkwijzer' })
        .evaluate((log) => [...log.children].map((p) => p.textContent))
      await pagina.reload()
      await launcher.getByRole('heading', { name: 'Wat misschien bij je past' }).waitFor()
      expect(await launcherKnop(pagina).getAttribute('aria-expanded')).toBe('true')
      const na = await launcher
        .getByRole('log', { name: 'Gesprek met de Werkwijzer' })
        .evaluate((log) => [...log.children].map((p) => p.textContent))
      expect(na).toEqual(voor)
      await pagina.close()
    },
  )

  it('na een paar keer "Weet ik niet" blijft het aanbod om te bellen in beeld, met het nummer als link, en wordt het gemeld', async () => {
    const pagina = await browser.newPage({ viewport: TELEFOON })
    await pagina.goto(`${server.url}/`)
    const widget = pagina.locator('werkwijzer-chat[modus=inline]')
    await beginInline(widget)
    let stap = await huidigeStap(pagina, server.url)
    for (let i = 0; i < 8 && !(await widget.locator('.ww-mens').count()); i++) {
      if (!stap.vraag) break
      await widget.getByRole('button', { name: 'Weet ik niet', exact: true }).click()
      stap = await wachtOpVolgende(pagina, server.url, stap)
    }
    const aanbod = widget.locator('.ww-mens')
    await aanbod.waitFor()
    expect(await aanbod.textContent()).toContain('Bel 14 0592')
    expect(await aanbod.getByRole('link', { name: '14 0592' }).getAttribute('href')).toBe('tel:140592')
    // Inside a status region (a screen reader says it), and on screen next to the question she is at.
    expect(await aanbod.evaluate((e) => e.parentElement?.getAttribute('role'))).toBe('status')
    if (stap.vraag) await widget.getByRole('heading', { name: stap.vraag.tekst, exact: true }).waitFor()
    expect(await inBeeld(pagina, '.ww-mens')).toBe(true)
    expect(await inBeeld(pagina, '.ww-vraag h3')).toBe(true)
    // The welcome names the number as a link too.
    expect(
      await widget
        .getByRole('log', { name: 'Gesprek met de Werkwijzer' })
        .getByRole('link', { name: '14 0592' })
        .first()
        .getAttribute('href'),
    ).toBe('tel:140592')
    await pagina.close()
  })

  it('na het kiezen van een taal staat de focus op de vraag, in beeld, en zegt de launcher het in die taal', async () => {
    const pagina = await browser.newPage({ viewport: TELEFOON })
    await pagina.goto(`${server.url}/`)
    const widget = pagina.locator('werkwijzer-chat[modus=inline]')
    await beginInline(widget)
    await widget.getByRole('button', { name: /^Taal · .*: Nederlands$/ }).click()
    await widget.getByRole('button', { name: 'English', exact: true }).click()
    await expect.poll(async () => (await focusIn(pagina)).tekst).toBe('Do you live in Assen?')
    expect((await focusIn(pagina)).tag).toBe('h3')
    expect(await inBeeld(pagina, '.ww-vraag h3')).toBe(true)
    await pagina.evaluate(() => window.scrollTo(0, 0))
    await launcherKnop(pagina, 'Ask the Werkwijzer').waitFor()
    await pagina.close()
  })

  it('"Opnieuw beginnen" staat niet naast "Terug" en vraagt eerst; "Nee" houdt het gesprek', async () => {
    const pagina = await browser.newPage({ viewport: TELEFOON })
    await pagina.goto(`${server.url}/`)
    const widget = pagina.locator('werkwijzer-chat[modus=inline]')
    await beginInline(widget)
    const oud = await huidigeStap(pagina, server.url)
    await widget.getByRole('button', { name: 'Ja', exact: true }).click()
    await wachtOpVolgende(pagina, server.url, oud)
    const terug = await widget.getByRole('button', { name: 'Terug' }).boundingBox()
    const opnieuw = await widget.getByRole('button', { name: 'Opnieuw beginnen' }).boundingBox()
    if (!terug || !opnieuw) throw new Error('Terug of Opnieuw beginnen is niet te zien')
    // Not side by side: a slip of the thumb on "Terug" must not land on it.
    const ver = opnieuw.y >= terug.y + terug.height || opnieuw.x >= terug.x + terug.width + 24
    expect(ver).toBe(true)

    await widget.getByRole('button', { name: 'Opnieuw beginnen' }).click()
    await widget.getByText('Weet je het zeker? Je antwoorden gaan dan weg.').waitFor()
    await widget.getByRole('button', { name: 'Nee, ga verder' }).click()
    expect((await huidigeStap(pagina, server.url)).antwoorden).toHaveLength(1)
    await widget.getByRole('button', { name: 'Opnieuw beginnen' }).click()
    await widget.getByRole('button', { name: 'Ja, begin opnieuw' }).click()
    await expect.poll(async () => (await huidigeStap(pagina, server.url)).gesprek).not.toBe(oud.gesprek)
    expect((await fetch(`${server.url}/api/v1/gesprekken/${oud.gesprek}`)).status).toBe(404)
    await pagina.close()
  })
})
