/**
 * Every visible text of the widget, the summary page and /beheer in the colours the browser really
 * draws, for every theme we ship (the profiles in gemeenten/): at least 4.5:1, 3:1 for large text.
 * axe's "needs review" for colour contrast fails too (browser.ts). The summary button once had its
 * text in its own background colour: axe filed it as "needs review" and every test passed.
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { laadGemeente } from '../../server/gemeente.js'
import { sqliteTeller } from '../../server/statistieken/sqlite.js'
import { vulMetTestdata } from '../statistieken-testdata.js'
import { beginInline, eisGebouwdeWidget, huidigeStap, loopMetMuis, proefpagina } from '../widget/browser-hulp.js'
import { SAMIRA } from '../widget/persona.js'
import { axe, startBrowser, startServer, type TestServer } from './browser.js'
import { contrastFouten } from './contrast.js'

const THEMAS = readdirSync(fileURLToPath(new URL('../../gemeenten/', import.meta.url)))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
const TOKEN = 'een-geheim-beheertoken-van-32-tekens'
const TELEFOON = { width: 360, height: 740 }

let browser: Browser
const servers = new Map<string, TestServer>()
const teller = sqliteTeller(':memory:')

beforeAll(async () => {
  eisGebouwdeWidget()
  vulMetTestdata(teller)
  await teller.leeg()
  browser = await startBrowser()
  for (const id of THEMAS)
    servers.set(id, await startServer({ gemeente: laadGemeente(id), teller, beheerToken: TOKEN }))
})
afterAll(async () => {
  await Promise.all([browser?.close(), ...[...servers.values()].map((s) => s.close()), teller.close()])
})

/** Both checks on one state: the computed contrast of every text, and axe (violations and "needs review"). */
async function kijk(pagina: Page, staat: string) {
  expect(await contrastFouten(pagina), `contrast: ${staat}`).toEqual([])
  expect(await axe(pagina), `axe: ${staat}`).toEqual([])
}

describe('de contrastcontrole zelf', () => {
  it('ziet een knop met tekst in de kleur van zijn achtergrond, ook in een shadow root', async () => {
    const pagina = await browser.newPage()
    await pagina.setContent(`<!doctype html><html lang="nl"><body><div id="gast"></div></body></html>`)
    await pagina.evaluate(() => {
      const root = (document.getElementById('gast') as HTMLElement).attachShadow({ mode: 'open' })
      // The rule that beat the button's own: `.ww a` is more specific than `.ww-knop--hoofd`.
      root.innerHTML = `<style>.ww a{color:#00566e}.ww-knop--hoofd{background:#00566e;color:#fff;padding:8px}</style>
<div class="ww"><p>Goed te lezen.</p><a class="ww-knop--hoofd" href="#">Maak een overzicht</a></div>`
    })
    const fouten = await contrastFouten(pagina)
    expect(fouten.map((f) => f.tekst)).toEqual(['Maak een overzicht'])
    expect(fouten[0]?.verhouding).toBe(1)
    await pagina.close()
  })
})

describe.each(THEMAS)('thema van %s', (id) => {
  const profiel = laadGemeente(id)
  const server = () => servers.get(id) as TestServer

  // A whole conversation and two pages per theme: longer than the 20 s of a single step.
  it(
    'de widget: begin, vraag, getypt voorstel, fout, uitkomst met de knop voor het overzicht, het paneel',
    { timeout: 120_000 },
    async () => {
      const pagina = await browser.newPage({ viewport: TELEFOON })
      await pagina.goto(`${server().url}/`)
      const widget = pagina.locator('werkwijzer-chat[modus=inline]')
      await widget.getByRole('button', { name: 'Begin met de vragen' }).waitFor()
      await kijk(pagina, 'demopagina voor de start')
      await beginInline(widget, `Woon je in ${profiel.naam}?`)
      await kijk(pagina, 'eerste vraag')

      const veld = widget.getByRole('textbox', { name: 'Typ je antwoord of je vraag' })
      await veld.fill('ja hoor')
      await veld.press('Enter')
      await widget.getByRole('heading', { name: 'Hoe oud ben je?' }).waitFor()
      await veld.fill('bijna 40')
      await veld.press('Enter')
      await widget.getByRole('button', { name: 'Ja, dat klopt' }).waitFor()
      await kijk(pagina, 'getypt, met een voorstel')

      await pagina.context().setOffline(true)
      await widget.getByRole('button', { name: 'Weet ik niet' }).click()
      await widget.getByRole('alert').waitFor()
      await kijk(pagina, 'zonder verbinding')
      await pagina.context().setOffline(false)
      await widget.getByRole('button', { name: 'Probeer opnieuw' }).click()
      await expect.poll(async () => (await huidigeStap(pagina, server().url)).antwoorden.length).toBe(2)

      // Wijzig the age back to Samira's and go on to the outcome.
      const eind = await loopMetMuis(pagina, widget, server().url, SAMIRA.situatie)
      expect(eind.klaar).toBe(true)
      const knop = widget.getByRole('link', { name: /Maak een overzicht voor je gesprek/ })
      await knop.waitFor()
      await kijk(pagina, 'uitkomst')
      await widget.getByText(/^Past niet \(\d+\)$/).click()
      await widget.getByRole('button', { name: 'Praat met een medewerker' }).click()
      await kijk(pagina, 'uitkomst met alles open')
      await pagina.close()

      const paneel = await browser.newPage({ viewport: TELEFOON })
      await proefpagina(paneel, server().url, '<werkwijzer-chat modus="launcher"></werkwijzer-chat>')
      await kijk(paneel, 'launcher dicht')
      await paneel.getByRole('button', { name: 'Vraag het de Werkwijzer' }).click()
      await paneel.locator('werkwijzer-chat').getByRole('heading', { name: 'Waar wil je meer over weten?' }).waitFor()
      await kijk(paneel, 'launcher open')
      await paneel.close()
    },
  )

  it('het overzicht in het Nederlands en het Arabisch, en /beheer', { timeout: 120_000 }, async () => {
    for (const taal of ['nl', 'ar']) {
      const start = await fetch(`${server().url}/api/v1/gesprekken`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ onderwerp: 'alles', taal }),
      })
      const { gesprek } = (await start.json()) as { gesprek: string }
      const pagina = await browser.newPage({ viewport: TELEFOON })
      await pagina.goto(`${server().url}/api/v1/gesprekken/${gesprek}/samenvatting?formaat=html`)
      await kijk(pagina, `overzicht (${taal})`)
      await pagina.close()
    }
    const beheer = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await beheer.goto(`${server().url}/beheer`)
    await kijk(beheer, 'beheer: inloggen')
    await beheer.getByLabel('Beheertoken').fill(TOKEN)
    await beheer.getByRole('button', { name: 'Toon de cijfers' }).click()
    await beheer.waitForSelector('h2#trechter-kop')
    await kijk(beheer, 'beheer: de cijfers')
    // The dashboard's header is in the gemeente's colour, not Assen's.
    const kleur = await beheer.locator('header').evaluate((e) => getComputedStyle(e).backgroundColor)
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(profiel.thema.kleurPrimair.slice(i, i + 2), 16))
    expect(kleur).toBe(`rgb(${r}, ${g}, ${b})`)
    await beheer.close()
  })
})
