/** The budget of issue 5: widget.js at most 25 KB gzip. `npm test` builds it first. */
import { existsSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { WIDGET_PAD } from '../../server/routes/widget/bestand.js'

const BUDGET = 25 * 1024

describe('widget.js', () => {
  it('is hoogstens 25 KB gzip', () => {
    if (!existsSync(WIDGET_PAD)) throw new Error(`${WIDGET_PAD} ontbreekt: voer eerst npm run build uit.`)
    const gzip = gzipSync(readFileSync(WIDGET_PAD), { level: 9 }).length
    expect(gzip, `widget.js is ${(gzip / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(BUDGET)
  })

  it('bevat geen eval en geen new Function (strenge CSP)', () => {
    if (!existsSync(WIDGET_PAD)) throw new Error(`${WIDGET_PAD} ontbreekt: voer eerst npm run build uit.`)
    const code = readFileSync(WIDGET_PAD, 'utf8')
    expect(code).not.toMatch(/\beval\(|new Function\(/)
  })

  it('bevat geen zod: de widget haalt waarden alleen uit contract/waarden.ts', () => {
    if (!existsSync(WIDGET_PAD)) throw new Error(`${WIDGET_PAD} ontbreekt: voer eerst npm run build uit.`)
    const code = readFileSync(WIDGET_PAD, 'utf8')
    // zod names its classes in strings that survive minifying.
    expect(code).not.toMatch(/\$ZodType|ZodError/)
  })
})
