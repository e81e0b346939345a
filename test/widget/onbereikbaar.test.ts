// @vitest-environment happy-dom
/**
 * A widget on a site whose server it cannot reach (the origin is not in ALLOWED_ORIGINS, the server is
 * down, a proxy blocks it): the resident gets the gemeente's phone number from the embed's `telefoon`
 * attribute, as a link, instead of only "Er is geen verbinding".
 */
import { describe, expect, it } from 'vitest'
import { definieer } from '../../widget/element.js'

const wacht = async (klaar: () => boolean) => {
  for (let i = 0; i < 200 && !klaar(); i++) await new Promise((r) => setTimeout(r, 10))
}

describe('<werkwijzer-chat> zonder verbinding met de server', () => {
  it('toont het telefoonnummer uit het attribuut telefoon als link', async () => {
    // As a browser reports a refused CORS preflight: a TypeError, no status.
    globalThis.fetch = (async () => {
      throw new TypeError('Failed to fetch')
    }) as typeof fetch
    definieer('http://localhost:8787')
    const chat = document.createElement('werkwijzer-chat')
    chat.setAttribute('telefoon', '0123 45 67 89')
    document.body.append(chat)
    const wortel = chat.shadowRoot as ShadowRoot
    await wacht(() => Boolean(wortel.querySelector('.ww-begin button')))
    ;(wortel.querySelector('.ww-begin button') as HTMLButtonElement).click()
    await wacht(() => Boolean(wortel.querySelector('[role="alert"]')))
    const alarm = wortel.querySelector('[role="alert"]') as HTMLElement
    expect(alarm.textContent).toContain('Er is geen verbinding.')
    expect(alarm.textContent).toContain('Lukt het niet? Bel dan 0123 45 67 89.')
    expect(alarm.querySelector('a[href="tel:0123456789"]')?.textContent).toBe('0123 45 67 89')

    // Without the attribute (and no profile ever loaded) there is no number to show, and no empty sentence.
    chat.removeAttribute('telefoon')
    await wacht(() => !wortel.textContent?.includes('Bel dan'))
    expect(wortel.textContent).not.toContain('Bel dan')
    chat.remove()
  })
})
