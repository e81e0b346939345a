/**
 * What the widget's browser tests share: a built widget, axe-core, the deep focus, and walking
 * a persona through the inline widget on the demo page (the server's Stap is the oracle).
 */
import { existsSync } from 'node:fs'
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import type { Stap } from '../../contract/index.js'
import { WIDGET_PAD } from '../../server/routes/widget/bestand.js'
import { zetVoor } from './persona.js'

/** The browser tests need dist/widget.js (`npm test` builds it first). */
export function eisGebouwdeWidget(): void {
  if (!existsSync(WIDGET_PAD)) {
    throw new Error(`${WIDGET_PAD} ontbreekt. Bouw de widget eerst: npm run build (npm test doet dat zelf).`)
  }
}

export { type AxeFout, axe } from '../browser/browser.js'

/** The element that really has focus, inside shadow roots. */
export function focusIn(pagina: Page) {
  return pagina.evaluate(() => {
    let a: Element | null = document.activeElement
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement
    return {
      tag: a?.tagName.toLowerCase() ?? '',
      tekst: (a?.textContent ?? '').trim(),
      label:
        a?.getAttribute('aria-label') ??
        (a?.id ? ((a.getRootNode() as ShadowRoot).querySelector?.(`label[for="${a.id}"]`)?.textContent ?? '') : ''),
    }
  })
}

/** The conversation of the inline (or launcher) widget, read from sessionStorage and asked of the server. */
export async function huidigeStap(pagina: Page, basis: string, modus: 'inline' | 'launcher' = 'inline'): Promise<Stap> {
  const id = await pagina.evaluate((modus) => {
    for (let i = 0; i < sessionStorage.length; i++) {
      const sleutel = sessionStorage.key(i) ?? ''
      if (sleutel.includes(`|${modus}|`) && !sleutel.endsWith(':stand')) return sessionStorage.getItem(sleutel)
    }
    return null
  }, modus)
  if (!id) throw new Error('Geen gesprek in sessionStorage')
  const antwoord = await fetch(`${basis}/api/v1/gesprekken/${id}`)
  return (await antwoord.json()) as Stap
}

/** Waits until the server has one answer more than before (or the conversation ended). */
export async function wachtOpVolgende(
  pagina: Page,
  basis: string,
  vorige: Stap,
  modus: 'inline' | 'launcher' = 'inline',
): Promise<Stap> {
  let nu = vorige
  await expect
    .poll(async () => {
      nu = await huidigeStap(pagina, basis, modus)
      return nu.klaar || nu.antwoorden.length > vorige.antwoorden.length
    })
    .toBe(true)
  return nu
}

/** Answers every question with the mouse until the outcome; calls `elkeStap` after each answer. */
export async function loopMetMuis(
  pagina: Page,
  widget: Locator,
  basis: string,
  situatie: Record<string, unknown>,
  elkeStap: (stap: Stap) => Promise<void> = async () => undefined,
  modus: 'inline' | 'launcher' = 'inline',
  /** The number field's button in the widget's language. */
  verstuur = 'Verstuur',
): Promise<Stap> {
  let stap = await huidigeStap(pagina, basis, modus)
  for (let i = 0; i < 40 && !stap.klaar && stap.vraag; i++) {
    await widget.getByRole('heading', { name: stap.vraag.tekst, exact: true }).waitFor()
    const zet = zetVoor(stap.vraag, situatie)
    if (zet.soort === 'getal') {
      await widget.getByLabel(stap.vraag.label ?? '', { exact: true }).fill(String(zet.waarde))
      await widget.getByRole('button', { name: verstuur, exact: true }).first().click()
    } else {
      await widget.getByRole('button', { name: zet.label, exact: true }).first().click()
    }
    stap = await wachtOpVolgende(pagina, basis, stap, modus)
    await elkeStap(stap)
  }
  return stap
}

/** The page is not wider than the screen: no horizontal scrolling. */
export function breedte(pagina: Page) {
  return pagina.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    scherm: document.documentElement.clientWidth,
  }))
}

/** Presses "Begin met de vragen" in an inline widget: a conversation starts on the first action. */
export async function beginInline(widget: Locator, eersteVraag = 'Woon je in Assen?'): Promise<void> {
  await widget.getByRole('button', { name: 'Begin met de vragen' }).click()
  await widget.getByRole('heading', { name: eersteVraag, exact: true }).waitFor()
}

/**
 * A host page of our own at `<basis>/proefpagina` (served by the test, not the app): the widget.js
 * of the server, the given elements and the host's own CSS, without a CSP.
 */
export async function proefpagina(pagina: Page, basis: string, inhoud: string, css = ''): Promise<void> {
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Proefpagina</title>
<style>${css}</style><script src="${basis}/widget.js" defer></script></head>
<body><main><h1>Proefpagina van een gemeente</h1><p>Tekst van de gemeente zelf.</p>${inhoud}</main></body></html>`
  await pagina.route(`${basis}/proefpagina`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  )
  await pagina.goto(`${basis}/proefpagina`)
}

export interface Misser {
  knop: string
  geraakt: string
}

/**
 * Taps every answer button of the open question at its centre, the way a thumb would, with the
 * button at the bottom of the screen (where a floating button sits): what does the tap hit?
 * Scrolling is the page's own; nothing is hidden for the test.
 */
export function tikAlleAntwoorden(widget: Locator): Promise<Misser[]> {
  return widget.evaluate(async (host) => {
    const root = host.shadowRoot as ShadowRoot
    const knoppen = [
      ...root.querySelectorAll<HTMLElement>('.ww-vraag .ww-keuzes button, .ww-vraag button[type=submit]'),
    ]
    const frame = () => new Promise((klaar) => requestAnimationFrame(() => requestAnimationFrame(klaar)))
    const missers: { knop: string; geraakt: string }[] = []
    for (const knop of knoppen) {
      knop.scrollIntoView({ block: 'end' })
      await frame()
      const r = knop.getBoundingClientRect()
      const raak = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
      if (!raak || !(raak === knop || knop.contains(raak))) {
        missers.push({
          knop: knop.textContent ?? '',
          geraakt: raak ? `${raak.tagName} ${(raak.textContent ?? '').slice(0, 40)}` : 'niets',
        })
      }
    }
    return missers
  })
}
