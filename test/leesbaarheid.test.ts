/**
 * Plain Dutch, measured (issue 7; domain.md interpretation 8: B1, short sentences).
 * Every Dutch text a resident reads is scored with Flesch-Douma:
 *   206.84 - 0.77 x (syllables per 100 words) - 0.93 x (words per sentence),
 * with syllables counted by the Dutch hyphenation patterns of the `hyphen` package.
 * It reads whatever files exist in `locales/nl/`, so new namespaces are measured too.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const { hyphenateSync } = require('hyphen/nl') as {
  hyphenateSync: (tekst: string, opties?: { hyphenChar?: string; minWordLength?: number }) => string
}

const NL = fileURLToPath(new URL('../locales/nl/', import.meta.url))

const DOEL = { gemiddelde: 70, maxWoorden: 15, gemiddeldWoorden: 12 } as const

/** Texts no resident reads: technical problem titles for developers. */
function isVoorInwoner(ns: string, sleutel: string): boolean {
  if (ns === 'fouten' && sleutel.endsWith('.titel')) return false
  return true
}

interface Tekst {
  readonly plek: string
  readonly tekst: string
}

function plat(waarde: unknown, pad: string, uit: Tekst[]): void {
  if (typeof waarde === 'string') {
    if (waarde.trim()) uit.push({ plek: pad, tekst: waarde })
  } else if (waarde && typeof waarde === 'object') {
    for (const [k, v] of Object.entries(waarde)) plat(v, pad ? `${pad}.${k}` : k, uit)
  }
}

/** Every resident-facing Dutch string, as `ns:key`. */
function nederlandseTeksten(map = NL): Tekst[] {
  const uit: Tekst[] = []
  for (const bestand of readdirSync(map).sort()) {
    if (!bestand.endsWith('.json')) continue
    const ns = bestand.slice(0, -5)
    const alle: Tekst[] = []
    plat(JSON.parse(readFileSync(`${map}${bestand}`, 'utf8')), '', alle)
    for (const t of alle) if (isVoorInwoner(ns, t.plek)) uit.push({ plek: `${ns}:${t.plek}`, tekst: t.tekst })
  }
  return uit
}

/** A placeholder, URL or web address reads as one ordinary word of two syllables ("Assen", "website"). */
const VERVANGER = 'woordje'
const PLEK = /\{\{[^}]+\}\}/g
const URL_OF_DOMEIN = /\bhttps?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|eu)\b(?:\/\S*)?/gi

/** Abbreviations ("art.", "bijv.") whose full stop does not end a sentence. */
const AFKORTINGEN = /\b(art|Pw|bijv|nr|ca|o\.a|enz|lid)\./g

function schoon(tekst: string): string {
  return tekst.replace(PLEK, VERVANGER).replace(URL_OF_DOMEIN, VERVANGER).replace(AFKORTINGEN, '$1')
}

function zinnen(tekst: string): string[] {
  return schoon(tekst)
    .split(/(?<=[.!?])\s+/)
    .map((z) => z.trim())
    .filter((z) => woorden(z).length > 0)
}

function woorden(zin: string): string[] {
  return zin
    .split(/[\s/]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}€]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
}

/** Syllables of one word: the Dutch hyphenation points, plus one. An abbreviation (UWV) is read letter by letter. */
function lettergrepen(woord: string): number {
  if (/^\p{Lu}{2,5}$/u.test(woord) && woord !== 'DUO') return woord.length
  return woord
    .split('-')
    .filter(Boolean)
    .reduce(
      (som, deel) => som + hyphenateSync(deel.toLowerCase(), { hyphenChar: '|', minWordLength: 1 }).split('|').length,
      0,
    )
}

interface Meting {
  readonly zinnen: number
  readonly woorden: number
  readonly lettergrepen: number
}

function meet(tekst: string): Meting {
  const z = zinnen(tekst)
  const w = z.flatMap(woorden)
  return { zinnen: z.length, woorden: w.length, lettergrepen: w.reduce((s, x) => s + lettergrepen(x), 0) }
}

function fleschDouma(m: Meting): number {
  if (m.woorden === 0 || m.zinnen === 0) return 100
  return 206.84 - 0.77 * ((100 * m.lettergrepen) / m.woorden) - 0.93 * (m.woorden / m.zinnen)
}

/**
 * A label (a button, a name such as "Loonkostensubsidie naar loonwaarde") is not running text: Flesch-Douma
 * says nothing about one or two words, and a legal name must stay as the consulent says it.
 * Labels are checked for length, not scored.
 */
function isBenaming(tekst: string): boolean {
  return !/[.!?:]\s*$/.test(tekst.trim()) && woorden(schoon(tekst)).length <= 5
}

