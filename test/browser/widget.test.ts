/**
 * The widget in Chromium on the demo page, by mouse: Samira to the outcome on a 320 px screen,
 * axe-core at every stage, reload, "Wis mijn gegevens", and the screenshot for the README.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  axe,
  beginInline,
  breedte,
  eisGebouwdeWidget,
  huidigeStap,
  loopMetMuis,
  proefpagina,
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

async function demo(breed = 1024, hoog = 900): Promise<Page> {
  const pagina = await browser.newPage({ viewport: { width: breed, height: hoog } })
  await pagina.goto(`${server.url}/`)
  await beginInline(pagina.locator('werkwijzer-chat[modus=inline]'))
  return pagina
}

describe('de widget in Chromium, met de muis', () => {
  it('axe: 0 fouten op de demopagina voor de start, en met de launcher dicht en open', async () => {
    const demopagina = await browser.newPage({ viewport: { width: 1024, height: 900 } })
    await demopagina.goto(`${server.url}/`)
    await demopagina.getByRole('button', { name: 'Begin met de vragen' }).waitFor()
    expect(await axe(demopagina), 'voor de start').toEqual([])
    await demopagina.close()

    // The launcher alone (on the demo page it steps aside while the inline widget is on screen).
    const pagina = await browser.newPage({ viewport: { width: 1024, height: 900 } })
    await proefpagina(pagina, server.url, '<werkwijzer-chat modus="launcher"></werkwijzer-chat>')
    await pagina.getByRole('button', { name: 'Vraag het de Werkwijzer' }).waitFor()
    expect(await axe(pagina), 'launcher dicht').toEqual([])
    await pagina.getByRole('button', { name: 'Vraag het de Werkwijzer' }).click()
    const paneel = pagina.locator('werkwijzer-chat[modus=launcher]')
    await paneel.getByRole('heading', { name: 'Waar wil je meer over weten?' }).waitFor()
    expect(await axe(pagina), 'launcher open').toEqual([])
    await paneel.getByRole('button', { name: 'Sluiten' }).click()
    await expect
      .poll(() => pagina.getByRole('button', { name: 'Vraag het de Werkwijzer' }).getAttribute('aria-expanded'))
      .toBe('false')
    await pagina.close()
  })

  it(
    'Samira komt op 320 px bij de uitkomst, zonder horizontaal scrollen; axe halverwege en op de uitkomst',
    { timeout: 90_000 },
    async () => {
      const pagina = await demo(320, 640)
      const widget = pagina.locator('werkwijzer-chat[modus=inline]')
      expect(await breedte(pagina)).toEqual({ scroll: 320, scherm: 320 })
      let halverwege = false
      const eind = await loopMetMuis(pagina, widget, server.url, SAMIRA.situatie, async (stap) => {
        const { scroll, scherm } = await breedte(pagina)
        expect(scroll, `bij ${stap.vraag?.id ?? 'de uitkomst'}`).toBeLessThanOrEqual(scherm)
        if (!halverwege && stap.antwoorden.length >= 4 && stap.vraag) {
          halverwege = true
          await widget.getByRole('heading', { name: stap.vraag.tekst, exact: true }).waitFor()
          expect(await axe(pagina), 'halverwege').toEqual([])
        }
      })
      expect(eind.klaar).toBe(true)
      const kop = widget.getByRole('heading', { name: 'Wat misschien bij je past' })
      await kop.waitFor()
      const oordelen = Object.fromEntries((eind.uitkomsten ?? []).map((u) => [u.voorziening, u.oordeel]))
      expect(oordelen).toEqual(SAMIRA.verwacht.oordelen)
      await widget.getByRole('heading', { name: /^Past misschien bij jou/ }).waitFor()
      await widget.getByText('Waarom?').first().click()
      await widget
        .getByText(/^Werkstage/)
        .first()
        .waitFor()
      expect(await breedte(pagina)).toEqual({ scroll: 320, scherm: 320 })
      expect(await axe(pagina), 'uitkomst').toEqual([])

      // The picture for the README: the outcome at a phone-like width, without the floating launcher on top.
      await pagina.setViewportSize({ width: 480, height: 1100 })
      await pagina.locator('werkwijzer-chat[modus=launcher]').evaluate((e) => {
        ;(e as HTMLElement).hidden = true
      })
      await kop.evaluate((e) => e.scrollIntoView({ block: 'start' }))
      const vak = await widget.boundingBox()
      if (!vak) throw new Error('De widget is niet te zien')
      await pagina.screenshot({ path: 'docs/widget.png', clip: { x: vak.x, y: 0, width: vak.width, height: 1100 } })
      await pagina.close()
    },
  )

  it('na herladen staat dezelfde vraag er weer, met de antwoorden', async () => {
    const pagina = await demo()
    const widget = pagina.locator('werkwijzer-chat[modus=inline]')
    let stap = await huidigeStap(pagina, server.url)
    await widget.getByRole('button', { name: 'Ja', exact: true }).click()
    stap = await wachtOpVolgende(pagina, server.url, stap)
    await widget.getByLabel('Leeftijd in jaren').fill('34')
    await widget.getByRole('button', { name: 'Verstuur' }).click()
    stap = await wachtOpVolgende(pagina, server.url, stap)
    await pagina.reload()
    await widget.getByRole('heading', { name: stap.vraag?.tekst ?? '?', exact: true }).waitFor()
    expect(await widget.getByRole('log', { name: 'Gesprek met de Werkwijzer' }).textContent()).toContain('34 jaar')
    expect((await huidigeStap(pagina, server.url)).gesprek).toBe(stap.gesprek)
    await pagina.close()
  })

  it('"Wis mijn gegevens": het oude gesprek geeft 404 en er begint een nieuw', async () => {
    const pagina = await demo()
    const widget = pagina.locator('werkwijzer-chat[modus=inline]')
    const oud = await huidigeStap(pagina, server.url)
    await widget.getByRole('button', { name: 'Ja', exact: true }).click()
    await wachtOpVolgende(pagina, server.url, oud)
    await widget.getByRole('button', { name: 'Wis mijn gegevens' }).click()
    await widget.getByRole('button', { name: 'Ja, wis mijn gegevens' }).click()
    await widget.getByText('Je antwoorden zijn gewist. Je kunt opnieuw beginnen.').waitFor()
    expect((await fetch(`${server.url}/api/v1/gesprekken/${oud.gesprek}`)).status).toBe(404)
    expect((await huidigeStap(pagina, server.url)).gesprek).not.toBe(oud.gesprek)
    await pagina.close()
  })
})
