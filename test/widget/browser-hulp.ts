/**
 * What the widget's browser tests share: a built widget, axe-core, the deep focus, and walking
 * a persona through the inline widget on the demo page (the server's Stap is the oracle).
 */
import { existsSync } from 'node:fs'
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { WIDGET_PAD } from '../../server/routes/widget/bestand.js'
import type { Stap } from '../../widget/api.js'
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

/** The conversation of the inline widget, read from sessionStorage and asked of the server. */
export async function huidigeStap(pagina: Page, basis: string): Promise<Stap> {
  const id = await pagina.evaluate(() => {
    for (let i = 0; i < sessionStorage.length; i++) {
      const sleutel = sessionStorage.key(i) ?? ''
      if (sleutel.includes('|inline|')) return sessionStorage.getItem(sleutel)
    }
    return null
  })
  if (!id) throw new Error('Geen gesprek in sessionStorage')
  const antwoord = await fetch(`${basis}/api/v1/gesprekken/${id}`)
  return (await antwoord.json()) as Stap
}

/** Waits until the server has one answer more than before (or the conversation ended). */
export async function wachtOpVolgende(pagina: Page, basis: string, vorige: Stap): Promise<Stap> {
  let nu = vorige
  await expect
    .poll(async () => {
      nu = await huidigeStap(pagina, basis)
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
): Promise<Stap> {
  let stap = await huidigeStap(pagina, basis)
  for (let i = 0; i < 40 && !stap.klaar && stap.vraag; i++) {
    await widget.getByRole('heading', { name: stap.vraag.tekst, exact: true }).waitFor()
    const zet = zetVoor(stap.vraag, situatie)
    if (zet.soort === 'getal') {
      await widget.getByLabel(stap.vraag.label ?? '', { exact: true }).fill(String(zet.waarde))
      await widget.getByRole('button', { name: 'Verstuur', exact: true }).click()
    } else {
      await widget.getByRole('button', { name: zet.label, exact: true }).first().click()
    }
    stap = await wachtOpVolgende(pagina, basis, stap)
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
