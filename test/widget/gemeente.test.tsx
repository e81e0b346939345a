/**
 * Issue 28: the widget's `gemeente` attribute, against a real app with two gemeenten (Assen first,
 * Voorbeeldstad second). With it the conversation, the texts, the profile, the counts and the privacy
 * link are Voorbeeldstad's; without it, the server's first gemeente.
 */
// First: the DOM must exist before the element is defined.
import './dom.js'
import { afterAll, describe, expect, it } from 'vitest'
import { laadGemeente } from '../../server/gemeente.js'
import { definieer } from '../../widget/element.js'
import { assen, testApp } from '../helpers.js'

const BASIS = 'http://localhost:8787'
const voorbeeldstad = laadGemeente('voorbeeldstad')
const app = testApp({ gemeenten: [{ gemeente: assen }, { gemeente: voorbeeldstad }] })

/** Every request the widgets make, with its body, answered by the app. */
const verzoeken: { methode: string; pad: string; body?: string }[] = []
const echteFetch = globalThis.fetch
globalThis.fetch = (async (invoer: RequestInfo | URL, init?: RequestInit) => {
  const url = String(invoer)
  verzoeken.push({
    methode: init?.method ?? 'GET',
    pad: url.replace(BASIS, ''),
    ...(typeof init?.body === 'string' ? { body: init.body } : {}),
  })
  return app.request(url, init)
}) as typeof fetch
afterAll(() => {
  globalThis.fetch = echteFetch
})

const wacht = async (klaar: () => boolean) => {
  for (let i = 0; i < 300 && !klaar(); i++) await new Promise((r) => setTimeout(r, 10))
}

/** A `<werkwijzer-chat>` inline, begun; its shadow root once the first question is there. */
async function begin(gemeente?: string) {
  definieer(BASIS)
  const chat = document.createElement('werkwijzer-chat')
  chat.setAttribute('modus', 'inline')
  chat.setAttribute('onderwerp', 'alles')
  if (gemeente) chat.setAttribute('gemeente', gemeente)
  document.body.append(chat)
  const wortel = chat.shadowRoot as ShadowRoot
  await wacht(() => Boolean(wortel.querySelector('.ww-begin button')))
  ;(wortel.querySelector('.ww-begin button') as HTMLButtonElement).click()
  await wacht(() => Boolean(wortel.textContent?.includes('Woon je in')))
  return { chat, wortel }
}

describe('<werkwijzer-chat gemeente="…">', () => {
  it('met gemeente="voorbeeldstad": haar vraag, en de gemeente in elk verzoek dat bij geen gesprek hoort', async () => {
    verzoeken.length = 0
    const { chat, wortel } = await begin('voorbeeldstad')
    expect(wortel.textContent).toContain('Woon je in Voorbeeldstad?')
    expect(wortel.textContent).toContain(voorbeeldstad.contact.telefoon)
    const start = verzoeken.find((v) => v.methode === 'POST' && v.pad === '/api/v1/gesprekken')
    expect(JSON.parse(start?.body ?? '{}')).toMatchObject({ gemeente: 'voorbeeldstad' })
    const lezen = verzoeken.filter((v) => v.methode === 'GET').map((v) => v.pad)
    expect(lezen.some((p) => /^\/api\/v1\/teksten\/nl\?gemeente=voorbeeldstad$/.test(p))).toBe(true)
    expect(lezen.some((p) => /^\/api\/v1\/gemeente\?taal=nl&gemeente=voorbeeldstad$/.test(p))).toBe(true)
    // Everything about the conversation goes by its id: it knows its gemeente, so no ?gemeente= there.
    for (const v of verzoeken.filter((v) => v.pad.startsWith('/api/v1/gesprekken/'))) {
      expect(v.pad).not.toContain('gemeente=')
    }
    await wacht(() => Boolean(wortel.querySelector('a[href*="/privacy"]')))
    expect(wortel.querySelector('a[href*="/privacy"]')?.getAttribute('href')).toBe(
      // The gemeente's statement, in the widget's language.
      `${BASIS}/privacy?gemeente=voorbeeldstad&taal=nl`,
    )
    chat.remove()
  })

  it('zonder attribuut: de eerste gemeente van de server, en geen gemeente in de verzoeken', async () => {
    verzoeken.length = 0
    const { chat, wortel } = await begin()
    expect(wortel.textContent).toContain('Woon je in Assen?')
    const start = verzoeken.find((v) => v.methode === 'POST' && v.pad === '/api/v1/gesprekken')
    expect(JSON.parse(start?.body ?? '{}')).not.toHaveProperty('gemeente')
    expect(verzoeken.some((v) => v.pad.includes('gemeente='))).toBe(false)
    chat.remove()
  })
})
