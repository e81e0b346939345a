/**
 * A happy-dom window for component tests that also run the real server in the same file.
 * Vitest's happy-dom environment rewrites `import.meta.url` for browser code, which the server
 * needs to find its files; so these tests run in Node and borrow only the DOM from happy-dom.
 * Node's own globals (URL, fetch, Request, Event, ...) stay as they are.
 */
import { Window } from 'happy-dom'

export function leenDom(url = 'http://localhost:8787/'): Window {
  const venster = new Window({ url })
  const g = globalThis as Record<string, unknown>
  for (const sleutel of Object.getOwnPropertyNames(venster)) {
    if (sleutel in g || sleutel.startsWith('_')) continue
    Object.defineProperty(g, sleutel, {
      value: (venster as unknown as Record<string, unknown>)[sleutel],
      configurable: true,
      writable: true,
    })
  }
  g.window = venster
  g.document = venster.document
  return venster
}

leenDom()
