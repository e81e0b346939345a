/**
 * Browser tests: a real server on a free port and Debian's Chromium driven by playwright-core.
 * Browsers cannot be downloaded here; `npm test`'s pretest installs `chromium` with apt-get.
 */
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { type Browser, chromium } from 'playwright-core'
import { createApp } from '../../server/app.js'
import type { Omgeving } from '../../server/context.js'
import { geheugenStore } from '../../server/store/geheugen.js'
import { assen, teksten } from '../helpers.js'

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

export function startBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS })
}

export interface TestServer {
  readonly url: string
  close(): Promise<void>
}

/** Serves the app (built from source, like `npm start` does from dist/) on a free loopback port. */
export async function startServer(extra: Partial<Omgeving> = {}): Promise<TestServer> {
  let basisUrl = ''
  const omgeving: Omgeving = {
    gemeente: assen,
    teksten,
    vandaag: () => '2026-11-22',
    get basisUrl() {
      return basisUrl
    },
    store: geheugenStore({ max: 1000, ttlMs: 60 * 60_000 }),
    ...extra,
  }
  return new Promise((resolve) => {
    const server = serve({ fetch: (req) => app.fetch(req), hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      basisUrl = `http://127.0.0.1:${info.port}`
      resolve({
        url: basisUrl,
        close: () => new Promise<void>((klaar) => server.close(() => klaar())),
      })
    })
    const app = createApp(omgeving)
  })
}
