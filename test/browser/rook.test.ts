import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowser, startServer, type TestServer } from './browser.js'

let browser: Browser
let server: TestServer

beforeAll(async () => {
  ;[browser, server] = await Promise.all([startBrowser(), startServer()])
})
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()])
})

describe('Chromium bereikt de server', () => {
  it('leest /health', async () => {
    const pagina = await browser.newPage()
    const antwoord = await pagina.goto(`${server.url}/health`)
    expect(antwoord?.status()).toBe(200)
    expect(await pagina.textContent('body')).toContain('"status":"ok"')
    await pagina.close()
  })
})
