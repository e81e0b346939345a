/**
 * The privacy statement in Chromium (issue 26), in every language: axe with the WCAG 2.2 AA rules,
 * the contrast of every text computed from the page's own colours, nothing wider than a 320 px
 * screen, and the table of contents usable with the keyboard alone.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { laadGemeente } from '../../server/gemeente.js'
import { sqliteTeller } from '../../server/statistieken/sqlite.js'
import { teksten } from '../helpers.js'
import { axe, startBrowser, startServer, type TestServer } from './browser.js'

const TALEN = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const

let browser: Browser
let assen: TestServer
let voorbeeldstad: TestServer
const teller = sqliteTeller(':memory:')

beforeAll(async () => {
  ;[browser, assen, voorbeeldstad] = await Promise.all([
    startBrowser(),
    startServer({ teller }),
    startServer({ gemeente: laadGemeente('voorbeeldstad') }),
  ])
})
afterAll(async () => {
  await Promise.all([browser?.close(), assen?.close(), voorbeeldstad?.close(), teller.close()])
})

/**
 * The lowest contrast of any element with its own text against the background it stands on
 * (WCAG 2.x relative luminance), and where. The page has no transparency or images under text.
 */
function laagsteContrast(pagina: Page): Promise<{ ratio: number; waar: string }> {
  return pagina.evaluate(() => {
    const kanaal = (c: number) => {
      const s = c / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    }
    const rgb = (kleur: string) => (kleur.match(/\d+(\.\d+)?/g) ?? []).slice(0, 4).map(Number)
    const licht = ([r = 0, g = 0, b = 0]: number[]) => 0.2126 * kanaal(r) + 0.7152 * kanaal(g) + 0.0722 * kanaal(b)
    const achtergrond = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const kleur = rgb(getComputedStyle(e).backgroundColor)
        if (kleur.length === 3 || (kleur[3] ?? 0) > 0) return kleur
      }
      return [255, 255, 255]
    }
    let laagste = { ratio: 21, waar: '' }
    for (const el of document.body.querySelectorAll('*')) {
      const eigenTekst = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())
      if (!eigenTekst) continue
      const [a, b] = [licht(rgb(getComputedStyle(el).color)), licht(achtergrond(el))].sort((x, y) => y - x)
      const ratio = ((a ?? 0) + 0.05) / ((b ?? 0) + 0.05)
      if (ratio < laagste.ratio) laagste = { ratio, waar: `${el.tagName}: ${el.textContent?.slice(0, 40)}` }
    }
    return laagste
  })
}

describe.each(TALEN)('/privacy?taal=%s in Chromium', (taal) => {
  // One page per test: two gemeenten, one with a profile in every language and one with Dutch fallbacks.
  it.each([
    'assen',
    'voorbeeldstad',
  ] as const)('%s: axe 0 fouten, contrast minstens 4,5:1, en op 320 px niets breder dan het scherm', async (gemeente) => {
    const server = gemeente === 'assen' ? assen : voorbeeldstad
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } })
    const pagina = await context.newPage()
    const cspFouten: string[] = []
    pagina.on('console', (bericht) => {
      if (/Content Security Policy/i.test(bericht.text())) cspFouten.push(bericht.text())
    })
    const antwoord = await pagina.goto(`${server.url}/privacy?taal=${taal}`)
    expect(antwoord?.status()).toBe(200)
    expect(await pagina.getAttribute('html', 'lang')).toBe(taal)
    expect(await pagina.getAttribute('html', 'dir')).toBe(teksten.taal(taal).richting)
    expect(await axe(pagina)).toEqual([])
    const contrast = await laagsteContrast(pagina)
    expect(contrast.ratio, contrast.waar).toBeGreaterThanOrEqual(4.5)
    expect(await pagina.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    // The style loaded (the CSP let its hash through): the text column is the page's own font size.
    expect(await pagina.locator('body').evaluate((b) => getComputedStyle(b).fontSize)).toBe('18px')
    expect(cspFouten).toEqual([])
    await context.close()
  })
})

describe('/privacy met het toetsenbord', () => {
  it('Tab bereikt de inhoudsopgave met een zichtbare focus; Enter springt naar het deel', async () => {
    // A Dutch browser without ?taal= gets the Dutch page (Accept-Language).
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'nl-NL' })
    const pagina = await context.newPage()
    await pagina.goto(`${assen.url}/privacy`)
    expect(await pagina.getAttribute('html', 'lang')).toBe('nl')
    const t = teksten.t('nl', 'privacy')
    await pagina.keyboard.press('Tab')
    const eerste = await pagina.evaluate(() => {
      const el = document.activeElement as HTMLElement
      return {
        tekst: el.textContent,
        rand: getComputedStyle(el).outlineStyle,
        breedte: getComputedStyle(el).outlineWidth,
      }
    })
    expect(eerste.tekst).toBe(t('verantwoordelijk.kop'))
    expect(eerste.rand).not.toBe('none')
    expect(Number.parseFloat(eerste.breedte)).toBeGreaterThanOrEqual(2)
    // To the complaint section, the last entry, and follow it.
    for (let i = 1; i < 11; i++) await pagina.keyboard.press('Tab')
    expect(await pagina.evaluate(() => document.activeElement?.textContent)).toBe(t('klacht.kop'))
    await pagina.keyboard.press('Enter')
    await pagina.waitForFunction(() => location.hash === '#klacht')
    const kop = pagina.locator('#klacht')
    expect(await kop.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(640)
    await context.close()
  })
})
