/**
 * The resident's own language (issue 7): every language in `locales/talen.json` is complete,
 * keeps the placeholders, has no Dutch left except the legal names, and keeps those names
 * recognisable beside the translation. Reads whatever namespace files exist in `locales/nl/`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const LOCALES = fileURLToPath(new URL('../locales/', import.meta.url))
const lees = (pad: string): unknown => JSON.parse(readFileSync(`${LOCALES}${pad}`, 'utf8'))

interface Taal {
  code: string
  naam: string
  richting: string
}
const talen = lees('talen.json') as Taal[]
const anderen = talen.filter((t) => t.code !== 'nl')
const naamruimten = readdirSync(`${LOCALES}nl`)
  .filter((b) => b.endsWith('.json'))
  .map((b) => b.slice(0, -5))
  .sort()

/** Every string leaf as `key → text`. */
function plat(waarde: unknown, pad = '', uit = new Map<string, string>()): Map<string, string> {
  if (typeof waarde === 'string') uit.set(pad, waarde)
  else if (waarde && typeof waarde === 'object')
    for (const [k, v] of Object.entries(waarde)) plat(v, pad ? `${pad}.${k}` : k, uit)
  else uit.set(pad, String(waarde))
  return uit
}

const bron = (taal: string, ns: string) =>
  existsSync(`${LOCALES}${taal}/${ns}.json`) ? plat(lees(`${taal}/${ns}.json`)) : new Map<string, string>()

const plekken = (tekst: string) => [...new Set([...tekst.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]))].sort()

const nlRegels = plat(lees('nl/regels.json'))
const nlBegrippen = lees('nl/begrippen.json') as Record<string, { naam: string; uitleg: string }>
const koppeling = lees('voorzieningen-begrippen.json') as Record<string, string[]>
const voorzieningen = [...nlRegels.keys()]
  .filter((k) => /^voorzieningen\.[\w-]+\.naam$/.test(k))
  .map((k) => k.split('.')[1] as string)

const VERPLICHTE_BEGRIPPEN = [
  'participatieplaats',
  'loonkostensubsidie',
  'loonwaarde',
  'no-riskpolis',
  'startkwalificatie',
  'beschut-werk',
  'jobcoach',
  'detachering',
  'college',
  'consulent',
  'uitkering',
]

describe('de talen', () => {
  it('talen.json noemt Nederlands, Engels, Arabisch (rechts naar links), Turks, Pools en Oekraïens', () => {
    expect(talen.map((t) => t.code)).toEqual(expect.arrayContaining(['nl', 'en', 'ar', 'tr', 'pl', 'uk']))
    expect(talen.find((t) => t.code === 'ar')?.richting).toBe('rtl')
    for (const t of talen) expect(['ltr', 'rtl'], t.code).toContain(t.richting)
  })

  it('elke taal in talen.json heeft een map, en elke map staat in talen.json', () => {
    const mappen = readdirSync(LOCALES).filter((m) => statSync(`${LOCALES}${m}`).isDirectory())
    expect(mappen.sort()).toEqual(talen.map((t) => t.code).sort())
  })
})

describe.each(anderen)('$naam ($code) is compleet', ({ code }) => {
  it.each(naamruimten)('%s.json: dezelfde sleutels als nl', (ns) => {
    const nl = bron('nl', ns)
    const vertaald = bron(code, ns)
    expect(existsSync(`${LOCALES}${code}/${ns}.json`), `${code}/${ns}.json ontbreekt`).toBe(true)
    const ontbreekt = [...nl.keys()].filter((k) => !vertaald.has(k))
    const teVeel = [...vertaald.keys()].filter((k) => !nl.has(k))
    expect({ ontbreekt, teVeel }).toEqual({ ontbreekt: [], teVeel: [] })
  })

  it.each(naamruimten)('%s.json: dezelfde {{plekken}} en geen lege tekst', (ns) => {
    const nl = bron('nl', ns)
    const vertaald = bron(code, ns)
    const anders = [...nl]
      .filter(([k]) => vertaald.has(k))
      .filter(([k, tekst]) => plekken(tekst).join() !== plekken(vertaald.get(k) ?? '').join())
      .map(([k, tekst]) => `${k}: nl ${plekken(tekst)} / ${code} ${plekken(vertaald.get(k) ?? '')}`)
    const leeg = [...nl].filter(([k, tekst]) => tekst.trim() !== '' && vertaald.get(k)?.trim() === '').map(([k]) => k)
    expect({ anders, leeg }).toEqual({ anders: [], leeg: [] })
  })

  it('geen Nederlands meer, behalve de Nederlandse namen van regelingen', () => {
    const resten: string[] = []
    for (const ns of naamruimten)
      for (const [k, tekst] of bron(code, ns)) {
        const woord = nederlandsWoord(tekst, code)
        if (woord) resten.push(`${ns}:${k} ("${woord}"): ${tekst}`)
      }
    expect(resten).toEqual([])
  })

  it('elke voorziening houdt haar Nederlandse naam naast de vertaling', () => {
    const regels = bron(code, 'regels')
    const zonder = voorzieningen.filter((v) => {
      const naam = regels.get(`voorzieningen.${v}.naam`)?.toLowerCase() ?? ''
      return !(koppeling[v] ?? []).every((b) => naam.includes(nlBegrippen[b]?.naam.toLowerCase() ?? '?'))
    })
    expect(zonder).toEqual([])
  })

  it('de woordenlijst noemt de Nederlandse term en legt hem uit', () => {
    const begrippen = bron(code, 'begrippen')
    for (const [sleutel, { naam }] of Object.entries(nlBegrippen)) {
      expect(begrippen.get(`${sleutel}.naam`)?.toLowerCase(), sleutel).toContain(naam.toLowerCase())
      expect(begrippen.get(`${sleutel}.uitleg`), sleutel).not.toBe(nlBegrippen[sleutel]?.uitleg)
    }
  })
})

