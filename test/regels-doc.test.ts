/**
 * docs/regels.md describes the rules in our own words; this keeps it in step with rules/: every voorziening
 * with the articles and conditions its rule uses (on both sides of 2017-01-01), every note, every dated
 * parameter and date, and the AOW age of every year.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { doelgroep } from '../rules/doelgroep.js'
import {
  AANDACHTSPUNTEN,
  ALLE_VOORZIENINGEN,
  AOW_LEEFTIJD,
  BESCHUT_WERK_2017,
  GELDIG_TOT,
  GELDIG_VAN,
  INWERKINGTREDING,
  LANDELIJKE_NORISK_JOBCOACH,
  NIEUWE_REGELS_JONGEREN,
  OVERGANGSRECHT_TOT,
  PARAMETERS,
  VAST_CONTRACT_MAANDEN,
} from '../rules/index.js'
import type { Conditie } from '../rules/logica.js'

const doc = readFileSync(new URL('../docs/regels.md', import.meta.url), 'utf8')

/** The text under a heading, up to the next heading of the same or a higher level. */
function sectie(kop: string): string {
  const regels = doc.split('\n')
  const start = regels.findIndex((r) => r.replace(/^#+\s*/, '') === kop && r.startsWith('#'))
  expect(start, `kop "${kop}" in docs/regels.md`).toBeGreaterThanOrEqual(0)
  const niveau = (regels[start]?.match(/^#+/)?.[0] ?? '#').length
  const einde = regels.findIndex((r, i) => i > start && /^#+\s/.test(r) && (r.match(/^#+/)?.[0].length ?? 9) <= niveau)
  return regels.slice(start + 1, einde === -1 ? undefined : einde).join('\n')
}

/** The articles and the named conditions of a condition tree. */
function inhoud(boom: Conditie): { artikelen: Set<string>; ids: Set<string> } {
  const artikelen = new Set<string>()
  const ids = new Set<string>()
  const loop = (c: Conditie) => {
    if (c.artikel) artikelen.add(c.artikel)
    if (c.id && (c.soort === 'blad' || c.teksten)) ids.add(c.id)
    if (c.soort !== 'blad') c.delen.forEach(loop)
  }
  loop(boom)
  return { artikelen, ids }
}

const vanDoelgroep = inhoud(doelgroep)
/** A table row that starts with this cell. */
const rij = (cel: string) => doc.split('\n').find((r) => r.startsWith(`| ${cel} |`))

describe('docs/regels.md volgt rules/', () => {
  it('de doelgroep noemt elk artikel van D1 tot en met D4', () => {
    const tekst = sectie('Doelgroep (art. 1)')
    for (const artikel of vanDoelgroep.artikelen)
      for (const deel of artikel.split('; ')) expect(tekst, artikel).toContain(deel)
  })

  it.each(ALLE_VOORZIENINGEN.map((v) => [v.id, v] as const))('%s: artikel, voorwaarden en hun artikelen', (id, v) => {
    const tekst = sectie(`\`${id}\``)
    expect(tekst).toContain(`Artikel: ${v.artikel}.`)
    for (const peildatum of ['2016-12-31', BESCHUT_WERK_2017]) {
      const { artikelen, ids } = inhoud(v.conditie({ peildatum }))
      for (const artikel of artikelen) {
        if (vanDoelgroep.artikelen.has(artikel)) continue
        expect(tekst, `${artikel} (${peildatum})`).toContain(artikel)
      }
      for (const conditie of ids) {
        if (vanDoelgroep.ids.has(conditie) || conditie === 'doelgroep') continue
        expect(tekst, `${conditie} (${peildatum})`).toContain(`\`${conditie}\``)
      }
    }
  })

  it('elk aandachtspunt staat in de tabel, met zijn artikel', () => {
    for (const { sleutel, artikel } of AANDACHTSPUNTEN) expect(rij(`\`${sleutel}\``), sleutel).toContain(artikel)
  })

  it('elke parameter staat in de tabel, met zijn waarden en begindatum', () => {
    for (const [naam, reeks] of Object.entries(PARAMETERS)) {
      const regel = rij(`\`${naam}\``)
      expect(regel, naam).toBeDefined()
      for (const { waarde, van } of reeks) {
        expect(regel, naam).toContain(van)
        const getallen = typeof waarde === 'number' ? [waarde] : Object.values(waarde)
        for (const getal of getallen) expect(regel, `${naam}: ${getal}`).toMatch(new RegExp(`\\b${getal}\\b`))
      }
    }
  })

  it('elke datum waarop regels veranderen, staat er met haar waarde', () => {
    const datums = {
      GELDIG_VAN,
      GELDIG_TOT,
      INWERKINGTREDING,
      OVERGANGSRECHT_TOT,
      LANDELIJKE_NORISK_JOBCOACH,
      BESCHUT_WERK_2017,
      NIEUWE_REGELS_JONGEREN,
    }
    for (const [naam, datum] of Object.entries(datums)) expect(rij(`\`${naam}\``), naam).toContain(`| ${datum} |`)
    expect(doc).toContain(`\`VAST_CONTRACT_MAANDEN\``)
    expect(doc).toContain(`${VAST_CONTRACT_MAANDEN}`)
  })

  it('de AOW-leeftijd van elk jaar staat in de tabel', () => {
    for (const [jaar, { jaren, maanden }] of Object.entries(AOW_LEEFTIJD))
      expect(rij(jaar), jaar).toBe(`| ${jaar} | ${jaren} jaar ${maanden} maanden |`)
  })
})
