import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { zonderRuis } from '../../server/statistieken/ruis.js'
import { sqliteTeller } from '../../server/statistieken/sqlite.js'
import { vulMetTestdata } from '../statistieken-testdata.js'
import { axe, startBrowser, startServer, type TestServer } from './browser.js'

const TOKEN = 'een-geheim-beheertoken-van-32-tekens'
const SCHERMAFDRUK = fileURLToPath(new URL('../../docs/beheer.png', import.meta.url))
const SCHERMAFDRUK_SMAL = fileURLToPath(new URL('../../docs/beheer-320.png', import.meta.url))

let browser: Browser
let server: TestServer
const teller = sqliteTeller(':memory:')

beforeAll(async () => {
  vulMetTestdata(teller)
  await teller.leeg()
  ;[browser, server] = await Promise.all([
    startBrowser(),
    startServer({ teller, beheerToken: TOKEN, vandaag: () => '2026-11-23', statistiekRuis: zonderRuis }),
  ])
})
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close(), teller.close()])
})

describe('het beheerscherm in Chromium', () => {
  // axe on the whole dashboard, twice, and a full-page picture: longer than the 20 s of one step.
  it(
    'inloggen met het formulier, de cijfers zien, axe 0 fouten, en een schermafdruk',
    { timeout: 90_000 },
    async () => {
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
      // Whole weeks: 1 November is a Sunday, so its week from 26 October is shown.
      expect(await pagina.getByText('Van 2026-10-26 tot en met 2026-11-22.').count()).toBe(1)
      expect(await context.cookies()).toEqual([])

      const rij = pagina.getByRole('row', { name: /Hoe oud ben je\?/ }).first()
      expect(await rij.textContent()).toContain('130')
      // The trend, the drop-off per onderwerp, contact taps and feedback per outcome are on the page.
      for (const kop of ['Per week', 'Waar stoppen mensen?', 'Wat doen mensen nog meer?', 'Klopt het, per uitkomst?'])
        expect(await pagina.getByRole('heading', { name: kop, exact: true }).count(), kop).toBe(1)
      expect(await pagina.getByRole('img', { name: /Begonnen per week/ }).count()).toBe(1)
      // One drop-off chart per onderwerp with at least 5 conversations: the menu, alles and werkstage.
      expect(await pagina.getByRole('img', { name: /Waar stoppen mensen\?/ }).count()).toBe(3)
      // The stylesheet loaded (the header is coloured), so the CSP did not block it.
      const achtergrond = await pagina.locator('header').evaluate((el) => getComputedStyle(el).backgroundColor)
      expect(achtergrond).toBe('rgb(0, 86, 110)')

      expect(await axe(pagina)).toEqual([])
      expect(cspFouten).toEqual([])
      await pagina.screenshot({ path: SCHERMAFDRUK, fullPage: true })
      await context.close()
    },
  )

  it('op een telefoon van 320 px breed: axe 0 fouten, niets breder dan het scherm', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({
      viewport: { width: 320, height: 640 },
      extraHTTPHeaders: { Authorization: `Bearer ${TOKEN}` },
    })
    const pagina = await context.newPage()
    await pagina.goto(`${server.url}/beheer?van=2026-11-01&tot=2026-11-22`)
    await pagina.waitForSelector('h2#trend-kop')
    expect(await axe(pagina)).toEqual([])
    const breedte = await pagina.evaluate(() => document.documentElement.scrollWidth)
    expect(breedte).toBeLessThanOrEqual(320)
    await pagina.screenshot({ path: SCHERMAFDRUK_SMAL, fullPage: false })
    await context.close()
  })
})