const teksten = nederlandseTeksten()
const benamingen = teksten.filter((t) => isBenaming(t.tekst))
const metingen = teksten
  .filter((t) => !isBenaming(t.tekst))
  .map((t) => ({ ...t, meting: meet(t.tekst), score: fleschDouma(meet(t.tekst)) }))
const alleZinnen = teksten
  .filter((t) => !isBenaming(t.tekst))
  .flatMap((t) =>
    zinnen(t.tekst).map((zin) => {
      const m = meet(zin)
      return { plek: t.plek, zin, woorden: m.woorden, score: fleschDouma(m) }
    }),
  )
const totaal = metingen.reduce(
  (s, { meting: m }) => ({
    zinnen: s.zinnen + m.zinnen,
    woorden: s.woorden + m.woorden,
    lettergrepen: s.lettergrepen + m.lettergrepen,
  }),
  { zinnen: 0, woorden: 0, lettergrepen: 0 },
)
const gemiddelde = metingen.reduce((s, m) => s + m.score, 0) / metingen.length
const woordenPerZin = totaal.woorden / totaal.zinnen
const slechtste = [...alleZinnen].sort((a, b) => a.score - b.score || b.woorden - a.woorden).slice(0, 5)

const rond = (n: number) => Math.round(n * 10) / 10

describe('leesbaarheid van de Nederlandse teksten (Flesch-Douma, B1)', () => {
  it('drukt de scores en de vijf moeilijkste zinnen af', () => {
    const perNs = new Map<string, number[]>()
    for (const m of metingen) {
      const ns = m.plek.split(':')[0] ?? ''
      perNs.set(ns, [...(perNs.get(ns) ?? []), m.score])
    }
    const regels = [
      `Flesch-Douma: gemiddeld ${rond(gemiddelde)} over ${metingen.length} teksten (alles samen: ${rond(fleschDouma(totaal))}); ${benamingen.length} benamingen en knoppen niet gescoord`,
      `Woorden per zin: ${rond(woordenPerZin)} gemiddeld, hoogstens ${Math.max(...alleZinnen.map((z) => z.woorden))}`,
      ...[...perNs].map(([ns, s]) => `  ${ns}: ${rond(s.reduce((a, b) => a + b, 0) / s.length)} (${s.length} teksten)`),
      'De vijf moeilijkste zinnen:',
      ...slechtste.map((z) => `  ${rond(z.score)} (${z.woorden} woorden) ${z.plek}: ${z.zin}`),
    ]
    console.log(regels.join('\n'))
    expect(metingen.length).toBeGreaterThan(100)
  })

  it(`het gemiddelde is minstens ${DOEL.gemiddelde}`, () => {
    expect(rond(gemiddelde)).toBeGreaterThanOrEqual(DOEL.gemiddelde)
  })

  it(`geen zin is langer dan ${DOEL.maxWoorden} woorden`, () => {
    const lang = [
      ...alleZinnen,
      ...benamingen.map((b) => ({ ...b, zin: b.tekst, woorden: woorden(schoon(b.tekst)).length })),
    ]
      .filter((z) => z.woorden > DOEL.maxWoorden)
      .map((z) => `${z.plek} (${z.woorden}): ${z.zin}`)
    expect(lang).toEqual([])
  })

  it(`elke naamruimte haalt op zich een gemiddelde van ${DOEL.gemiddelde} (nieuwe teksten verstoppen zich niet)`, () => {
    const perNs = new Map<string, number[]>()
    for (const m of metingen) {
      const ns = m.plek.split(':')[0] ?? ''
      perNs.set(ns, [...(perNs.get(ns) ?? []), m.score])
    }
    expect([...perNs.keys()]).toContain('privacy')
    const laag = [...perNs]
      .map(([ns, s]) => ({ ns, gemiddelde: rond(s.reduce((a, b) => a + b, 0) / s.length) }))
      .filter((n) => n.gemiddelde < DOEL.gemiddelde)
    expect(laag).toEqual([])
  })

  it(`gemiddeld hoogstens ${DOEL.gemiddeldWoorden} woorden per zin`, () => {
    expect(woordenPerZin).toBeLessThanOrEqual(DOEL.gemiddeldWoorden)
  })

  it('telt lettergrepen met de Nederlandse afbreekpatronen', () => {
    expect(lettergrepen('participatieplaats')).toBe(6)
    expect(lettergrepen('gemeente')).toBe(3)
    expect(lettergrepen('UWV')).toBe(3)
    expect(zinnen('Zie art. 8 lid 1. Bel {{telefoon}} of kijk op uwv.nl. Klaar?')).toHaveLength(3)
  })
})