describe('de woordenlijst (begrippen.json)', () => {
  it.each(VERPLICHTE_BEGRIPPEN)('%s heeft een "Wat is dat?"-tekst', (begrip) => {
    expect(nlBegrippen[begrip]?.naam).toBeTruthy()
    expect(nlBegrippen[begrip]?.uitleg.length).toBeGreaterThan(10)
  })

  it.each(voorzieningen)('de voorziening %s heeft een begrip in de woordenlijst', (v) => {
    const begrippen = koppeling[v] ?? []
    expect(begrippen.length).toBeGreaterThan(0)
    const naam = nlRegels.get(`voorzieningen.${v}.naam`)?.toLowerCase() ?? ''
    for (const b of begrippen) {
      expect(nlBegrippen[b], b).toBeDefined()
      expect(naam).toContain(nlBegrippen[b]?.naam.toLowerCase())
    }
  })

  it('de koppeling noemt alleen bestaande voorzieningen', () => {
    expect(Object.keys(koppeling).sort()).toEqual([...voorzieningen].sort())
  })
})

/**
 * The Dutch names a translation keeps on purpose (the words the consulent uses), and proper names.
 * They are removed before looking for Dutch.
 */
const TOEGESTAAN = [
  ...Object.values(nlBegrippen).map((b) => b.naam),
  ...voorzieningen.map((v) => nlRegels.get(`voorzieningen.${v}.naam`) ?? ''),
  ...[...plat(lees('nl/gesprek.json'))].filter(([k]) => k.startsWith('keuzes.uitkering.')).map(([, t]) => t),
  'Werkwijzer',
  'bijstand',
  'Participatiewet',
  'Ziektewet',
  'Wajong',
  'nabestaandenuitkering',
  'Nabestaandenuitkering',
  'loonwaardemeting',
  'proefplaatsing',
  'werkzoekende',
  'Drentsche Aa',
]
  .filter(Boolean)
  .sort((a, b) => b.length - a.length)

/** Common Dutch function words; a language's own homographs are left out ("je", "dat" in Polish). */
const NEDERLANDS = ['je', 'het', 'niet', 'een', 'geen', 'wordt', 'bent', 'hebt', 'kunt', 'naar', 'ook', 'dat', 'voor']
const EIGEN: Record<string, string[]> = { pl: ['je', 'dat'] }

function nederlandsWoord(tekst: string, taal: string): string | undefined {
  let rest = tekst.replace(/\{\{[^}]+\}\}/g, ' ')
  rest = rest.toLowerCase()
  for (const naam of TOEGESTAAN) rest = rest.split(naam.toLowerCase()).join(' ')
  if (/\bde gemeente\b/.test(rest)) return 'de gemeente'
  return NEDERLANDS.filter((w) => !(EIGEN[taal] ?? []).includes(w)).find((w) =>
    new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, 'u').test(rest),
  )
}

describe('de controle op Nederlandse resten', () => {
  it('vindt Nederlands, maar niet in een toegestane naam', () => {
    expect(nederlandsWoord('You do not have a uitkering van het UWV.', 'en')).toBe('het')
    expect(nederlandsWoord('Ask de gemeente.', 'en')).toBe('de gemeente')
    expect(nederlandsWoord('A participatieplaats (unpaid work to practise).', 'en')).toBeUndefined()
    expect(nederlandsWoord('Czy je masz?', 'pl')).toBeUndefined()
  })
})
