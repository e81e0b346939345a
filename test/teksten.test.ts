import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate } from '../rules/index.js'
import { maakWeergever } from '../server/weergave.js'
import { peildatumArb, situatieArb } from './arbitraries.js'
import { assen, teksten } from './helpers.js'
import { ASSEN } from './regelmodel.js'

describe('elke tekst die de regels kunnen geven, bestaat in het Nederlands', () => {
  it('geen ruwe sleutel en geen lege {{plek}} in redenen en aandachtspunten', () => {
    const t = teksten.t('nl')
    fc.assert(
      fc.property(situatieArb, peildatumArb, (s, p) => {
        const e = maakWeergever(t, assen, s).evaluatie(evaluate(s, p, ASSEN))
        const alle = [...e.doelgroep.redenen, ...e.uitkomsten.flatMap((u) => u.redenen), ...e.aandachtspunten]
        for (const r of alle) {
          expect(r.uitleg, r.artikel).not.toMatch(/^[\w-]+(\.[\w-]+)+$/)
          expect(r.uitleg).not.toContain('{{')
          expect(r.uitleg).not.toMatch(/undefined|NaN/)
        }
        for (const u of e.uitkomsten) expect(u.naam).not.toContain('.')
      }),
      { numRuns: 2000 },
    )
  })
})
