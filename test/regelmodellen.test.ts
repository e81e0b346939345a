/**
 * The test cases of every rules model, as data (`regels/<model>.gevallen.yaml`), run by one runner in
 * the manner of OpenFisca and regelrecht: per case a peildatum, the facts and the expected outcome.
 * Only what a case names is compared.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { z } from 'zod'
import { evaluate, FeitenSchema, VOORZIENINGEN } from '../rules/index.js'
import { laadRegelmodel, REGELS_MAP } from '../server/regels.js'

const oordeel = z.enum(['mogelijk', 'niet', 'onbekend'])
const voorziening = z.enum(VOORZIENINGEN)
const GevalSchema = z
  .object({
    naam: z.string(),
    peildatum: z.iso.date(),
    situatie: FeitenSchema,
    doelgroep: z.enum(['ja', 'nee', 'onbekend']).optional(),
    verwijzing: z.enum(['uwv', 'andere-gemeente', 'onderwijs', 'aow']).optional(),
    oordelen: z.partialRecord(voorziening, oordeel).optional(),
    ontbrekend: z.partialRecord(z.union([voorziening, z.literal('doelgroep')]), z.array(z.string())).optional(),
    artikelen: z.partialRecord(z.union([voorziening, z.literal('doelgroep')]), z.array(z.string())).optional(),
    aandachtspunten: z
      .object({ bevat: z.array(z.string()).optional(), mist: z.array(z.string()).optional() })
      .strict()
      .optional(),
    rechten: z
      .object({ bevat: z.array(z.string()).optional(), mist: z.array(z.string()).optional() })
      .strict()
      .optional(),
  })
  .strict()

const bestanden = readdirSync(REGELS_MAP).filter((b) => b.endsWith('.gevallen.yaml'))

describe('elk regelmodel heeft testgevallen als data', () => {
  it('er zijn gevallen voor elk model in regels/', () => {
    const modellen = readdirSync(REGELS_MAP).filter((b) => /^[a-z0-9-]+\.yaml$/.test(b) && !b.includes('.gevallen'))
    expect(bestanden.map((b) => b.replace('.gevallen.yaml', '.yaml')).sort()).toEqual(modellen.sort())
  })
})

describe.each(bestanden)('%s', (bestand) => {
  const model = laadRegelmodel(bestand.replace('.gevallen.yaml', ''))
  const gevallen = z.array(GevalSchema).parse(parse(readFileSync(`${REGELS_MAP}${bestand}`, 'utf8')))

  it.each(gevallen)('$naam', (geval) => {
    const uitkomst = evaluate(geval.situatie, geval.peildatum, model)
    if (geval.doelgroep) expect(uitkomst.doelgroep.oordeel).toBe(geval.doelgroep)
    if (geval.verwijzing) expect(uitkomst.doelgroep.verwijzing).toBe(geval.verwijzing)
    for (const [id, verwacht] of Object.entries(geval.oordelen ?? {}))
      expect(uitkomst.uitkomsten.find((u) => u.voorziening === id)?.oordeel, id).toBe(verwacht)
    const van = (id: string) =>
      id === 'doelgroep' ? uitkomst.doelgroep : uitkomst.uitkomsten.find((u) => u.voorziening === id)
    for (const [id, velden] of Object.entries(geval.ontbrekend ?? {})) expect(van(id)?.ontbrekend, id).toEqual(velden)
    for (const [id, artikelen] of Object.entries(geval.artikelen ?? {}))
      expect(
        van(id)?.redenen.map((r) => r.artikel),
        id,
      ).toEqual(artikelen)
    const sleutels = uitkomst.aandachtspunten.map((a) => a.sleutel)
    for (const sleutel of geval.aandachtspunten?.bevat ?? []) expect(sleutels).toContain(sleutel)
    for (const sleutel of geval.aandachtspunten?.mist ?? []) expect(sleutels).not.toContain(sleutel)
    const rechten = uitkomst.rechten.map((a) => a.sleutel)
    for (const sleutel of geval.rechten?.bevat ?? []) expect(rechten).toContain(sleutel)
    for (const sleutel of geval.rechten?.mist ?? []) expect(rechten).not.toContain(sleutel)
  })
})
