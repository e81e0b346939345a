/**
 * The text field in Chromium: labelled, usable by keyboard (Enter sends), a proposal confirmed with its
 * button, axe 0 with the field and its answers in Dutch and in Arabic (right to left), and 320 px wide.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axe, breedte, eisGebouwdeWidget } from '../widget/browser-hulp.js'
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

async function demo(breed = 1024): Promise<Page> {
  const pagina = await browser.newPage({ viewport: { width: breed, height: 800 } })
  await pagina.goto(`${server.url}/`)
  const widget = pagina.locator('werkwijzer-chat[modus=inline]')
  // The inline widget starts a conversation on the first tap, not on page load.
  await widget.getByRole('button', { name: 'Begin met de vragen' }).click()
  await widget.getByRole('heading', { name: 'Woon je in Assen?' }).waitFor()
  return pagina
}

describe('het tekstveld in Chromium', () => {
  it('in het Nederlands: typen met Enter, een voorstel bevestigen, axe 0, ook op 320 px', async () => {
    const pagina = await demo(320)
    const widget = pagina.locator('werkwijzer-chat[modus=inline]')
    const veld = widget.getByRole('textbox', { name: 'Typ je antwoord of je vraag' })
    await veld.fill('ja hoor')
    await veld.press('Enter')
    await widget.getByRole('heading', { name: 'Hoe oud ben je?' }).waitFor()
    await veld.fill('bijna 40')
    await veld.press('Enter')
    const bevestig = widget.getByRole('button', { name: 'Ja, dat klopt' })
    await bevestig.waitFor()
    expect(await axe(pagina), 'met een voorstel').toEqual([])
    const { scroll, scherm } = await breedte(pagina)
    expect(scroll).toBeLessThanOrEqual(scherm)
    const hoog = await bevestig.boundingBox()
    expect(hoog?.height ?? 0).toBeGreaterThanOrEqual(44)
    await bevestig.click()
    await widget.getByRole('heading', { name: 'Welke uitkering heb je nu?' }).waitFor()
    const opgeslagen = await pagina.evaluate(() => JSON.stringify({ ...sessionStorage }))
    expect(opgeslagen).not.toContain('bijna')
    await pagina.close()
  })

  it('in het Arabisch: van rechts naar links, axe 0 met het veld en het contact van de gemeente', async () => {
    const pagina = await demo()
    const widget = pagina.locator('werkwijzer-chat[modus=inline]')
    await widget.getByRole('button', { name: /^Taal · .*: Nederlands$/ }).click()
    await widget.getByRole('button', { name: 'العربية' }).click()
    const veld = widget.getByRole('textbox', { name: 'اكتب إجابتك أو سؤالك' })
    await veld.waitFor()
    await veld.fill('أريد التحدث مع شخص')
    await widget.getByRole('button', { name: 'إرسال' }).click()
    await widget
      .getByText(/14 0592/)
      .first()
      .waitFor()
    // The widget's own container carries the direction (its styles live there, not on :host).
    expect(await widget.locator('.ww-wortel').getAttribute('dir')).toBe('rtl')
    expect(await axe(pagina), 'Arabisch met het veld').toEqual([])
    await pagina.close()
  })
})
