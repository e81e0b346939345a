/**
 * Issue 10: the dashboard in Chromium. Logs in through the form (no cookie), shows the figures
 * of the test data, passes axe with 0 violations under its own strict CSP, and leaves a
 * screenshot in docs/beheer.png.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sqliteTeller } from '../../server/statistieken/sqlite.js'
import { vulMetTestdata } from '../statistieken-testdata.js'
import { startBrowser, startServer, type TestServer } from './browser.js'

const TOKEN = 'een-geheim-beheertoken-van-32-tekens'
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const SCHERMAFDRUK = fileURLToPath(new URL('../../docs/beheer.png', import.meta.url))

let browser: Browser
let server: TestServer
const teller = sqliteTeller(':memory:')

beforeAll(async () => {
  vulMetTestdata(teller)
  await teller.leeg()
  ;[browser, server] = await Promise.all([startBrowser(), startServer({ teller, beheerToken: TOKEN })])
})
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close(), teller.close()])
})

/** Runs axe in the page; `evaluate` goes through the DevTools protocol, so the page's CSP stays as it is. */
async function axe(pagina: Page) {
  await pagina.evaluate(AXE)
  return pagina.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global in the page
    const uitslag = await (window as any).axe.run(document, { resultTypes: ['violations'] })
    return uitslag.violations.map((v: { id: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      waar: v.nodes.map((n) => n.target.join(' ')),
    }))
  })
}

describe('het beheerscherm in Chromium', () => {
  it('inloggen met het formulier, de cijfers zien, axe 0 fouten, en een schermafdruk', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' })
    const pagina = await context.newPage()
    const cspFouten: string[] = []
    pagina.on('console', (bericht) => {
      if (/Content Security Policy/i.test(bericht.text())) cspFouten.push(bericht.text())
    })
    const eerste = await pagina.goto(`${server.url}/beheer`)
    expect(eerste?.status()).toBe(401)
    expect(await axe(pagina)).toEqual([])

    await pagina.getByLabel('Beheertoken').fill(TOKEN)
    await pagina.getByRole('button', { name: 'Toon de cijfers' }).click()
    await pagina.waitForSelector('h2#trechter-kop')
    expect(await context.cookies()).toEqual([])

    // The period form sends the token again from the page itself: a different period, still no cookie.
    await pagina.getByLabel('Van', { exact: true }).fill('2026-11-01')
    await pagina.getByRole('button', { name: 'Toon cijfers' }).click()
    await pagina.waitForSelector('h2#trechter-kop')
    expect(await pagina.getByText('Van 2026-11-01 tot en met 2026-11-22.').count()).toBe(1)
    expect(await context.cookies()).toEqual([])

    const rij = pagina.getByRole('row', { name: /Hoe oud ben je\?/ })
    expect(await rij.textContent()).toContain('131')
    expect(await pagina.getByRole('img', { name: /Waar stoppen mensen\?/ }).count()).toBe(1)
    // The stylesheet loaded (the header is coloured), so the CSP did not block it.
    const achtergrond = await pagina.locator('header').evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(achtergrond).toBe('rgb(0, 86, 110)')

    expect(await axe(pagina)).toEqual([])
    expect(cspFouten).toEqual([])
    await pagina.screenshot({ path: SCHERMAFDRUK, fullPage: true })
    await context.close()
  })
})
