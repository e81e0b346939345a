/**
 * A gemeente's own rules model, written by hand outside the project: it inherits Assen's, renumbers
 * an article and changes a parameter. Started as the real server (`GEMEENTE=/path/to/profile.json`),
 * the outcome follows the model; a fault in it stops start-up with a message that names the file.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { laadRegelmodel, RegelmodelFout } from '../server/regels.js'
import { procesHarnas, ROOT, SERVER } from './proces-hulp.js'
import { vrijePoort, wachtTot } from './redis-server.js'

const { map, start: startProces } = procesHarnas('regelmodel')

const MODEL = `# Een eigen model, met de hand geschreven
id: mijnstad-2016
erft: assen-2015
naam: Re-integratieverordening Mijnstad 2016
gemeente: Mijnstad
artikelnummers: { "art. 4": "art. 5" }
parameters:
  werkstageMaandenUitkering: [{ van: "2015-07-01", waarde: 24, bron: "art. 5 lid 1" }]
`

function schrijf(naam: string, tekst: string): string {
  const pad = join(map, naam)
  writeFileSync(pad, tekst)
  return pad
}

/** A profile (Voorbeeldstad's, renamed) that names a model file. */
function profiel(id: string, regels: string): string {
  const p = JSON.parse(readFileSync(join(ROOT, 'gemeenten/voorbeeldstad.json'), 'utf8'))
  return schrijf(`${id}.json`, JSON.stringify({ ...p, id, naam: 'Mijnstad', regels }))
}

const env = () => ({ PATH: process.env.PATH ?? '', HOST: '127.0.0.1', STATISTIEKEN_PAD: join(map, 's.db') })

async function start(gemeente: string): Promise<string> {
  const poort = await vrijePoort()
  startProces(process.execPath, [SERVER], {
    cwd: ROOT,
    env: { ...env(), PORT: String(poort), GEMEENTE: gemeente },
    stdio: 'ignore',
  })
  const basis = `http://127.0.0.1:${poort}`
  await wachtTot(
    () =>
      fetch(`${basis}/readyz`).then(
        (r) => r.ok,
        () => false,
      ),
    15_000,
  )
  return basis
}

const WERKSTAGE = {
  woontInGemeente: true,
  leeftijd: 40,
  uitkering: 'bijstand',
  afstandTotArbeidsmarkt: 'groot',
  ooitBetaaldGewerkt: true,
  jarenGeenWerkinkomen: 1,
}

async function werkstage(basis: string, maandenUitkering: number) {
  const r = await fetch(`${basis}/api/v1/checks`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ situatie: { ...WERKSTAGE, maandenUitkering }, peildatum: '2026-11-22' }),
  })
  const json = await r.json()
  return { json, uitkomst: json.uitkomsten.find((u: { voorziening: string }) => u.voorziening === 'werkstage') }
}

describe('een eigen regelmodel buiten het project, via het profiel', () => {
  it('werkstage met 18 maanden bijstand: niet, met art. 5 lid 1 en "24"; met 30: mogelijk; Assen zegt bij 18 mogelijk', async () => {
    const model = schrijf('mijnstad-2016.yaml', MODEL)
    const eigen = await start(profiel('mijnstad', model))
    const achttien = await werkstage(eigen, 18)
    expect(achttien.uitkomst.oordeel).toBe('niet')
    const artikelen = achttien.uitkomst.redenen.map((r: { artikel: string }) => r.artikel)
    expect(artikelen).toContain('art. 5 lid 1')
    // The verordening's art. 4 (the Awb's art. 4:1 is law, not renumbered).
    expect(JSON.stringify(achttien.json)).not.toMatch(/(?<!Awb )art\. 4\b(?!:)/)
    expect(achttien.uitkomst.redenen.map((r: { uitleg: string }) => r.uitleg).join(' ')).toContain('24')
    expect(achttien.json.regels).toMatchObject({
      model: 'mijnstad-2016',
      naam: 'Re-integratieverordening Mijnstad 2016',
    })
    expect((await werkstage(eigen, 30)).uitkomst.oordeel).toBe('mogelijk')

    const assen = await start('assen')
    const bijAssen = await werkstage(assen, 18)
    expect(bijAssen.uitkomst.oordeel).toBe('mogelijk')
    expect(bijAssen.uitkomst.redenen.map((r: { artikel: string }) => r.artikel)).toContain('art. 4 lid 1')
  }, 60_000)

  it('een van die geen datum is, stopt de start met een melding die het bestand noemt', () => {
    const model = schrijf(
      'gisteren-2016.yaml',
      MODEL.replace('id: mijnstad-2016', 'id: gisteren-2016').replace('"2015-07-01"', 'gisteren'),
    )
    const uit = spawnSync(process.execPath, [SERVER], {
      cwd: ROOT,
      env: { ...env(), PORT: '0', GEMEENTE: profiel('gisteren', model) },
      encoding: 'utf8',
      timeout: 10_000,
    })
    expect(uit.status).not.toBe(0)
    const melding = `${uit.stderr}${uit.stdout}`
    expect(melding).toContain(model)
    expect(melding).toContain('parameters.werkstageMaandenUitkering.0.van: geen datum')
    expect(melding).not.toMatch(/\n\s+at /)
  })
})

