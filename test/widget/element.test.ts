// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { definieer } from '../../widget/element.js'

describe('<werkwijzer-chat>', () => {
  it('is een custom element met een eigen Shadow DOM', () => {
    globalThis.fetch = (() => new Promise(() => undefined)) as typeof fetch
    definieer('http://localhost:8787')
    const chat = document.createElement('werkwijzer-chat')
    chat.setAttribute('modus', 'launcher')
    document.body.append(chat)
    expect(chat.shadowRoot).toBeTruthy()
    expect(chat.shadowRoot?.querySelector('button')?.textContent).toBe('Vraag het de Werkwijzer')
    expect(chat.shadowRoot?.querySelector('button')?.getAttribute('aria-expanded')).toBe('false')
    chat.remove()
  })
})
