import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sqliteTeller } from '../../server/statistieken/sqlite.js'
import { vulMetTestdata } from '../statistieken-testdata.js'
import { axe, startBrowser, startServer, type TestServer } from './browser.js'

const TOKEN = 'een-geheim-beheertoken-van-32-tekens'
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