describe('een fout in een model zegt in gewoon Nederlands waar', () => {
  const fout = (naam: string, tekst: string) => {
    try {
      laadRegelmodel(schrijf(`${naam}.yaml`, tekst))
    } catch (e) {
      expect(e).toBeInstanceOf(RegelmodelFout)
      return (e as Error).message
    }
    throw new Error('geen fout')
  }
  const erf = (naam: string, rest: string) => `id: ${naam}\nerft: assen-2015\n${rest}`

  it('een onbekend feit', () => {
    const melding = fout(
      'feit-2016',
      erf(
        'feit-2016',
        'voorzieningen:\n  scholing:\n    artikel: art. 7\n    als: { id: x, feit: kleur, op: "=", waarde: rood, artikel: art. 7 }\n',
      ),
    )
    expect(melding).toContain('voorzieningen.scholing.als.feit: onbekend feit "kleur"')
  })

  it('een onbekende parameter', () => {
    const melding = fout(
      'param-2016',
      erf(
        'param-2016',
        'voorzieningen:\n  scholing:\n    artikel: art. 7\n    als: { id: x, feit: leeftijd, op: "≥", parameter: bestaatNiet, artikel: art. 7 }\n',
      ),
    )
    expect(melding).toContain('voorzieningen.scholing.als.parameter: onbekende parameter "bestaatNiet"')
  })

  it('een blad zonder artikel', () => {
    const melding = fout(
      'artikel-2016',
      erf(
        'artikel-2016',
        'voorzieningen:\n  scholing:\n    artikel: art. 7\n    als: { alle: [doelgroep, { id: x, feit: leeftijd, op: ">=", waarde: 18 }] }\n',
      ),
    )
    expect(melding).toContain('voorzieningen.scholing.als.alle[1]: een blad noemt zijn artikel')
  })

  it('een kring in erft', () => {
    schrijf('kring-a.yaml', 'id: kring-a\nerft: kring-b\n')
    schrijf('kring-b.yaml', 'id: kring-b\nerft: kring-a\n')
    expect(fout('kring-a', 'id: kring-a\nerft: kring-b\n')).toContain(
      'erft: een kring (kring-a erft van kring-b erft van kring-a)',
    )
  })

  it('een basismodel dat niet bestaat, en een artikelnummer dat de basis niet heeft', () => {
    expect(fout('wees-2016', 'id: wees-2016\nerft: bestaat-niet\n')).toContain('Regelmodel bestaat-niet bestaat niet')
    expect(fout('nummer-2016', erf('nummer-2016', 'artikelnummers: { "art. 99": "art. 100" }\n'))).toContain(
      'artikelnummers.art. 99: assen-2015 heeft geen art. 99',
    )
  })

  it('geen geldige YAML, met regel en kolom', () => {
    expect(fout('yaml-2016', 'id: yaml-2016\nerft: [assen\n')).toMatch(/is geen geldige YAML \(regel \d+, kolom \d+\)/)
  })
})
