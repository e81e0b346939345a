/**
 * docs/regels.md (and docs/regels-<model>.md) are made from the rules models by `npm run regels:doc`;
 * a committed document that differs from what the model gives fails here, so the documentation a
 * jurist reads is always the rules the software applies.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { laadRegelmodel, modellenIn, REGELS_MAP, STANDAARD_MODEL } from '../server/regels.js'
import { regelsDocument } from '../server/regels-doc.js'

const modellen = modellenIn(REGELS_MAP).filter((id) => !id.endsWith('.gevallen'))

describe('docs/regels*.md volgen de regelmodellen', () => {
  it.each(modellen)('%s', (id) => {
    const pad = new URL(`../docs/${id === STANDAARD_MODEL ? 'regels' : `regels-${id}`}.md`, import.meta.url)
    const gemaakt = regelsDocument(laadRegelmodel(id).data)
    expect(readFileSync(pad, 'utf8'), 'draai npm run regels:doc en commit het resultaat').toBe(gemaakt)
  })

  it('noemt elk artikel, elke voorziening, elk aandachtspunt en elke parameter met datum', () => {
    const model = laadRegelmodel(STANDAARD_MODEL).data
    const doc = regelsDocument(model)
    for (const artikel of Object.keys(model.artikelen)) expect(doc).toContain(`| ${artikel} |`)
    for (const id of Object.keys(model.voorzieningen)) expect(doc).toContain(`### \`${id}\``)
    for (const id of Object.keys(model.aandachtspunten)) expect(doc).toContain(`### \`${id}\``)
    for (const [id, reeks] of Object.entries(model.parameters))
      for (const r of reeks) expect(doc).toMatch(new RegExp(`\\| \`${id}\` \\| [^|]+ \\| ${r.van} \\|`))
    expect(doc).toContain('Vanaf 2017-01-01:')
  })
})
