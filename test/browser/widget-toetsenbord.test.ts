/**
 * The widget in Chromium with the keyboard only (Tab, Enter, Space): Samira to the outcome.
 * And the demo page itself: no CSP violation and no console error.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eisGebouwdeWidget, focusIn, huidigeStap, proefpagina, wachtOpVolgende } from '../widget/browser-hulp.js'
import { SAMIRA, zetVoor } from '../widget/persona.js'
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

/** Presses Tab until the focused element fits; fails after `max` presses. */
async function tabNaar(pagina: Page, past: (f: Awaited<ReturnType<typeof focusIn>>) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await pagina.keyboard.press('Tab')
    const f = await focusIn(pagina)
    if (past(f)) return f
  }
  throw new Error(`Niet bereikt met ${max} keer Tab`)
}

describe('de widget met alleen het toetsenbord', () => {
  it('Samira komt met Tab, Enter en Spatie bij de uitkomst; de focus gaat steeds naar de nieuwe vraag', async () => {
    const pagina = await browser.newPage({ viewport: { width: 390, height: 800 } })
    await pagina.goto(`${server.url}/`)
    const widget = pagina.locator('werkwijzer-chat[modus=inline]')
    await widget.getByRole('button', { name: 'Begin met de vragen' }).waitFor()
    // Loading the page does not move focus into the widget.
    expect((await focusIn(pagina)).tag).toBe('body')
    await tabNaar(pagina, (f) => f.tag === 'button' && f.tekst === 'Begin met de vragen', 80)
    await pagina.keyboard.press('Enter')
    await expect.poll(async () => (await focusIn(pagina)).tekst).toBe('Woon je in Assen?')

    let stap = await huidigeStap(pagina, server.url)
    for (let i = 0; i < 40 && stap.vraag; i++) {
      const vraag = stap.vraag
      const zet = zetVoor(vraag, SAMIRA.situatie)
      if (zet.soort === 'getal') {
        await tabNaar(pagina, (f) => f.tag === 'input' && f.label === vraag.label)
        await pagina.keyboard.type(String(zet.waarde))
        await pagina.keyboard.press('Enter')
      } else {
        await tabNaar(pagina, (f) => f.tag === 'button' && f.tekst === zet.label)
        await pagina.keyboard.press(i % 2 === 0 ? 'Enter' : 'Space')
      }
      stap = await wachtOpVolgende(pagina, server.url, stap)
      const verwacht = stap.vraag?.tekst ?? 'Wat misschien bij je past'
      await expect.poll(async () => (await focusIn(pagina)).tekst).toBe(verwacht)
      expect((await focusIn(pagina)).tag).toBe('h3')
    }
    expect(stap.klaar).toBe(true)
    const oordelen = Object.fromEntries((stap.uitkomsten ?? []).map((u) => [u.voorziening, u.oordeel]))
    expect(oordelen).toEqual(SAMIRA.verwacht.oordelen)

    // "Waarom?" opens with the keyboard too.
    await tabNaar(pagina, (f) => f.tag === 'summary' && f.tekst === 'Waarom?')
    await pagina.keyboard.press('Enter')
    await widget.getByText('art. 4 lid 1').first().waitFor()

    // "Opnieuw beginnen" asks first; "Nee" keeps the conversation and gives focus back.
    await tabNaar(pagina, (f) => f.tag === 'button' && f.tekst === 'Opnieuw beginnen', 80)
    await pagina.keyboard.press('Enter')
    await expect.poll(async () => (await focusIn(pagina)).tekst).toBe('Ja, begin opnieuw')
    await pagina.keyboard.press('Tab')
    await pagina.keyboard.press('Enter')
    await expect.poll(async () => (await focusIn(pagina)).tekst).toBe('Opnieuw beginnen')
    expect((await huidigeStap(pagina, server.url)).gesprek).toBe(stap.gesprek)
    await pagina.close()
  })

  it('"Praat met een medewerker" en de launcher werken met het toetsenbord', async () => {
    const pagina = await browser.newPage({ viewport: { width: 390, height: 800 } })
    await proefpagina(pagina, server.url, '<werkwijzer-chat modus="launcher"></werkwijzer-chat>')
    const launcher = pagina.locator('werkwijzer-chat[modus=launcher]')
    await tabNaar(pagina, (f) => f.tekst === 'Vraag het de Werkwijzer', 80)
    await pagina.keyboard.press('Enter')
    await expect.poll(async () => (await focusIn(pagina)).tekst).toBe('Werkwijzer')
    await tabNaar(pagina, (f) => f.tekst === 'Praat met een medewerker')
    await pagina.keyboard.press('Space')
    await launcher.locator('.ww-contact').getByRole('link', { name: '14 0592' }).waitFor()
    await pagina.keyboard.press('Escape')
    await expect.poll(async () => (await focusIn(pagina)).tekst).toBe('Vraag het de Werkwijzer')
    await pagina.close()
  })
})

describe('de demopagina', () => {
  it('geeft geen CSP-overtreding en geen fout in de console', async () => {
    const pagina = await browser.newPage({ viewport: { width: 360, height: 740 } })
    const fouten: string[] = []
    pagina.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') fouten.push(`${m.type()}: ${m.text()}`)
    })
    pagina.on('pageerror', (e) => fouten.push(`pageerror: ${e.message}`))
    await pagina.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        ;(window as unknown as { csp: string[] }).csp ??= []
        ;(window as unknown as { csp: string[] }).csp.push(`${e.violatedDirective} ${e.blockedURI}`)
      })
    })
    const antwoord = await pagina.goto(`${server.url}/`)
    expect(antwoord?.headers()['content-security-policy']).toContain("script-src 'self'")
    const widget = pagina.locator('werkwijzer-chat[modus=inline]')
    await widget.getByRole('button', { name: 'Begin met de vragen' }).click()
    await widget.getByRole('button', { name: 'Ja', exact: true }).click()
    await widget.getByLabel('Leeftijd in jaren').waitFor()
    // Back at the top, the inline widget is off screen: the launcher is there again.
    await pagina.evaluate(() => window.scrollTo(0, 0))
    await pagina.getByRole('button', { name: 'Vraag het de Werkwijzer' }).click()
    await pagina
      .locator('werkwijzer-chat[modus=launcher]')
      .getByRole('button', { name: 'Praat met een medewerker' })
      .click()
    await pagina
      .locator('werkwijzer-chat[modus=launcher]')
      .locator('.ww-contact')
      .getByRole('link', { name: '14 0592' })
      .waitFor()
    // The styles came through (constructable stylesheet): the launcher is fixed, not in the flow.
    const positie = await pagina
      .getByRole('button', { name: 'Vraag het de Werkwijzer' })
      .evaluate((e) => getComputedStyle(e).position)
    expect(positie).toBe('fixed')
    expect(await pagina.evaluate(() => (window as unknown as { csp?: string[] }).csp ?? [])).toEqual([])
    expect(fouten).toEqual([])
    await pagina.close()
  })
})
