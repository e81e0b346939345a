/**
 * Browser tests: a real server on a free port and Debian's Chromium driven by playwright-core.
 * Browsers cannot be downloaded here; `npm test`'s pretest installs `chromium` with apt-get.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { type AddressInfo, createServer } from 'node:net'
import { serve } from '@hono/node-server'
import { type Browser, chromium, type Page } from 'playwright-core'
import { createApp } from '../../server/app.js'
import type { Omgeving } from '../../server/context.js'
import { geheugenStore } from '../../server/store/geheugen.js'
import { assen, teksten } from '../helpers.js'
import { chromiumPad, noteerBrowsers } from '../kinderen.js'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

/** Debian's Chromium, as a process of this test run: it dies with the worker if nothing closes it. */
export async function startBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: chromiumPad(), headless: true, args: CHROMIUM_ARGS })
  noteerBrowsers()
  return browser
}

export interface TestServer {
  readonly url: string
  close(): Promise<void>
}

/** A free loopback port (the OS picks one, then it is released for the server). */
export function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const proef = createServer()
    proef.once('error', reject)
    proef.listen(0, '127.0.0.1', () => {
      const { port } = proef.address() as AddressInfo
      proef.close(() => resolve(port))
    })
  })
}

/** Serves the app (built from source, like `npm start` does from dist/) on a free loopback port. */
export async function startServer(extra: Partial<Omgeving> = {}): Promise<TestServer> {
  const poort = await vrijePoort()
  const basisUrl = `http://127.0.0.1:${poort}`
  const app = createApp({
    gemeente: assen,
    teksten,
    vandaag: () => '2026-11-22',
    basisUrl,
    store: geheugenStore({ max: 1000, ttlMs: 60 * 60_000 }),
    ...extra,
  })
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: poort }, () => {
      resolve({ url: basisUrl, close: () => new Promise<void>((klaar) => server.close(() => klaar())) })
    })
  })
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeFout {
  id: string
  impact: string | null
  help: string
  doelen: string[]
}

/** axe-core in the page, injected through the debugger (not a script tag), so a strict CSP stays as it is. */
export async function laadAxe(pagina: Page): Promise<void> {
  if (!(await pagina.evaluate(() => 'axe' in window))) await pagina.evaluate(AXE)
}

/**
 * Every browser test checks accessibility the same way: axe-core with the WCAG 2.0/2.1/2.2 A and AA
 * rules. A colour contrast axe could not decide ("needs review": a colour it cannot read, text over
 * another element) counts as a failure too: that is how a button with text in its own background
 * colour passed before. One kind is left to `contrastFouten` (contrast.ts), which reads it: text
 * inside an SVG chart, which axe never decides (the <svg> around it is an "image node" to axe, and
 * it does not read the fill of the shapes behind the text; contrast.ts does).
 */
export async function axe(pagina: Page): Promise<AxeFout[]> {
  await laadAxe(pagina)
  return pagina.evaluate(async () => {
    type Knoop = { target: unknown; html: string }
    type Regel = { id: string; impact: string | null; help: string; nodes: Knoop[] }
    const uitslag = await (
      window as unknown as {
        axe: { run: (c: Document, o: unknown) => Promise<{ violations: Regel[]; incomplete: Regel[] }> }
      }
    ).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } })
    const svgTekst = (n: Knoop) => n.html.startsWith('<text')
    const twijfel = uitslag.incomplete
      .filter((r) => r.id === 'color-contrast')
      .map((r) => ({ ...r, id: 'color-contrast (needs review)', nodes: r.nodes.filter((n) => !svgTekst(n)) }))
      .filter((r) => r.nodes.length > 0)
    return [...uitslag.violations, ...twijfel].map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      doelen: v.nodes.map((n) => JSON.stringify(n.target)),
    }))
  })
}
